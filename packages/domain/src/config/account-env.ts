import { z } from 'zod'

const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export const DEFAULT_SESSION_LIFETIME_MINUTES = 120
const MAX_SESSION_LIFETIME_MINUTES = 7 * 24 * 60

/** R-SEC-ACCOUNTS: how long a sign-in lasts without activity (Payload's token expiration). */
export const sessionLifetimeField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return DEFAULT_SESSION_LIFETIME_MINUTES
      const minutes = Number(raw)
      if (!/^\d+$/.test(raw) || minutes < 5 || minutes > MAX_SESSION_LIFETIME_MINUTES) {
        ctx.addIssue({
          code: 'custom',
          message: `SESSION_LIFETIME_MINUTES 必须是 5–${MAX_SESSION_LIFETIME_MINUTES} 之间的整数（分钟，当前为“${raw}”）`,
          params: { code: 'config.session_lifetime_invalid' },
        })
        return z.NEVER
      }
      return minutes
    }),
)
