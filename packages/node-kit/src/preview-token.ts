import { previewClaimsSchema, previewFreshness, previewSigningInput, type PreviewClaims, type PreviewVerdict } from '@govsite/domain'

import { signSiteWebhook, verifySiteWebhook } from './site-webhook-signature.js'

const encodeClaims = (claims: PreviewClaims): string => Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url')

/** The HMAC part of a token: the site-webhook signature over the claims (timestamp: the expiry), without its `sha256=` prefix. */
const signatureOf = (secret: string, claims: PreviewClaims, encoded: string): string =>
  signSiteWebhook(secret, String(claims.expiresAt), previewSigningInput(encoded)).slice('sha256='.length)

/** A preview token for exactly these claims (see `@govsite/domain` preview-token.ts). */
export function signPreviewToken(secret: string, claims: PreviewClaims): string {
  const encoded = encodeClaims(claims)
  return `${encoded}.${signatureOf(secret, claims, encoded)}`
}

function decodeClaims(encoded: string): PreviewClaims | null {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(encoded)) return null
  try {
    const parsed = previewClaimsSchema.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Check a token at `now`: the signature in constant time (the webhook verifier's comparison),
 * then the expiry. Anything malformed, re-encoded or signed with another secret is `invalid`.
 */
export function verifyPreviewToken(secret: string, token: string, now: Date): PreviewVerdict {
  const [encoded, signature, ...rest] = token.split('.')
  const claims = encoded && signature && rest.length === 0 ? decodeClaims(encoded) : null
  // A token must be the claims' own canonical encoding, so one signature names one token.
  if (!claims || encodeClaims(claims) !== encoded) return { verdict: 'invalid' }
  // Judged at the expiry itself, the webhook's ±5-minute window always holds: only the signature decides here.
  const checked = verifySiteWebhook(
    secret,
    { timestamp: String(claims.expiresAt), signature: `sha256=${signature}`, body: previewSigningInput(encoded) },
    new Date(claims.expiresAt),
  )
  return checked === 'valid' ? previewFreshness(claims, now) : { verdict: 'invalid' }
}
