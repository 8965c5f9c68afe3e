import { describe, expect, it } from 'vitest'

import { parseEnv, siteEnvSchema } from '../src/index.js'

describe('site environment', () => {
  it('defaults to port 3001, dual-stack host and the local CMS', () => {
    expect(parseEnv(siteEnvSchema, {})).toEqual({
      ok: true,
      value: {
        nodeEnv: 'development',
        port: 3001,
        host: '::',
        cmsUrl: 'http://localhost:3000',
        webhookSecret: undefined,
        cacheTtlSeconds: 300,
        serviceSecret: undefined,
        trustProxy: false,
      },
    })
  })

  it('rejects a CMS_URL that is not an http(s) URL', () => {
    const result = parseEnv(siteEnvSchema, { CMS_URL: 'localhost:3000' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]).toMatchObject({ variable: 'CMS_URL', code: 'config.url_invalid' })
  })

  it('rejects a bad SITE_PORT', () => {
    const result = parseEnv(siteEnvSchema, { SITE_PORT: '70000' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]).toMatchObject({ variable: 'SITE_PORT', code: 'config.port_invalid' })
  })

  it('reads the webhook secret and the cache TTL', () => {
    const secret = 'w'.repeat(32)
    expect(parseEnv(siteEnvSchema, { SITE_WEBHOOK_SECRET: secret, SITE_CACHE_TTL_SECONDS: '60' })).toMatchObject({
      ok: true,
      value: { webhookSecret: secret, cacheTtlSeconds: 60 },
    })
  })

  it('reads the service credential for the CMS interaction API and refuses a short one', () => {
    const secret = 's'.repeat(32)
    expect(parseEnv(siteEnvSchema, { SITE_SERVICE_SECRET: secret })).toMatchObject({ ok: true, value: { serviceSecret: secret } })
    const result = parseEnv(siteEnvSchema, { SITE_SERVICE_SECRET: 'short' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]).toMatchObject({ variable: 'SITE_SERVICE_SECRET', code: 'config.secret_too_short' })
  })

  it('rejects a short webhook secret and a bad TTL', () => {
    const result = parseEnv(siteEnvSchema, { SITE_WEBHOOK_SECRET: 'short', SITE_CACHE_TTL_SECONDS: '0' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues).toEqual([
        expect.objectContaining({ variable: 'SITE_WEBHOOK_SECRET', code: 'config.secret_too_short' }),
        expect.objectContaining({ variable: 'SITE_CACHE_TTL_SECONDS', code: 'config.ttl_invalid' }),
      ])
    }
  })
})
