import { describe, expect, it } from 'vitest'

import { cmsEnvSchema, formatConfigIssues, parseEnv, siteEnvSchema } from '../src/index.js'

const SECRET = 'a'.repeat(32)

describe('TRUST_PROXY (both servers, express semantics)', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['TRUE', true],
    ['0', 0],
    ['2', 2],
    ['loopback', ['loopback']],
    ['loopback, 10.0.0.0/8 ,fd00::/8,192.168.1.1,linklocal,uniquelocal', ['loopback', '10.0.0.0/8', 'fd00::/8', '192.168.1.1', 'linklocal', 'uniquelocal']],
    ['10.0.0.0/255.0.0.0', ['10.0.0.0/255.0.0.0']],
  ])('reads %j as %j on the CMS and the site', (raw, expected) => {
    expect(parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, TRUST_PROXY: raw })).toMatchObject({ ok: true, value: { trustProxy: expected } })
    expect(parseEnv(siteEnvSchema, { TRUST_PROXY: raw })).toMatchObject({ ok: true, value: { trustProxy: expected } })
  })

  it.each(['yes-please', '10.0.0.0/33', 'loopback,,10.0.0.1', '-1', '300.1.1.1', 'example.gov.cn'])('refuses %j with one line naming the entry', (raw) => {
    const result = parseEnv(siteEnvSchema, { TRUST_PROXY: raw })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([expect.objectContaining({ variable: 'TRUST_PROXY', code: 'config.trust_proxy_invalid' })])
    expect(formatConfigIssues('GovSite 公共网站', result.issues)).toMatch(/^GovSite 公共网站 配置错误：TRUST_PROXY 只能是 .*\[config\.trust_proxy_invalid\]$/)
  })
})

describe('CMS_ALLOWED_ORIGINS', () => {
  it('defaults to the public URL alone', () => {
    expect(parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, CMS_PUBLIC_URL: 'https://cms.example.gov.cn/' })).toMatchObject({
      ok: true,
      value: { allowedOrigins: ['https://cms.example.gov.cn'] },
    })
  })

  it('adds the configured origins after the public one, normalised and each once', () => {
    const result = parseEnv(cmsEnvSchema, {
      PAYLOAD_SECRET: SECRET,
      CMS_PORT: '3000',
      CMS_ALLOWED_ORIGINS: ' http://127.0.0.1:3000 ,HTTP://Localhost:3000, https://cms.example.gov.cn:443/,http://[::1]:3000',
    })
    expect(result).toMatchObject({
      ok: true,
      value: { allowedOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000', 'https://cms.example.gov.cn', 'http://[::1]:3000'] },
    })
  })

  it.each([
    'cms.example.gov.cn',
    'https://cms.example.gov.cn/admin',
    'ftp://cms.example.gov.cn',
    'https://user:pw@cms.example.gov.cn',
    'https://cms.example.gov.cn?x=1',
  ])('refuses %j', (raw) => {
    const result = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, CMS_ALLOWED_ORIGINS: raw })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ variable: 'CMS_ALLOWED_ORIGINS', code: 'config.origin_invalid' })])
  })
})
