import { z } from 'zod'

/** Environment variables arrive as strings or not at all. */
export type EnvSource = Readonly<Record<string, string | undefined>>

const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value)

/** An optional variable: blank counts as unset, then `read` validates or defaults the raw text. */
export function envVar<T>(read: (raw: string | undefined, ctx: z.RefinementCtx) => T) {
  return z.preprocess(blankToUndefined, z.string().optional().transform(read))
}

/** Attach our stable code to a zod issue so the formatter can report it. */
export function issue(ctx: z.RefinementCtx, code: string, message: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, params: { code } })
  return z.NEVER
}

export function portField(variable: string, fallback: number) {
  return envVar((raw, ctx) => {
    if (raw === undefined) return fallback
    const port = Number(raw)
    if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 1 || port > 65535) {
      return issue(ctx, 'config.port_invalid', `${variable} 必须是 1–65535 之间的整数（当前为“${raw}”）`)
    }
    return port
  })
}

export function httpUrlField(variable: string, fallback: string) {
  return envVar((raw, ctx) => {
    const value = raw ?? fallback
    let url: URL
    try {
      url = new URL(value)
    } catch {
      return issue(ctx, 'config.url_invalid', `${variable} 不是有效的网址（当前为“${value}”）`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return issue(ctx, 'config.url_invalid', `${variable} 必须以 http:// 或 https:// 开头（当前为“${value}”）`)
    }
    return value.replace(/\/+$/, '')
  })
}

export function booleanField(variable: string, fallback: boolean) {
  return envVar((raw, ctx) => {
    if (raw === undefined) return fallback
    const normalized = raw.toLowerCase()
    if (['true', '1', 'yes'].includes(normalized)) return true
    if (['false', '0', 'no'].includes(normalized)) return false
    return issue(ctx, 'config.boolean_invalid', `${variable} 只能是 true 或 false（当前为“${raw}”）`)
  })
}

/** Where the CMS stores uploads unless `MEDIA_DIR` says otherwise (relative to the working directory). */
export const DEFAULT_MEDIA_DIR = './data/media'
/** Where `npm start` keeps the secrets it generates unless `SECRETS_DIR` says otherwise. */
export const DEFAULT_SECRETS_DIR = './data'

/** A free-form text variable with a default (host names, paths). */
export function textField(fallback: string) {
  return envVar((raw) => raw ?? fallback)
}

export const nodeEnvField = envVar((raw, ctx) => {
  const value = raw ?? 'development'
  if (value === 'development' || value === 'production' || value === 'test') return value
  return issue(ctx, 'config.node_env_invalid', `NODE_ENV 只能是 development、production 或 test（当前为“${value}”）`)
})

export function secretField(variable: string, minLength: number) {
  return envVar((raw, ctx) => {
    if (raw === undefined) {
      return issue(ctx, 'config.secret_missing', `未设置 ${variable}，请提供至少 ${minLength} 个字符的随机密钥`)
    }
    if (raw.length < minLength) {
      return issue(ctx, 'config.secret_too_short', `${variable} 至少需要 ${minLength} 个字符（当前 ${raw.length} 个）`)
    }
    return raw
  })
}

export function passwordField(variable: string, fallback: string, minLength: number) {
  return envVar((raw, ctx) => {
    const value = raw ?? fallback
    if (value.length < minLength) {
      return issue(ctx, 'config.password_too_short', `${variable} 至少需要 ${minLength} 个字符（当前 ${value.length} 个）`)
    }
    return value
  })
}

/** An optional secret: unset turns a feature off; when set it must be at least `minLength` long. */
export function optionalSecretField(variable: string, minLength: number) {
  return envVar((raw, ctx) => {
    if (raw !== undefined && raw.length < minLength) {
      return issue(ctx, 'config.secret_too_short', `${variable} 至少需要 ${minLength} 个字符（当前 ${raw.length} 个）`)
    }
    return raw
  })
}
