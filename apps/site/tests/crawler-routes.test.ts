import { describe, expect, it } from 'vitest'

import { useSite } from './site-harness.js'

describe('robots.txt and sitemap.xml', () => {
  const site = useSite()

  it('robots.txt allows indexing and points to the sitemap of the site it was asked for', async () => {
    const portal = await site.get('/robots.txt')
    expect(portal.status).toBe(200)
    expect(portal.body).toContain('User-agent: *\nAllow: /\n')
    expect(portal.body).toMatch(/^Sitemap: http:\/\/[^/]+\/sitemap\.xml$/m)
    const county = await site.get('/_site/county/robots.txt')
    expect(county.body).toMatch(/^Sitemap: http:\/\/[^/]+\/_site\/county\/sitemap\.xml$/m)
  })

  it('sitemap.xml lists the homepage, the columns and published documents with their dates', async () => {
    const { status, body } = await site.get('/sitemap.xml')
    expect(status).toBe(200)
    expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true)
    expect(body).toMatch(/<url><loc>http:\/\/[^<]+\/<\/loc><\/url>/)
    expect(body).toMatch(/<loc>http:\/\/[^<]+\/columns\/news<\/loc>/)
    expect(body).toMatch(/<loc>http:\/\/[^<]+\/articles\/[^<]+<\/loc><lastmod>\d{4}-\d{2}-\d{2}T/)
    expect(body).toMatch(/<loc>http:\/\/[^<]+\/policies\/[^<]+<\/loc>/)
    expect(body).toMatch(/<loc>http:\/\/[^<]+\/faqs\/faq-portal-1<\/loc>/)
    const county = await site.get('/_site/county/sitemap.xml')
    expect(county.body).toContain('/_site/county/')
    expect(county.body).not.toMatch(/<loc>http:\/\/[^/<]+\/articles\//)
  })
})

describe('column feeds', () => {
  const site = useSite()

  it('serves an Atom feed of a column’s newest content', async () => {
    const { status, body } = await site.get('/columns/news/feed.xml')
    expect(status).toBe(200)
    expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true)
    expect(body).toContain('<title>示例市人民政府 - ')
    const entries = body.match(/<entry>/g) ?? []
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.length).toBeLessThanOrEqual(20)
    expect(body).toMatch(/<entry><title>[^<]+<\/title><id>http:\/\/[^<]+\/articles\/[^<]+<\/id>/)
  })

  it('answers 404 for an unknown column', async () => {
    expect((await site.get('/columns/no-such-column/feed.xml')).status).toBe(404)
  })
})
