import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoToken, httpRequest, startBuiltCms, type BuiltCms } from './built-cms'

/**
 * The built CMS as operators run it behind a reverse proxy: canonical address
 * http://localhost:<port>, a second allowed admin address http://127.0.0.1:<port>
 * (CMS_ALLOWED_ORIGINS), and TRUST_PROXY=loopback (the proxy runs on this machine).
 */
describe('the CMS over HTTP: admin origins, security headers, client address', () => {
  let cms: BuiltCms
  let canonical: string
  let second: string
  let editor: string
  let sessionCookie: string

  beforeAll(async () => {
    cms = await startBuiltCms((port) => ({ CMS_ALLOWED_ORIGINS: `http://127.0.0.1:${port}`, TRUST_PROXY: 'loopback' }))
    canonical = `http://localhost:${cms.port}`
    second = `http://127.0.0.1:${cms.port}`
    editor = await demoToken(cms, 'editor')
    const login = await httpRequest(cms, 'POST', '/api/users/login', {
      headers: { 'content-type': 'application/json', origin: canonical },
      body: JSON.stringify({ email: 'editor@example.gov.cn', password: 'demo-password-http-2026' }),
    })
    sessionCookie = ([login.headers['set-cookie']].flat().find((line) => line?.startsWith('payload-token=')) ?? '').split(';')[0]!
  })

  afterAll(async () => {
    await cms?.stop()
  })

  async function portalNewsColumn() {
    const sites = JSON.parse((await httpRequest(cms, 'GET', '/api/sites?where[slug][equals]=portal')).body) as { docs: { id: string }[] }
    const site = sites.docs[0]!.id
    const columns = JSON.parse((await httpRequest(cms, 'GET', `/api/columns?where[site][equals]=${site}&where[kind][equals]=news`)).body) as {
      docs: { id: string }[]
    }
    return { site, column: columns.docs[0]!.id }
  }

  async function draftArticle(title: string): Promise<string> {
    const { site, column } = await portalNewsColumn()
    const created = await httpRequest(cms, 'POST', '/api/articles?draft=true', {
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` },
      body: JSON.stringify({ title, site, column, summary: '为进一步做好冬季供暖工作，现将有关事项通知如下。' }),
    })
    expect(created.status).toBe(201)
    return (JSON.parse(created.body) as { doc: { id: string } }).doc.id
  }

  describe('admin origins (CMS_PUBLIC_URL + CMS_ALLOWED_ORIGINS)', () => {
    it('saves with the session cookie from the canonical and from the second allowed address', async () => {
      const id = await draftArticle('关于做好冬季供暖保障工作的通知')
      for (const origin of [canonical, second]) {
        const saved = await httpRequest(cms, 'PATCH', `/api/articles/${id}?draft=true`, {
          headers: { 'content-type': 'application/json', cookie: sessionCookie, origin, host: new URL(origin).host },
          body: JSON.stringify({ summary: `经 ${origin} 保存` }),
        })
        expect(saved.status).toBe(200)
      }
    })

    it('refuses a write from any other origin with auth.origin_forbidden, saying which address to use', async () => {
      const id = await draftArticle('关于开展安全生产大检查的通知')
      for (const origin of [`http://[::1]:${cms.port}`, 'http://evil.example.com', 'null']) {
        const refused = await httpRequest(cms, 'PATCH', `/api/articles/${id}?draft=true`, {
          headers: { 'content-type': 'application/json', cookie: sessionCookie, origin },
          body: JSON.stringify({ summary: '跨站篡改' }),
        })
        expect(refused.status).toBe(403)
        const body = JSON.parse(refused.body) as { code: string; message: string }
        expect(body.code).toBe('auth.origin_forbidden')
        expect(body.message).toBe(`“${origin}”不是允许使用的管理后台地址，本次操作未执行。请通过 ${canonical}/admin 登录后再操作`)
      }
      const graphql = await httpRequest(cms, 'POST', '/api/graphql', {
        headers: { 'content-type': 'application/json', cookie: sessionCookie, origin: 'http://evil.example.com' },
        body: JSON.stringify({ query: '{ Articles { totalDocs } }' }),
      })
      expect(graphql.status).toBe(403)
      const unchanged = JSON.parse((await httpRequest(cms, 'GET', `/api/articles/${id}?draft=true`, { headers: { authorization: `JWT ${editor}` } })).body) as {
        summary: string
      }
      expect(unchanged.summary).not.toBe('跨站篡改')
    })

    it('sends admin pages on another host to the canonical login; allowed hosts get the admin', async () => {
      const elsewhere = await httpRequest(cms, 'GET', '/admin/collections/articles', { headers: { host: `[::1]:${cms.port}` } })
      expect(elsewhere.status).toBe(303)
      expect(elsewhere.headers.location).toBe(`${canonical}/admin/login`)
      for (const host of [`localhost:${cms.port}`, `127.0.0.1:${cms.port}`]) {
        const login = await httpRequest(cms, 'GET', '/admin/login', { headers: { host } })
        expect(login.status).toBe(200)
        expect(login.body).toContain('<html')
      }
      // The API is for every address (the public site, scripts); only the admin is moved.
      expect((await httpRequest(cms, 'GET', '/api/health', { headers: { host: `[::1]:${cms.port}` } })).status).toBe(200)
    })

    it('answers CORS for the allowed origins only', async () => {
      const preflight = (origin: string) => httpRequest(cms, 'OPTIONS', '/api/articles', { headers: { origin, 'access-control-request-method': 'PATCH' } })
      expect((await preflight(second)).headers['access-control-allow-origin']).toBe(second)
      expect((await preflight('http://evil.example.com')).headers['access-control-allow-origin']).toBeUndefined()
    })
  })

  describe('security headers on every response', () => {
    const common = (headers: Record<string, unknown>) => {
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    }

    it('admin pages: a nonce-based script policy that the page’s own scripts carry', async () => {
      const page = await httpRequest(cms, 'GET', '/admin/login')
      common(page.headers)
      const csp = String(page.headers['content-security-policy'])
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
      expect(nonce).toBeTruthy()
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/)
      expect(csp).toContain("object-src 'none'")
      expect(csp).not.toContain('unsafe-eval')
      const scripts = page.body.match(/<script\b[^>]*>/g) ?? []
      expect(scripts.length).toBeGreaterThan(0)
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
      const again = String((await httpRequest(cms, 'GET', '/admin/login')).headers['content-security-policy'])
      expect(/'nonce-([^']+)'/.exec(again)?.[1]).not.toBe(nonce)
    })

    it('the API, errors included', async () => {
      common((await httpRequest(cms, 'GET', '/api/articles')).headers)
      common((await httpRequest(cms, 'GET', '/api/articles/%')).headers)
      common((await httpRequest(cms, 'GET', '/api/no-such-thing')).headers)
    })

    it('media files: sandboxed, nothing runs', async () => {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ site: (await portalNewsColumn()).site }))
      const pdf =
        '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n50\n%%EOF\n'
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'notice.pdf')
      const uploaded = await fetch(`${cms.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${editor}` }, body: form })
      expect(uploaded.status, await uploaded.clone().text()).toBe(201)
      const { doc } = (await uploaded.json()) as { doc: { url: string } }
      const path = new URL(doc.url, cms.url).pathname
      expect(path).toMatch(/^\/api\/media\/file\//)
      // Staff read their site's files; visitors only files that published content references.
      const file = await httpRequest(cms, 'GET', path, { headers: { authorization: `JWT ${editor}` } })
      expect(file.status).toBe(200)
      common(file.headers)
      expect(file.headers['content-security-policy']).toBe("default-src 'none';sandbox;frame-ancestors 'none'")
    })

    it('HSTS only when a trusted proxy says the client is on https', async () => {
      expect((await httpRequest(cms, 'GET', '/api/health')).headers['strict-transport-security']).toBeUndefined()
      const overHttps = await httpRequest(cms, 'GET', '/api/health', { headers: { 'x-forwarded-proto': 'https' } })
      expect(overHttps.headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/)
    })
  })

  describe('client address behind the proxy (TRUST_PROXY=loopback)', () => {
    async function submittedFrom(headers: Record<string, string>, path = (id: string) => `/api/articles/${id}/workflow/submit`) {
      const id = await draftArticle(`关于公布${Object.values(headers).join('')}办事指南的通知`)
      const submitted = await httpRequest(cms, 'POST', path(id), {
        headers: { 'content-type': 'application/json', authorization: `JWT ${editor}`, ...headers },
        body: '{}',
      })
      expect(submitted.status).toBe(200)
      const audit = JSON.parse(
        (
          await httpRequest(cms, 'GET', `/api/audit-logs?where[documentId][equals]=${id}&where[action][equals]=submit`, {
            headers: { authorization: `JWT ${editor}` },
          })
        ).body,
      ) as { docs: { ip: string }[] }
      return audit.docs.map((entry) => entry.ip)
    }

    it('records the address the trusted proxy names in the audit log', async () => {
      expect(await submittedFrom({ 'x-forwarded-for': '203.0.113.9' })).toEqual(['203.0.113.9'])
      expect(await submittedFrom({ 'x-forwarded-for': '198.51.100.1, 203.0.113.10' })).toEqual(['203.0.113.10'])
      expect(await submittedFrom({})).toEqual(['127.0.0.1'])
    })

    it('never takes the address from a client-sent header, whatever the path looks like', async () => {
      expect(await submittedFrom({ 'x-govsite-client-ip': '192.0.2.66' })).toEqual(['127.0.0.1'])
      expect(await submittedFrom({ 'x-govsite-client-ip': '192.0.2.67' }, (id) => `/api/public/../articles/${id}/workflow/submit`)).toEqual(['127.0.0.1'])
    })
  })
})
