import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { signSiteWebhook, verifySiteWebhook } from '../src/index.js'

const SECRET = 'webhook-secret-0123456789abcdef0123456789'
const NOW = new Date('2026-11-25T02:00:00Z')
const timestamp = String(NOW.getTime())
const body = '{"event":"publish","collection":"articles","id":"a1","site":"s1"}'

describe('site webhook signature', () => {
  it('signs HMAC-SHA256 over timestamp.body as sha256=<hex>', () => {
    const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`
    expect(signSiteWebhook(SECRET, timestamp, body)).toBe(expected)
  })

  it('accepts what it signed within ±5 minutes of now', () => {
    const signature = signSiteWebhook(SECRET, timestamp, body)
    expect(verifySiteWebhook(SECRET, { timestamp, signature, body }, NOW)).toBe('valid')
    expect(verifySiteWebhook(SECRET, { timestamp, signature, body }, new Date(NOW.getTime() + 5 * 60 * 1000))).toBe('valid')
    expect(verifySiteWebhook(SECRET, { timestamp, signature, body }, new Date(NOW.getTime() - 5 * 60 * 1000))).toBe('valid')
  })

  it('refuses another body, timestamp or secret, and signatures of another length', () => {
    const signature = signSiteWebhook(SECRET, timestamp, body)
    expect(verifySiteWebhook(SECRET, { timestamp, signature, body: body.replace('a1', 'a2') }, NOW)).toBe('signature-invalid')
    expect(verifySiteWebhook(SECRET, { timestamp: String(NOW.getTime() + 1), signature, body }, NOW)).toBe('signature-invalid')
    expect(verifySiteWebhook(`${SECRET}x`, { timestamp, signature, body }, NOW)).toBe('signature-invalid')
    expect(verifySiteWebhook(SECRET, { timestamp, signature: signature.slice(0, -1), body }, NOW)).toBe('signature-invalid')
    expect(verifySiteWebhook(SECRET, { timestamp, signature: '', body }, NOW)).toBe('signature-invalid')
  })

  it('refuses a correctly signed notification outside the replay window', () => {
    const signature = signSiteWebhook(SECRET, timestamp, body)
    expect(verifySiteWebhook(SECRET, { timestamp, signature, body }, new Date(NOW.getTime() + 5 * 60 * 1000 + 1))).toBe('timestamp-expired')
    expect(verifySiteWebhook(SECRET, { timestamp, signature, body }, new Date(NOW.getTime() - 5 * 60 * 1000 - 1))).toBe('timestamp-expired')
  })
})
