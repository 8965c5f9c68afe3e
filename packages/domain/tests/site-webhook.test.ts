import { describe, expect, it } from 'vitest'

import { siteWebhookPayloadSchema, webhookSigningInput, webhookTimestampFresh } from '../src/index.js'

describe('site webhook contract', () => {
  const now = new Date('2026-03-01T00:00:00Z')

  it('accepts timestamps within ±5 minutes only', () => {
    expect(webhookTimestampFresh(String(now.getTime() - 5 * 60_000), now)).toBe(true)
    expect(webhookTimestampFresh(String(now.getTime() + 5 * 60_000), now)).toBe(true)
    expect(webhookTimestampFresh(String(now.getTime() - 5 * 60_000 - 1), now)).toBe(false)
    expect(webhookTimestampFresh(String(now.getTime() + 5 * 60_000 + 1), now)).toBe(false)
    expect(webhookTimestampFresh(undefined, now)).toBe(false)
    expect(webhookTimestampFresh('1e12', now)).toBe(false)
  })

  it('signs timestamp.body and validates the payload strictly', () => {
    expect(webhookSigningInput('12', '{}')).toBe('12.{}')
    expect(siteWebhookPayloadSchema.safeParse({ event: 'publish', collection: 'articles', id: 'a', site: 's' }).success).toBe(true)
    expect(siteWebhookPayloadSchema.safeParse({ event: 'delete', collection: 'articles', id: 'a', site: 's' }).success).toBe(false)
    expect(siteWebhookPayloadSchema.safeParse({ event: 'publish', collection: 'articles', id: 'a' }).success).toBe(false)
    expect(siteWebhookPayloadSchema.safeParse({ event: 'publish', collection: 'articles', id: 'a', site: 's', x: 1 }).success).toBe(false)
  })

  it('has a notice from a CMS that just started, naming no site (every site may have missed a change)', () => {
    expect(siteWebhookPayloadSchema.safeParse({ event: 'cms-start' }).success).toBe(true)
    expect(siteWebhookPayloadSchema.safeParse({ event: 'cms-start', site: 's' }).success).toBe(false)
    expect(siteWebhookPayloadSchema.safeParse({ event: 'publish' }).success).toBe(false)
  })
})
