import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './harness/browser.js'
import { freePort, startCms, startSite, tempDataDirectory, testSecret, type RunningApp } from './harness/processes.js'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The public site of the built apps on the seeded demo platform (issue 5, first slice). */
describe('public site on the demo platform', () => {
  let cms: RunningApp
  let site: RunningApp
  let browser: Browser

  beforeAll(async () => {
    const dataDirectory = await tempDataDirectory()
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    ;[cms, site, browser] = await Promise.all([
      startCms({
        PAYLOAD_SECRET: testSecret(),
        DATABASE_URL: `file:${dataDirectory}/govsite.db`,
        MEDIA_DIR: `${dataDirectory}/media`,
        CMS_PORT: String(cmsPort),
        CMS_PUBLIC_URL: `http://127.0.0.1:${cmsPort}`,
      }),
      startSite({ SITE_PORT: String(sitePort), CMS_URL: `http://127.0.0.1:${cmsPort}` }),
      launchChromium(),
    ])
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([cms?.stop(), site?.stop()])
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

  it('shows the site identity in the footer, with the site code in the error-report link', async () => {
    const page = await open('/_site/county/sitemap')
    const footer = page.locator('footer')
    expect(await footer.innerText()).toContain('网站标识码：6101220001')
    expect(await footer.getByRole('link', { name: '我为政府网站找错' }).getAttribute('href')).toContain('sitecode=6101220001')
    expect(await footer.getByRole('link', { name: '陕ICP备05006789号' }).getAttribute('href')).toBe('https://beian.miit.gov.cn/')
    expect(await page.locator('meta[name="SiteIDCode"]').getAttribute('content')).toBe('6101220001')
    await page.close()
  })

  it('never scrolls horizontally at 360, 768 and 1280 px', async () => {
    const probe = await open('/columns/policies')
    const policyPath = new URL(
      (await probe.getByRole('link', { name: '示例市人民政府关于印发示例市城市公共停车设施建设管理办法的通知', exact: true }).getAttribute('href')) ?? '',
      site.url,
    ).pathname
    await probe.close()
    for (const width of [360, 768, 1280]) {
      for (const path of ['/', '/_site/county/', '/columns/news', policyPath, '/sitemap', '/no/such/page']) {
        const page = await browser.newPage({ viewport: { width, height: 800 } })
        await page.goto(`${site.url}${path}`)
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
        expect(scrollWidth, `${path} at ${width}px`).toBeLessThanOrEqual(innerWidth)
        await page.close()
      }
    }
  })

  it('has no serious or critical accessibility violations (axe, WCAG 2 AA) on each page type', async () => {
    const home = await open('/')
    const firstHref = async (selector: string) => (await home.locator(selector).first().getAttribute('href')) ?? '/'
    const paths = [
      '/',
      await firstHref('a[href^="/articles/"]'),
      await firstHref('a[href^="/policies/"]'),
      await firstHref('a[href^="/interpretations/"]'),
      await firstHref('nav a[href^="/columns/"]'),
      '/sitemap',
      '/search?q=%E7%A4%BA%E4%BE%8B',
      '/_site/county/',
    ]
    await home.close()
    // The site forbids every script by CSP; the audit runs in a context allowed to inject axe.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })
    const findings: string[] = []
    for (const path of paths) {
      const page = await context.newPage()
      await page.goto(`${site.url}${path}`)
      await page.addScriptTag({ content: AXE_SOURCE })
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }))
      })
      for (const violation of violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') findings.push(`${path}: ${violation.id} (${violation.nodes})`)
      }
      await page.close()
    }
    await context.close()
    expect(findings).toEqual([])
  })

  it('can be used with the keyboard: the skip link comes first and leads to the main content', async () => {
    const page = await open('/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳转到主要内容')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => location.hash)).toBe('#main')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null)
    expect(focused).toBe(true)
    await page.close()
  })
})
