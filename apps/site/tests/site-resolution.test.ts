import { describe, expect, it } from 'vitest'

import { hostName } from '../src/site-resolution.js'
import { metaContent } from './helpers.js'
import { useSite } from './site-harness.js'

describe('hostName', () => {
  it('lower-cases, drops the port and unwraps IPv6', () => {
    expect(hostName('WWW.Example.gov.cn:8080')).toBe('www.example.gov.cn')
    expect(hostName('[::1]:3001')).toBe('::1')
    expect(hostName('localhost')).toBe('localhost')
  })

  it('turns punycode into the Unicode form Chinese domains are stored in', () => {
    expect(hostName(new URL('http://示例市.政务/').host)).toBe('示例市.政务')
  })

  it('refuses empty and malformed hosts', () => {
    expect(hostName(undefined)).toBeNull()
    expect(hostName('')).toBeNull()
    expect(hostName('a b')).toBeNull()
    expect(hostName('evil/../x')).toBeNull()
  })
})

describe('site resolution by Host', () => {
  const site = useSite()

  it('serves a site by its English domain', async () => {
    const page = await site.get('/', 'www.examplecounty.gov.cn')
    expect(page.status).toBe(200)
    expect(metaContent(page.body, 'SiteName')).toBe('示例县人民政府')
    expect(page.body).toContain('关于示例县人民政府门户网站正式开通的公告')
  })

  it('serves a site by its Chinese domain, sent as punycode', async () => {
    const page = await site.get('/', new URL('http://示例市.政务/').host)
    expect(page.status).toBe(200)
    expect(metaContent(page.body, 'SiteName')).toBe('示例市人民政府')
  })

  it.each(['localhost:3001', '127.0.0.1:3001', '[::1]:3001'])('serves the portal on %s', async (host) => {
    const page = await site.get('/', host)
    expect(page.status).toBe(200)
    expect(metaContent(page.body, 'SiteName')).toBe('示例市人民政府')
    expect(page.body).toContain('href="/articles/portal-article-25"')
  })

  it('serves any site under /_site/<slug>/ and keeps its links under the prefix', async () => {
    const page = await site.get('/_site/county/', 'localhost:3001')
    expect(page.status).toBe(200)
    expect(metaContent(page.body, 'SiteName')).toBe('示例县人民政府')
    expect(page.body).toContain('href="/_site/county/notices/county-opening"')
    expect(page.body).toContain('href="/_site/county/columns/news"')
    expect(page.body).toContain('action="/_site/county/search"')
    const hrefs = [...page.body.matchAll(/href="(\/[^"]*)"/g)].map((match) => match[1])
    expect(hrefs.length).toBeGreaterThan(10)
    expect(hrefs.filter((href) => !href?.startsWith('/_site/county/'))).toEqual([])
    expect((await site.get('/_site/county/articles/county-article-1')).status).toBe(200)
  })

  it('answers an unknown host, an unknown slug and a planned site with the Chinese 404 page', async () => {
    for (const [path, host] of [
      ['/', 'www.unknown.gov.cn'],
      ['/_site/nosuch/', 'localhost'],
      ['/', 'www.planned.gov.cn'],
      ['/_site/planned/', 'localhost'],
    ] as const) {
      const page = await site.get(path, host)
      expect(page.status, `${host}${path}`).toBe(404)
      expect(page.body).toContain('<html lang="zh-CN">')
      expect(page.body).toContain('抱歉，您访问的页面不存在')
    }
  })

  it('never serves another site’s document on a site’s domain', async () => {
    expect((await site.get('/articles/county-article-1', 'www.example.gov.cn')).status).toBe(404)
    expect((await site.get('/articles/portal-article-1', 'www.examplecounty.gov.cn')).status).toBe(404)
  })

  it('scopes every content query to the site explicitly', async () => {
    site.cms.requests.length = 0
    await site.get('/', 'www.examplecounty.gov.cn')
    await site.get('/columns/notices', 'www.examplecounty.gov.cn')
    await site.get('/search?q=公告', 'www.examplecounty.gov.cn')
    const content = site.cms.requests.filter((url) => /\/api\/(articles|notices|policy-documents|interpretations|columns)$/.test(url.pathname))
    expect(content.length).toBeGreaterThan(8)
    for (const url of content) expect(url.searchParams.get('where[site][equals]'), url.href).toBe('site-county')
  })
})
