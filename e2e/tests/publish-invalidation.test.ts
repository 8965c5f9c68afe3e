import { randomBytes } from 'node:crypto'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './harness/browser.js'
import { demoTokens, FULL_CHECKLIST, startDemoPlatform, type DemoPlatform } from './harness/demo-platform.js'
import type { RunningApp } from '@govsite/process-harness'

/** Poll every 100 ms for at most 1 s until `check` holds for the page body. */
async function within1s(url: string, check: (body: string) => boolean): Promise<number> {
  const started = Date.now()
  for (;;) {
    const body = await (await fetch(url)).text()
    if (check(body)) return Date.now() - started
    if (Date.now() - started >= 1000) throw new Error(`not within 1 s: ${url}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Publish → visible on the site within 1 s; unpublish → gone within 1 s; mourning mode switched in
 * the CMS → grey within 1 s; CMS down → cached pages still served. Its own CMS and site pair, since
 * it changes content and stops the CMS.
 */
describe('publish invalidates the public site cache', () => {
  let cms: RunningApp
  let site: RunningApp
  let browser: Browser
  let platform: DemoPlatform
  let tokens: Record<string, string> = {}
  let siteId = ''
  let columnId = ''

  beforeAll(async () => {
    ;[platform, browser] = await Promise.all([startDemoPlatform(), launchChromium()])
    ;({ cms, site } = platform)
    tokens = await demoTokens(cms.url, ['editor', 'reviewer', 'admin'])
    const sites = (await (await fetch(`${cms.url}/api/sites?where[slug][equals]=portal`)).json()) as { docs: { id: string }[] }
    siteId = sites.docs[0]!.id
    const columns = (await (await fetch(`${cms.url}/api/columns?where[site][equals]=${siteId}&where[kind][equals]=news`)).json()) as {
      docs: { id: string }[]
    }
    columnId = columns.docs[0]!.id
  })

  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  const workflow = async (who: string, id: string, action: string, body: unknown = {}) => {
    const response = await fetch(`${cms.url}/api/articles/${id}/workflow/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[who]}` },
      body: JSON.stringify(body),
    })
    expect(response.status, `${action}: ${await response.clone().text()}`).toBe(200)
  }

  const title = `缓存失效测试新闻${randomBytes(3).toString('hex')}`
  let articleId = ''

  it('shows a newly published article on the cached homepage within 1 s', async () => {
    const before = await fetch(`${site.url}/`)
    expect(before.status).toBe(200)
    expect(await before.text()).not.toContain(title)
    expect((await fetch(`${site.url}/`)).headers.get('x-cache')).toBe('hit')

    const created = await fetch(`${cms.url}/api/articles?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
      body: JSON.stringify({ title, site: siteId, column: columnId, summary: '测试发布后网站缓存及时更新。' }),
    })
    articleId = ((await created.json()) as { doc: { id: string } }).doc.id
    await workflow('editor', articleId, 'submit')
    await workflow('reviewer', articleId, 'approve', { checklist: FULL_CHECKLIST })
    await workflow('editor', articleId, 'publish')
    await within1s(`${site.url}/`, (body) => body.includes(title))
  })

  it('removes it within 1 s of unpublishing', async () => {
    expect(await (await fetch(`${site.url}/articles/${articleId}`)).text()).toContain(title)
    await workflow('reviewer', articleId, 'unpublish', { comment: '测试撤回' })
    await within1s(`${site.url}/`, (body) => !body.includes(title))
    expect((await fetch(`${site.url}/articles/${articleId}`)).status).toBe(404)
  })

  it('greys every page within 1 s of the platform admin switching mourning mode on, and back', async () => {
    const setMourning = async (mourningMode: boolean) => {
      const response = await fetch(`${cms.url}/api/sites/${siteId}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.admin}` },
        body: JSON.stringify({ mourningMode }),
      })
      expect(response.status, await response.clone().text()).toBe(200)
    }
    const page = await browser.newPage()
    const pageFilter = async (path: string) => {
      await page.goto(`${site.url}${path}`)
      return page.evaluate(() => getComputedStyle(document.documentElement).filter)
    }
    const mourning = (body: string) => /<html lang="zh-CN" class="[^"]*\bmourning\b/.test(body)
    expect(await pageFilter('/')).toBe('none')
    expect((await fetch(`${site.url}/`)).headers.get('x-cache')).toBe('hit')

    await setMourning(true)
    await within1s(`${site.url}/`, mourning)
    expect(await pageFilter('/')).toBe('grayscale(1)')
    expect(await pageFilter('/sitemap')).toBe('grayscale(1)')
    expect(await pageFilter('/columns/news')).toBe('grayscale(1)')

    await setMourning(false)
    await within1s(`${site.url}/`, (body) => !mourning(body))
    expect(await pageFilter('/')).toBe('none')
    await page.close()
  })

  it('keeps serving cached pages when the CMS is stopped, and 503 for uncached ones', async () => {
    const cached = await (await fetch(`${site.url}/`)).text()
    await cms.stop()
    const page = await fetch(`${site.url}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(cached)
    const uncached = await fetch(`${site.url}/search?q=${encodeURIComponent('没有缓存的页面')}`)
    expect(uncached.status).toBe(503)
    expect(await uncached.text()).toContain('网站暂时无法访问')
    expect((await fetch(`${site.url}/healthz`)).status).toBe(503)

    const tab = await browser.newPage({ viewport: { width: 360, height: 740 } })
    const home = await tab.goto(`${site.url}/`)
    expect(home?.status()).toBe(200)
    expect(await tab.locator('header .site-name').innerText()).toBe('示例市人民政府')
    expect(await tab.locator('section[aria-labelledby="news-heading"] a').first().isVisible()).toBe(true)
    // The site still knows its columns (kept for the cache TTL); the page's content needs the CMS.
    const missing = await tab.goto(`${site.url}/columns/news?page=2`)
    expect(missing?.status()).toBe(503)
    expect(await tab.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await tab.locator('h1').innerText()).toBe('网站暂时无法访问')
    expect(await tab.locator('main').innerText()).toContain('请稍后再试')
    await tab.close()
    expect((await fetch(`${site.url}/`)).status).toBe(200)
  })
})
