import { z } from 'zod'

/**
 * A reviewer's preview of a version under review on the public site (`/_preview/<token>`).
 * The token is `<claims, base64url JSON>.<HMAC-SHA256 hex>` signed with the secret the CMS and
 * the site share (SITE_WEBHOOK_SECRET); the HMAC itself is in `@govsite/node-kit`.
 */
export const PREVIEW_ROUTE = '/_preview/:token'
export const previewPath = (token: string): string => `/_preview/${token}`
/** The CMS endpoint the site reads a preview from: `GET /api/review-desk/preview/<token>`. */
export const PREVIEW_CONTENT_API = '/review-desk/preview'

/** A preview opens for at most this long. */
export const PREVIEW_TOKEN_TTL_MS = 10 * 60 * 1000

/** What a token binds: the collection, the document, the exact version, the user it was issued to, and its expiry (ms since the epoch). */
export const previewClaimsSchema = z.strictObject({
  collection: z.string().min(1).max(100),
  id: z.string().min(1).max(64),
  version: z.string().min(1).max(64),
  user: z.string().min(1).max(64),
  expiresAt: z.number().int().positive(),
})
export type PreviewClaims = z.output<typeof previewClaimsSchema>

/** The string that is signed: prefixed, so no publish notification's signature is ever a valid token's. */
export const previewSigningInput = (encodedClaims: string): string => `preview.${encodedClaims}`

export type PreviewVerdict = { verdict: 'valid'; claims: PreviewClaims } | { verdict: 'invalid' } | { verdict: 'expired'; claims: PreviewClaims }

/** Whether claims that carry a valid signature are still good at `now`: expired, or claiming a life longer than the TTL. */
export function previewFreshness(claims: PreviewClaims, now: Date): PreviewVerdict {
  if (claims.expiresAt <= now.getTime()) return { verdict: 'expired', claims }
  if (claims.expiresAt - now.getTime() > PREVIEW_TOKEN_TTL_MS) return { verdict: 'invalid' }
  return { verdict: 'valid', claims }
}

/** The Chinese page text for each refusal, shared by the CMS's answer and the site's page. */
export const PREVIEW_REFUSALS = {
  invalid: { code: 'preview.token_invalid', message: '预览链接无效：链接不完整或已被改动，请回到审核台重新打开预览' },
  expired: { code: 'preview.token_expired', message: '预览链接已过期（有效期 10 分钟），请回到审核台重新打开预览' },
  stale: { code: 'preview.version_changed', message: '该预览链接对应的版本已不是待审版本，请回到审核台重新打开预览' },
  forbidden: { code: 'preview.forbidden', message: '您已无权查看该内容的预览' },
} as const
