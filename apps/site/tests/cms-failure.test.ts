import { afterEach, describe, expect, it } from 'vitest'

import { createSiteApp } from '../src/app.js'
import { close, get, serve } from './helpers.js'
import { useSite } from './site-harness.js'

describe('when the CMS fails', () => {
  const site = useSite()

  afterEach(() => {
    site.cms.mode = 'ok'
  })

  it.each(['http500', 'malformed', 'not-json'] as const)('answers a friendly Chinese 503 page on %s, then recovers', async (mode) => {
    site.cms.mode = mode
    for (const path of ['/', '/columns/news', '/articles/portal-article-1', '/_site/county/']) {
      const page = await site.get(path)
      expect(page.status, path).toBe(503)
      expect(page.headers['retry-after']).toBe('30')
      expect(page.body).toContain('<html lang="zh-CN">')
      expect(page.body).toContain('<h1>网站暂时无法访问</h1>')
      expect(page.body).not.toMatch(/Error|at .*\.js|Something went wrong/)
    }
    site.cms.mode = 'ok'
    expect((await site.get('/')).status).toBe(200)
  })

  it('a site remembered from earlier requests serves only the 互动交流 forms while the CMS fails', async () => {
    expect((await site.get('/')).status).toBe(200)
    site.cms.mode = 'http500'
    for (const path of ['/', '/columns/not-known', '/sitemap', '/articles/portal-article-1', '/_prefs?fs=l']) {
      const page = await site.get(path)
      expect(page.status, path).toBe(503)
      expect(page.body).toContain('网站暂时无法访问')
    }
    const form = await site.get('/messages/new')
    expect(form.status).toBe(200)
    expect(form.body).toContain('<h1>我要写信</h1>')
  })

  it('answers 503 when the CMS is unreachable, and keeps running', async () => {
    const gone = await serve((_req, res) => res.end())
    await close(gone.server)
    const app = await serve(createSiteApp({ cmsUrl: gone.url }))
    try {
      const page = await get(`${app.url}/`)
      expect(page.status).toBe(503)
      expect(page.body).toContain('网站暂时无法访问')
      expect((await get(`${app.url}/policies/x`)).status).toBe(503)
      expect((await get(`${app.url}/healthz`)).status).toBe(503)
    } finally {
      await close(app.server)
    }
  })
})
