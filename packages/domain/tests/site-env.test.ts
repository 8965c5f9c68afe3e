import { describe, expect, it } from 'vitest'

import { parseEnv, siteEnvSchema } from '../src/index.js'

describe('site environment', () => {
  it('defaults to port 3001, dual-stack host and the local CMS', () => {
    expect(parseEnv(siteEnvSchema, {})).toEqual({
      ok: true,
      value: { nodeEnv: 'development', port: 3001, host: '::', cmsUrl: 'http://localhost:3000' },
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
})
