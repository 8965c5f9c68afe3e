import { describe, expect, it } from 'vitest'

import { useSite } from './site-harness.js'

const firstArticlePath = (html: string) => /href="(\/articles\/[^"]+)"/.exec(html)?.[1]

describe('article tools: font size, 适老化, print, QR code', () => {
  const site = useSite()

  it('shows size and 适老化 links that work without JavaScript, and a server-rendered QR code of the page', async () => {
    const path = firstArticlePath((await site.get('/')).body)
    expect(path).toBeDefined()
    const { body } = await site.get(path ?? '/')
    expect(body).toContain('<aside class="article-tools" aria-label="阅读工具">')
    expect(body).toMatch(/href="\/_prefs\?fs=l&amp;back=%2Farticles%2F/)
    expect(body).toContain('适老化模式')
    // Not content: crawlers and the platform's link checker must not walk them (they show the page again).
    const prefsLinks = body.match(/<a [^>]*href="\/_prefs[^>]*>/g) ?? []
    expect(prefsLinks).toHaveLength(4)
    expect(prefsLinks.every((tag) => tag.includes('rel="nofollow"'))).toBe(true)
    const qr = /<img src="data:image\/svg\+xml;base64,([^"]+)" alt="本页网址二维码"/.exec(body)?.[1]
    expect(qr).toBeDefined()
    expect(Buffer.from(qr ?? '', 'base64').toString()).toContain('<svg')
    expect(body).toContain('扫一扫在手机打开当前页')
    expect(body).toContain('@media print')
  })

  it('remembers the choice in a cookie and applies it on every page', async () => {
    const set = await fetch(`${site.siteUrl}/_prefs?fs=l&care=1&back=/sitemap`, { redirect: 'manual' })
    expect(set.status).toBe(303)
    expect(set.headers.get('location')).toBe('/sitemap')
    const cookies = set.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ')
    expect(cookies).toContain('govsite-fs=l')
    const page = await fetch(`${site.siteUrl}/sitemap`, { headers: { cookie: cookies } })
    expect(await page.text()).toContain('<html lang="zh-CN" class="fs-l care">')
  })

  it('answers unknown preference values with 400 and sets nothing', async () => {
    for (const query of ['fs=huge', 'care=yes', '']) {
      const response = await fetch(`${site.siteUrl}/_prefs?${query}&back=/`, { redirect: 'manual' })
      expect(response.status).toBe(400)
      expect(await response.text()).toContain('[prefs.invalid]')
      expect(response.headers.getSetCookie()).toEqual([])
    }
  })

  it('never redirects off the site', async () => {
    for (const back of ['https://evil.example.com/', '//evil.example.com/', '/\\evil']) {
      const response = await fetch(`${site.siteUrl}/_prefs?fs=s&back=${encodeURIComponent(back)}`, { redirect: 'manual' })
      expect(response.headers.get('location')).toBe('/')
    }
  })
})
