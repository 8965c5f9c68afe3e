import { createHmac, timingSafeEqual } from 'node:crypto'

import { webhookSigningInput, webhookTimestampFresh } from '@govsite/domain'

/** `sha256=<hex>` of HMAC-SHA256(secret, timestamp + '.' + body): how the CMS signs its notifications to the site. */
export function signSiteWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(webhookSigningInput(timestamp, body)).digest('hex')}`
}

export type SiteWebhookVerdict = 'valid' | 'signature-invalid' | 'timestamp-expired'

/**
 * The site's check of a notification: the signature compared in constant time, then the
 * timestamp within ±5 minutes of `now` (a replayed old notification is refused even when signed).
 */
export function verifySiteWebhook(secret: string, sent: { timestamp: string; signature: string; body: string }, now: Date): SiteWebhookVerdict {
  const expected = Buffer.from(signSiteWebhook(secret, sent.timestamp, sent.body), 'utf8')
  const given = Buffer.from(sent.signature, 'utf8')
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'signature-invalid'
  return webhookTimestampFresh(sent.timestamp, now) ? 'valid' : 'timestamp-expired'
}
