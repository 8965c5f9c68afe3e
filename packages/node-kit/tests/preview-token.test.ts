import { PREVIEW_TOKEN_TTL_MS, type PreviewClaims } from '@govsite/domain'
import { describe, expect, it } from 'vitest'

import { signPreviewToken, verifyPreviewToken } from '../src/index.js'

const SECRET = 'webhook-secret-0123456789abcdef0123456789'
const NOW = new Date('2026-12-01T02:00:00Z')
const claims: PreviewClaims = { collection: 'articles', id: 'doc-1', version: 'ver-1', user: 'user-1', expiresAt: NOW.getTime() + PREVIEW_TOKEN_TTL_MS }

const reencode = (token: string, change: Partial<PreviewClaims>): string => {
  const [encoded, signature] = token.split('.')
  const changed = { ...JSON.parse(Buffer.from(encoded!, 'base64url').toString('utf8')), ...change }
  return `${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`
}

describe('preview token', () => {
  it('opens with the claims it was signed for until it expires', () => {
    const token = signPreviewToken(SECRET, claims)
    expect(verifyPreviewToken(SECRET, token, NOW)).toEqual({ verdict: 'valid', claims })
    expect(verifyPreviewToken(SECRET, token, new Date(claims.expiresAt - 1))).toEqual({ verdict: 'valid', claims })
    expect(verifyPreviewToken(SECRET, token, new Date(claims.expiresAt))).toEqual({ verdict: 'expired', claims })
  })

  it('refuses changed claims (another version, document or user), another secret and malformed tokens', () => {
    const token = signPreviewToken(SECRET, claims)
    expect(verifyPreviewToken(SECRET, reencode(token, { version: 'ver-2' }), NOW).verdict).toBe('invalid')
    expect(verifyPreviewToken(SECRET, reencode(token, { id: 'doc-2' }), NOW).verdict).toBe('invalid')
    expect(verifyPreviewToken(SECRET, reencode(token, { user: 'user-2' }), NOW).verdict).toBe('invalid')
    expect(verifyPreviewToken(SECRET, reencode(token, { expiresAt: claims.expiresAt + 60_000 }), NOW).verdict).toBe('invalid')
    expect(verifyPreviewToken(`${SECRET}x`, token, NOW).verdict).toBe('invalid')
    expect(verifyPreviewToken(SECRET, `${token}.x`, NOW).verdict).toBe('invalid')
    expect(verifyPreviewToken(SECRET, token.slice(0, -1), NOW).verdict).toBe('invalid')
    expect(verifyPreviewToken(SECRET, 'not-a-token', NOW).verdict).toBe('invalid')
    expect(verifyPreviewToken(SECRET, '%%%.abc', NOW).verdict).toBe('invalid')
  })

  it('refuses a token whose life is longer than ten minutes, even when signed', () => {
    const tooLong = signPreviewToken(SECRET, { ...claims, expiresAt: NOW.getTime() + PREVIEW_TOKEN_TTL_MS + 1 })
    expect(verifyPreviewToken(SECRET, tooLong, NOW).verdict).toBe('invalid')
  })
})
