import { z } from 'zod'

import { httpUrlField } from '../config/env-fields.js'

/**
 * The CMS → site publish notification (issue 5): a JSON body signed with HMAC-SHA256 over
 * `timestamp + '.' + body` using the shared `SITE_WEBHOOK_SECRET`. The HMAC itself needs node:crypto:
 * `signSiteWebhook` and `verifySiteWebhook` in `@govsite/node-kit`; this module holds the contract.
 */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-govsite-timestamp'
export const WEBHOOK_SIGNATURE_HEADER = 'x-govsite-signature'
/** Signatures older or newer than this are refused (replay window). */
export const WEBHOOK_TOLERANCE_MS = 5 * 60 * 1000
export const WEBHOOK_SECRET_MIN_LENGTH = 32
export const DEFAULT_SITE_WEBHOOK_URL = 'http://localhost:3001/_hooks/invalidate'
export const DEFAULT_SITE_CACHE_TTL_SECONDS = 300

/** Content publication events, plus changes to a site's own record or its columns (shown on every page). */
export const siteWebhookEvents = ['publish', 'unpublish', 'scheduled-publish', 'auto-unpin', 'site-change', 'column-change'] as const
export type SiteWebhookEvent = (typeof siteWebhookEvents)[number]
/** The events that change what a host or slug resolves to (a site's record, its columns); the others change content only. */
export const siteStructureEvents: readonly SiteWebhookEvent[] = ['site-change', 'column-change']

/** A committed change to one site's public content. */
export const siteChangePayloadSchema = z.strictObject({
  event: z.enum(siteWebhookEvents),
  collection: z.string().min(1).max(100),
  id: z.string().min(1).max(200),
  site: z.string().min(1).max(200),
})
export type SiteChangePayload = z.output<typeof siteChangePayloadSchema>

/**
 * Sent once by a CMS that has just started. Notifications are sent after their change commits,
 * so a CMS that died in between (crash, SIGKILL, power loss) committed changes the site never
 * heard of; the site therefore drops every cached page and site resolution.
 */
export const cmsStartPayloadSchema = z.strictObject({ event: z.literal('cms-start') })
export type CmsStartPayload = z.output<typeof cmsStartPayloadSchema>

export const siteWebhookPayloadSchema = z.union([siteChangePayloadSchema, cmsStartPayloadSchema])
export type SiteWebhookPayload = z.output<typeof siteWebhookPayloadSchema>

/** The string that is signed: `timestamp + '.' + body`. */
export function webhookSigningInput(timestamp: string, body: string): string {
  return `${timestamp}.${body}`
}

/** Whether a timestamp header (milliseconds since the epoch, digits only) lies within ±5 minutes of now. */
export function webhookTimestampFresh(timestamp: string | undefined, now: Date): boolean {
  if (!timestamp || !/^\d{1,16}$/.test(timestamp)) return false
  return Math.abs(Number(timestamp) - now.getTime()) <= WEBHOOK_TOLERANCE_MS
}

const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value)

/** `SITE_WEBHOOK_SECRET`: optional (unset turns notifications off), at least 32 characters when set. */
export const webhookSecretField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .superRefine((raw, ctx) => {
      if (raw !== undefined && raw.length < WEBHOOK_SECRET_MIN_LENGTH) {
        ctx.addIssue({
          code: 'custom',
          message: `SITE_WEBHOOK_SECRET 至少需要 ${WEBHOOK_SECRET_MIN_LENGTH} 个字符（当前 ${raw.length} 个）`,
          params: { code: 'config.secret_too_short' },
        })
      }
    }),
)

/** `SITE_CACHE_TTL_SECONDS`: a whole number of seconds, 1–86400, default 300. */
export const cacheTtlField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return DEFAULT_SITE_CACHE_TTL_SECONDS
      const seconds = Number(raw)
      if (!/^\d+$/.test(raw) || seconds < 1 || seconds > 86400) {
        ctx.addIssue({
          code: 'custom',
          message: `SITE_CACHE_TTL_SECONDS 必须是 1–86400 之间的整数（当前为“${raw}”）`,
          params: { code: 'config.ttl_invalid' },
        })
        return z.NEVER
      }
      return seconds
    }),
)

/** The CMS's two webhook variables on their own, for code that runs inside Payload. */
export const siteWebhookEnvSchema = z
  .object({
    SITE_WEBHOOK_URL: httpUrlField('SITE_WEBHOOK_URL', DEFAULT_SITE_WEBHOOK_URL),
    SITE_WEBHOOK_SECRET: webhookSecretField,
  })
  .transform((env) => ({ url: env.SITE_WEBHOOK_URL, secret: env.SITE_WEBHOOK_SECRET }))
