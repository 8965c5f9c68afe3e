import { describe, expect, it } from 'vitest'

import { cmsEnvSchema, formatConfigIssues, parseEnv } from '../src/index.js'

const SECRET = 'a'.repeat(32)

function codesOf(env: Record<string, string | undefined>): string[] {
  const result = parseEnv(cmsEnvSchema, env)
  return result.ok ? [] : result.issues.map((issue) => issue.code)
}

describe('CMS environment', () => {
  it('applies the documented defaults with only a secret set', () => {
    const result = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET })
    expect(result).toEqual({
      ok: true,
      value: {
        nodeEnv: 'development',
        secret: SECRET,
        database: { kind: 'sqlite', url: 'file:./data/govsite.db', filePath: './data/govsite.db' },
        port: 3000,
        host: '::',
        publicUrl: 'http://localhost:3000',
        allowedOrigins: ['http://localhost:3000'],
        trustProxy: false,
        seedDemo: true,
        demoPassword: 'demo-password-2026',
        mediaDir: './data/media',
        siteWebhook: { url: 'http://localhost:3001/_hooks/invalidate', secret: undefined },
        siteServiceSecret: undefined,
        sessionLifetimeMinutes: 120,
        mail: { from: { name: 'GovSite 政府网站集约化平台', address: 'noreply@localhost' } },
        monitors: { siteAddress: 'https://{domain}/', networks: { allowLoopback: false, allowPrivate: false }, hostAddresses: {}, uncheckedDomains: [] },
      },
    })
  })

  it('reads SESSION_LIFETIME_MINUTES and refuses values outside 5 minutes to 7 days', () => {
    expect(parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, SESSION_LIFETIME_MINUTES: '30' })).toMatchObject({
      ok: true,
      value: { sessionLifetimeMinutes: 30 },
    })
    for (const bad of ['4', '10081', '1.5', 'two hours']) {
      expect(codesOf({ PAYLOAD_SECRET: SECRET, SESSION_LIFETIME_MINUTES: bad })).toEqual(['config.session_lifetime_invalid'])
    }
  })

  it('reads the SMTP settings, with STARTTLS on port 587 by default', () => {
    const result = parseEnv(cmsEnvSchema, {
      PAYLOAD_SECRET: SECRET,
      SMTP_HOST: 'smtp.example.gov.cn',
      SMTP_USER: 'govsite',
      SMTP_PASSWORD: 'mail-secret',
      MAIL_FROM: '示例市人民政府网站 <noreply@example.gov.cn>',
    })
    expect(result).toMatchObject({
      ok: true,
      value: {
        mail: {
          smtp: { host: 'smtp.example.gov.cn', port: 587, security: 'starttls', user: 'govsite', password: 'mail-secret' },
          from: { name: '示例市人民政府网站', address: 'noreply@example.gov.cn' },
        },
      },
    })
    expect(parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, SMTP_HOST: 'smtp.example.gov.cn', SMTP_SECURE: 'tls' })).toMatchObject({
      ok: true,
      value: { mail: { smtp: { port: 465, security: 'tls' } } },
    })
  })

  it('refuses bad SMTP settings with one code each', () => {
    const base = { PAYLOAD_SECRET: SECRET, SMTP_HOST: 'smtp.example.gov.cn' }
    expect(codesOf({ ...base, SMTP_SECURE: 'ssl3' })).toEqual(['config.smtp_secure_invalid'])
    expect(codesOf({ ...base, SMTP_PORT: '70000' })).toEqual(['config.port_invalid'])
    expect(codesOf({ ...base, SMTP_USER: 'govsite' })).toEqual(['config.smtp_credentials_incomplete'])
    expect(codesOf({ ...base, MAIL_FROM: 'not an address' })).toEqual(['config.mail_from_invalid'])
    expect(codesOf({ ...base, NODE_ENV: 'production', SMTP_SECURE: 'none' })).toEqual(['config.smtp_insecure'])
    // Plain SMTP stays possible to a relay on this machine (and the local receiver of npm run dev).
    expect(codesOf({ PAYLOAD_SECRET: SECRET, NODE_ENV: 'production', SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525', SMTP_SECURE: 'none' })).toEqual([])
  })

  it('reads SITE_SERVICE_SECRET (optional) and refuses one shorter than 32 characters', () => {
    const secret = 'v'.repeat(40)
    expect(parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, SITE_SERVICE_SECRET: secret })).toMatchObject({ ok: true, value: { siteServiceSecret: secret } })
    const result = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, SITE_SERVICE_SECRET: 'x'.repeat(31) })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]).toMatchObject({ variable: 'SITE_SERVICE_SECRET', code: 'config.secret_too_short' })
  })

  it('rejects a missing secret', () => {
    const result = parseEnv(cmsEnvSchema, {})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([expect.objectContaining({ variable: 'PAYLOAD_SECRET', code: 'config.secret_missing' })])
    expect(formatConfigIssues('GovSite CMS', result.issues)).toBe(
      'GovSite CMS 配置错误：未设置 PAYLOAD_SECRET，请提供至少 32 个字符的随机密钥 [config.secret_missing]',
    )
  })

  it('treats a blank secret as missing', () => {
    expect(codesOf({ PAYLOAD_SECRET: '   ' })).toEqual(['config.secret_missing'])
  })

  it('rejects a secret shorter than 32 characters and says how long it is', () => {
    const result = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: 'short' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues[0]).toMatchObject({ code: 'config.secret_too_short' })
    expect(result.issues[0]?.message).toContain('当前 5 个')
  })

  it.each([
    ['postgres://localhost/govsite', 'postgres'],
    ['mysql://db/govsite', 'mysql'],
    ['sqlite.db', undefined],
  ])('rejects the DATABASE_URL %s with an unknown scheme', (url, scheme) => {
    const result = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, DATABASE_URL: url })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues[0]?.code).toBe('config.database_url_scheme')
    if (scheme) expect(result.issues[0]?.message).toContain(`“${scheme}:”`)
  })

  it('rejects a file: URL without a file name', () => {
    expect(codesOf({ PAYLOAD_SECRET: SECRET, DATABASE_URL: 'file:./data/' })).toEqual(['config.database_file_missing'])
  })

  it('accepts MongoDB URLs, including replica-set and SRV forms', () => {
    for (const url of ['mongodb://127.0.0.1:27017/govsite?replicaSet=rs0', 'mongodb+srv://cluster.example.gov.cn/govsite']) {
      const result = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, DATABASE_URL: url })
      expect(result.ok && result.value.database).toEqual({ kind: 'mongodb', url })
    }
  })

  it('accepts absolute SQLite paths', () => {
    const result = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, DATABASE_URL: 'file:/var/lib/govsite/cms.db' })
    expect(result.ok && result.value.database).toEqual({
      kind: 'sqlite',
      url: 'file:/var/lib/govsite/cms.db',
      filePath: '/var/lib/govsite/cms.db',
    })
  })

  it.each(['0', '65536', 'abc', '80.5', '-1'])('rejects CMS_PORT=%s', (port) => {
    expect(codesOf({ PAYLOAD_SECRET: SECRET, CMS_PORT: port })).toEqual(['config.port_invalid'])
  })

  it('derives the public URL from the port unless it is given', () => {
    const derived = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, CMS_PORT: '4000' })
    expect(derived.ok && derived.value.publicUrl).toBe('http://localhost:4000')
    const given = parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, CMS_PUBLIC_URL: 'https://cms.example.gov.cn/' })
    expect(given.ok && given.value.publicUrl).toBe('https://cms.example.gov.cn')
  })

  it('rejects a public URL that is not http(s)', () => {
    expect(codesOf({ PAYLOAD_SECRET: SECRET, CMS_PUBLIC_URL: 'ftp://cms' })).toEqual(['config.url_invalid'])
  })

  it('rejects a bad SEED_DEMO, a short DEMO_PASSWORD and an unknown NODE_ENV', () => {
    expect(codesOf({ PAYLOAD_SECRET: SECRET, SEED_DEMO: 'maybe' })).toEqual(['config.boolean_invalid'])
    expect(codesOf({ PAYLOAD_SECRET: SECRET, DEMO_PASSWORD: 'short' })).toEqual(['config.password_too_short'])
    expect(codesOf({ PAYLOAD_SECRET: SECRET, NODE_ENV: 'staging' })).toEqual(['config.node_env_invalid'])
  })

  it('reports every problem at once on one line', () => {
    const result = parseEnv(cmsEnvSchema, { DATABASE_URL: 'redis://x', CMS_PORT: '99999' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((issue) => issue.code).sort()).toEqual(['config.database_url_scheme', 'config.port_invalid', 'config.secret_missing'])
    expect(formatConfigIssues('GovSite CMS', result.issues)).not.toContain('\n')
  })
})
