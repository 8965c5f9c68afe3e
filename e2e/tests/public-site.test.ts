import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './harness/browser.js'
import { seriousViolations } from './harness/axe.js'
import { startDemoPlatform, type DemoPlatform } from './harness/demo-platform.js'
import type { RunningApp } from '@govsite/process-harness'

const require = createRequire(import.meta.url)
// jsqr is a UMD bundle whose module.exports is the decoder itself (its typings say `default`).
const jsQR = require('jsqr') as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null

type PageType = 'home' | 'column' | 'article' | 'notice list' | 'notice' | 'policy' | 'interpretation' | 'site map' | 'search' | '404'

/** What must be visible on each page type, besides the header, search box, navigation, h1 and footer. */
const KEY_ELEMENTS: Record<PageType, string> = {
  home: 'section[aria-labelledby="news-heading"] a',
  column: 'main .item-list a',
  article: '.article-tools .qr-code img',
  'notice list': 'main .item-list a',
  notice: 'main article',
  policy: 'table.meta-table',
  interpretation: 'main a[href^="/policies/"]',
  'site map': 'main a[href^="/columns/"]',
  search: 'main .search-results a',
  '404': 'main a[href="/"]',
}

const WIDTHS = [360, 768, 1280]

/** The public site of the built apps on the seeded demo platform (issue 5). */
describe('public site on the demo platform', () => {
  let platform: DemoPlatform
  let site: RunningApp
  let browser: Browser
  /** One path of each page type of the portal. */
  let pages: Record<PageType, string>

  beforeAll(async () => {
    ;[platform, browser] = await Promise.all([startDemoPlatform(), launchChromium()])
    ;({ site } = platform)
    const firstLink = async (listPath: string, prefix: string) => {
      const list = await open(listPath)
      const href = await list.locator(`main a[href^="${prefix}"]`).first().getAttribute('href')
      await list.close()
      expect(href, `a ${prefix} link on ${listPath}`).toBeTruthy()
      return href ?? ''
    }
    pages = {
      home: '/',
      column: '/columns/news',
      article: await firstLink('/columns/news', '/articles/'),
      'notice list': '/columns/notices',
      notice: await firstLink('/columns/notices', '/notices/'),
      policy: await firstLink('/columns/policies', '/policies/'),
      interpretation: await firstLink('/columns/interpretations', '/interpretations/'),
      'site map': '/sitemap',
      search: `/search?q=${encodeURIComponent('示例')}`,
      '404': '/no/such/page',
    }
  })

  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    const response = await page.goto(`${site.url}${path}`)
    expect(response?.status(), path).toBe(200)
    return page
  }

  it('shows the city portal on 127.0.0.1 with its name and a news item', async () => {
    const page = await open('/')
    await expect(page.title()).resolves.toBe('示例市人民政府')
    expect(await page.locator('header .site-name').innerText()).toBe('示例市人民政府')
    const news = page.locator('section[aria-labelledby="news-heading"] a[href^="/articles/"]')
    expect(await news.count()).toBeGreaterThan(0)
    await news.first().click()
    await page.waitForURL(/\/articles\//)
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.locator('meta[name="PubDate"]').getAttribute('content')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    await page.close()
  })

  it('shows the county portal’s pinned 开通公告 above everything else in the main content', async () => {
    const page = await open('/_site/county/')
    expect(await page.locator('header .site-name').innerText()).toBe('示例县人民政府')
    const firstSection = page.locator('main section').first()
    expect(await firstSection.getAttribute('class')).toBe('pinned')
    expect(await firstSection.innerText()).toContain('关于示例县人民政府门户网站正式开通的公告')
    const pinnedTop = (await firstSection.boundingBox())?.y ?? Infinity
    const newsTop = (await page.locator('#news-heading').boundingBox())?.y ?? -Infinity
    expect(pinnedTop).toBeLessThan(newsTop)
    await firstSection.getByRole('link', { name: '关于示例县人民政府门户网站正式开通的公告' }).click()
    await page.waitForURL(/\/_site\/county\/notices\//)
    expect(await page.locator('h1').innerText()).toBe('关于示例县人民政府门户网站正式开通的公告')
    await page.close()
  })

  it('links a policy to its interpretation and the interpretation back to the policy', async () => {
    const page = await open('/columns/policies')
    const policyTitle = '示例市人民政府关于印发示例市进一步优化营商环境若干措施的通知'
    await page.getByRole('link', { name: policyTitle, exact: true }).click()
    await page.waitForURL(/\/policies\//)
    const policyUrl = page.url()
    expect(await page.locator('h1').innerText()).toBe(policyTitle)
    expect(await page.locator('table.meta-table').innerText()).toMatch(/索引号\s+11610100MB2955123X\/\d{4}-\d{5}/)
    const interpretations = page.locator('section[aria-labelledby="interpretations-heading"] a')
    expect(await interpretations.count()).toBeGreaterThanOrEqual(1)
    await page.getByRole('link', { name: '《示例市进一步优化营商环境若干措施》政策解读', exact: true }).click()
    await page.waitForURL(/\/interpretations\//)
    await page.getByRole('link', { name: policyTitle, exact: true }).click()
    await page.waitForURL(policyUrl)
    await page.close()
  })

  it('marks the revised policy with a banner linking to its revision', async () => {
    const page = await open('/columns/policies')
    await page.getByRole('link', { name: '示例市人民政府关于印发示例市城市公共停车设施建设管理办法的通知', exact: true }).click()
    await page.waitForURL(/\/policies\//)
    const banner = page.locator('.validity-banner')
    expect(await banner.isVisible()).toBe(true)
    expect(await banner.innerText()).toContain('本文件已修订，请以修订后的《示例市人民政府关于印发示例市城市公共停车设施建设管理办法（修订）的通知》为准。')
    await banner.locator('a').click()
    await page.waitForURL(/\/policies\//)
    expect(await page.locator('h1').innerText()).toBe('示例市人民政府关于印发示例市城市公共停车设施建设管理办法（修订）的通知')
    expect(await page.locator('.validity-banner').count()).toBe(0)
    await page.close()
  })

  it('shows the site identity in the footer (R-SITE-IDENT): filings, contact, 党政机关网站标识 and 我为政府网站找错 for this page', async () => {
    const page = await open('/_site/county/sitemap')
    const footer = page.locator('footer')
    const text = await footer.innerText()
    for (const field of [
      '主办单位：示例县人民政府办公室',
      '承办单位：示例县政务数据服务中心',
      '联系电话：029-12346600',
      '电子邮箱：webmaster@examplecounty.gov.cn',
      '地址：示例县城关镇中心街8号',
      '网站标识码：6101220001',
      '陕公网安备 61012202000031号',
    ]) {
      expect(text).toContain(field)
    }
    expect(await footer.getByRole('link', { name: '陕ICP备05006789号' }).getAttribute('href')).toBe('https://beian.miit.gov.cn/')
    const badge = footer.getByRole('link', { name: '党政机关网站标识（点击核实）' })
    expect(await badge.isVisible()).toBe(true)
    expect(await badge.getAttribute('href')).toBe('https://bszs.conac.cn/')
    expect(await badge.locator('svg').boundingBox()).toMatchObject({ width: 56, height: 64 })
    const report = new URL((await footer.getByRole('link', { name: '我为政府网站找错' }).getAttribute('href')) ?? '')
    expect(`${report.origin}${report.pathname}`).toBe('https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteError.action')
    expect(report.searchParams.get('sitecode')).toBe('6101220001')
    expect(report.searchParams.get('url')).toBe(page.url())
    await page.close()
  })

  it('has the national meta tags in the head, with the article ones on articles', async () => {
    const meta = async (page: Page, name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content')
    const home = await open('/')
    expect(await meta(home, 'SiteName')).toBe('示例市人民政府')
    expect(await meta(home, 'SiteDomain')).toBe('www.example.gov.cn')
    expect(await meta(home, 'SiteIDCode')).toBe('6101000001')
    expect(await meta(home, 'ColumnName')).toBe('首页')
    expect(await home.locator('meta[name="ArticleTitle"]').count()).toBe(0)
    await home.close()
    const article = await open(pages.article)
    expect(await meta(article, 'ColumnName')).toBeTruthy()
    expect(await meta(article, 'ColumnType')).toBeTruthy()
    expect(await meta(article, 'ArticleTitle')).toBe(await article.locator('h1').innerText())
    expect(await meta(article, 'PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(await meta(article, 'ContentSource')).toBeTruthy()
    expect(await article.locator('.meta-line').innerText()).toContain((await meta(article, 'PubDate')) ?? '')
    await article.close()
  })

  it('shows a QR code (SVG) in the article tools that opens this page', async () => {
    const page = await open(pages.article)
    const image = page.locator('.article-tools .qr-code img')
    expect(await image.isVisible()).toBe(true)
    expect(await page.locator('.article-tools .qr-code figcaption').innerText()).toBe('扫一扫在手机打开当前页')
    expect(await image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
    // Draw the SVG on a white canvas with a quiet zone, as a phone camera would see it, and decode it.
    const size = 300
    const pixels = await image.evaluate(async (element: HTMLImageElement, side: number) => {
      const canvas = document.createElement('canvas')
      canvas.width = canvas.height = side
      const context = canvas.getContext('2d')!
      context.fillStyle = '#fff'
      context.fillRect(0, 0, side, side)
      context.imageSmoothingEnabled = false
      const svg = new Image()
      svg.src = element.src
      await svg.decode()
      context.drawImage(svg, 30, 30, side - 60, side - 60)
      return Array.from(context.getImageData(0, 0, side, side).data)
    }, size)
    expect(jsQR(Uint8ClampedArray.from(pixels), size, size)?.data).toBe(page.url())
    await page.close()
  })

  it('serves robots.txt, sitemap.xml and a per-column Atom feed to crawlers', async () => {
    const robots = await fetch(`${site.url}/robots.txt`)
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await robots.text()).toContain(`Sitemap: ${site.url}/sitemap.xml`)
    const sitemap = await fetch(`${site.url}/sitemap.xml`)
    expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/)
    const urls = await sitemap.text()
    for (const type of ['article', 'notice', 'policy', 'interpretation'] as const) expect(urls, type).toContain(`<loc>${site.url}${pages[type]}</loc>`)
    const feed = await fetch(`${site.url}/columns/news/feed.xml`)
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    expect(await feed.text()).toContain(`<link href="${site.url}${pages.article}"/>`)
  })

  it('shows every page type at 360, 768 and 1280 px without horizontal scrolling, key elements visible', async () => {
    for (const width of WIDTHS) {
      for (const [type, path] of Object.entries(pages) as [PageType, string][]) {
        const where = `${type} (${path}) at ${width}px`
        const page = await browser.newPage({ viewport: { width, height: 800 } })
        const response = await page.goto(`${site.url}${path}`)
        expect(response?.status(), where).toBe(type === '404' ? 404 : 200)
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
        expect(scrollWidth, where).toBeLessThanOrEqual(innerWidth)
        for (const selector of ['header .site-name', '#site-search-q', 'nav.site-nav', 'main h1', 'footer.site-footer', KEY_ELEMENTS[type]]) {
          expect(await page.locator(selector).first().isVisible(), `${selector} on ${where}`).toBe(true)
        }
        // Every navigation entry lies inside the viewport, so it can be seen and tapped without side-scrolling.
        for (const box of await page.locator('nav.site-nav a').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(box.left, where).toBeGreaterThanOrEqual(0)
          expect(box.right, where).toBeLessThanOrEqual(innerWidth)
          expect(box.height, where).toBeGreaterThanOrEqual(24)
        }
        await page.close()
      }
    }
  })

  it('has a navigation that works by touch on a 360 px phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
    const page = await phone.newPage()
    await page.goto(`${site.url}/`)
    await page.locator('nav.site-nav').getByRole('link', { name: '通知公告', exact: true }).tap()
    await page.waitForURL(/\/columns\/notices$/)
    expect(await page.locator('h1').innerText()).toBe('通知公告')
    expect(await page.locator('nav.site-nav a[aria-current="page"]').innerText()).toBe('通知公告')
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
    await phone.close()
  })

  it('has no serious or critical accessibility violations (axe, WCAG 2 AA) on each page type', async () => {
    const paths = [...Object.values(pages), '/_site/county/']
    // The site forbids every script by CSP; the audit runs in a context allowed to inject axe.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })
    const findings: string[] = []
    for (const path of paths) {
      const page = await context.newPage()
      await page.goto(`${site.url}${path}`)
      for (const violation of await seriousViolations(page)) findings.push(`${path}: ${violation}`)
      await page.close()
    }
    await context.close()
    expect(findings).toEqual([])
  })

  it('can be used with the keyboard: skip link first, then the header, search, navigation and content, all with a visible focus', async () => {
    const page = await open('/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳转到主要内容')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => location.hash)).toBe('#main')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)

    await page.goto(`${site.url}/`)
    const reached = new Set<string>()
    for (let step = 0; step < 60 && !reached.has('main'); step++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null
        const style = element ? getComputedStyle(element) : null
        return {
          region: element?.closest('main')
            ? 'main'
            : element?.closest('nav.site-nav')
              ? 'nav'
              : element?.closest('form[role="search"]')
                ? 'search'
                : element?.closest('header')
                  ? 'header'
                  : 'other',
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
        }
      })
      expect(focus.outline, `focus ring at step ${step} (${focus.region})`).toBe('solid 3px')
      reached.add(focus.region)
    }
    expect([...reached].sort()).toEqual(expect.arrayContaining(['header', 'main', 'nav', 'search']))

    await page.locator('#site-search-q').focus()
    await page.keyboard.type('示例')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=/)
    expect(await page.locator('h1').innerText()).toBe('站内搜索')
    await page.close()
  })

  it('offers 字号 大/中/小 and 适老化 mode without JavaScript, remembered across pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${site.url}${pages.article}`)
    const articleUrl = page.url()
    const looks = () =>
      page.locator('body').evaluate((body) => {
        const style = getComputedStyle(body)
        return { fontSize: style.fontSize, color: style.color, background: style.backgroundColor }
      })
    const tools = page.locator('.article-tools')
    const normal = await looks()
    expect(normal.fontSize).toBe('16px')
    for (const [label, fontSize] of [
      ['大', '20px'],
      ['小', '14px'],
      ['中', '16px'],
    ] as const) {
      await tools.getByRole('link', { name: label, exact: true }).click()
      await page.waitForURL(articleUrl)
      expect((await looks()).fontSize, label).toBe(fontSize)
      expect(await tools.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe('true')
    }
    await tools.getByRole('link', { name: '大', exact: true }).click()
    await page.goto(`${site.url}/columns/news`)
    expect((await looks()).fontSize).toBe('20px')

    await page.goto(articleUrl)
    await tools.getByRole('link', { name: '适老化模式', exact: true }).click()
    await page.waitForURL(articleUrl)
    const care = await looks()
    expect(care).toEqual({ fontSize: '22px', color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' })
    expect(normal.color).not.toBe(care.color)
    await page.goto(`${site.url}/`)
    expect((await looks()).fontSize).toBe('22px')
    await page.goto(articleUrl)
    await tools.getByRole('link', { name: '退出适老化模式', exact: true }).click()
    await page.waitForURL(articleUrl)
    expect((await looks()).fontSize).toBe('20px')
    await context.close()
  })

  it('works with JavaScript disabled: links, navigation and the search form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto(`${site.url}/`)
    expect(await page.evaluate(() => document.scripts.length)).toBe(0)
    await page.locator('nav.site-nav').getByRole('link', { name: '政策文件', exact: true }).click()
    await page.waitForURL(/\/columns\/policies$/)
    await page.locator('main .item-list a').first().click()
    await page.waitForURL(/\/policies\//)
    expect(await page.locator('table.meta-table').isVisible()).toBe(true)
    await page.locator('#site-search-q').fill('营商环境')
    await page.getByRole('button', { name: '搜索' }).click()
    await page.waitForURL(/\/search\?q=/)
    expect(await page.locator('main').innerText()).toContain('示例市人民政府关于印发示例市进一步优化营商环境若干措施的通知')
    await page.goto(`${site.url}${pages.article}`)
    expect(await page.locator('.article-tools .qr-code img').isVisible()).toBe(true)
    await context.close()
  })
})
