/** How the connection to the SMTP server is protected. */
export const SMTP_SECURITY_MODES = ['starttls', 'tls', 'none'] as const
export type SmtpSecurity = (typeof SMTP_SECURITY_MODES)[number]

export interface SmtpSettings {
  host: string
  port: number
  security: SmtpSecurity
  user?: string
  password?: string
}

export interface MailSettings {
  /** Undefined: no outgoing mail (password reset answers 503 `mail.disabled`). */
  smtp?: SmtpSettings
  from: { name: string; address: string }
}

export interface MailEnvInput {
  SMTP_HOST?: string
  SMTP_PORT?: string
  SMTP_SECURE?: string
  SMTP_USER?: string
  SMTP_PASSWORD?: string
  MAIL_FROM?: string
}

type Issue = { variable: keyof MailEnvInput; code: string; message: string }

const DEFAULT_FROM_NAME = 'GovSite 政府网站集约化平台'
const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+$/
const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)

function parseFrom(raw: string): MailSettings['from'] | null {
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/.exec(raw)
  const address = (named ? named[2]! : raw).trim()
  if (!ADDRESS.test(address)) return null
  return { name: named?.[1]?.trim() || DEFAULT_FROM_NAME, address }
}

/**
 * SMTP settings for outgoing mail. `SMTP_SECURE` is `starttls` (default, port 587: the upgrade to
 * TLS is required), `tls` (port 465) or `none` — plain text, allowed in production only to a
 * relay on this machine. Without `SMTP_HOST` no mail is sent.
 */
export function parseMailEnv(env: MailEnvInput, options: { production: boolean; publicHost: string }): MailSettings | { issues: Issue[] } {
  const value = (name: keyof MailEnvInput) => (env[name]?.trim() ? env[name]!.trim() : undefined)
  const issues: Issue[] = []
  const fromRaw = value('MAIL_FROM')
  const from = fromRaw === undefined ? { name: DEFAULT_FROM_NAME, address: `noreply@${options.publicHost}` } : parseFrom(fromRaw)
  if (!from) {
    issues.push({
      variable: 'MAIL_FROM',
      code: 'config.mail_from_invalid',
      message: `MAIL_FROM 必须是电子邮箱地址，例如“示例市政府网站 <noreply@example.gov.cn>”（当前为“${fromRaw}”）`,
    })
  }
  const security = (value('SMTP_SECURE') ?? 'starttls').toLowerCase()
  if (!(SMTP_SECURITY_MODES as readonly string[]).includes(security)) {
    issues.push({
      variable: 'SMTP_SECURE',
      code: 'config.smtp_secure_invalid',
      message: `SMTP_SECURE 只能是 starttls、tls 或 none（当前为“${value('SMTP_SECURE')}”）`,
    })
  }
  const portRaw = value('SMTP_PORT')
  const port = portRaw === undefined ? (security === 'tls' ? 465 : 587) : Number(portRaw)
  if (portRaw !== undefined && (!/^\d+$/.test(portRaw) || port < 1 || port > 65535)) {
    issues.push({ variable: 'SMTP_PORT', code: 'config.port_invalid', message: `SMTP_PORT 必须是 1–65535 之间的整数（当前为“${portRaw}”）` })
  }
  const host = value('SMTP_HOST')
  const user = value('SMTP_USER')
  const password = env.SMTP_PASSWORD || undefined
  if (Boolean(user) !== Boolean(password)) {
    issues.push({
      variable: user ? 'SMTP_PASSWORD' : 'SMTP_USER',
      code: 'config.smtp_credentials_incomplete',
      message: 'SMTP_USER 和 SMTP_PASSWORD 必须同时设置或同时不设置',
    })
  }
  if (host && security === 'none' && options.production && !isLoopback(host)) {
    issues.push({
      variable: 'SMTP_SECURE',
      code: 'config.smtp_insecure',
      message: `SMTP_SECURE=none 会以明文发送邮件和密码，生产环境只允许用于本机的邮件中继（当前 SMTP_HOST 为“${host}”）`,
    })
  }
  if (issues.length > 0 || !from) return { issues }
  return {
    from,
    ...(host ? { smtp: { host, port, security: security as SmtpSecurity, ...(user && password ? { user, password } : {}) } } : {}),
  }
}
