import type { Browser, Page } from 'playwright-core'
import type { RunningApp } from '@govsite/process-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginToAdmin } from './harness/admin.js'
import { launchChromium } from './harness/browser.js'
import { DEMO_PASSWORD as PASSWORD, startDemoCms } from './harness/demo-platform.js'

const TITLE = '关于做好寒潮天气防范应对工作的通知'

const screenshot = async (page: Page, name: string) => {
  if (process.env.GOVSITE_SCREENSHOTS) await page.screenshot({ path: `${process.env.GOVSITE_SCREENSHOTS}/${name}.png` })
}

/** The admin's 消息中心: a submitted article reaches the reviewer's inbox, which marks it read. */
describe('notification inbox in the admin', () => {
  let cms: RunningApp
  let browser: Browser
  let articleId: string

  beforeAll(async () => {
    ;[cms, browser] = await Promise.all([startDemoCms(), launchChromium()])
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.gov.cn', password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { 'content-type': 'application/json', authorization: `JWT ${token}`, origin: cms.url }
    const sites = (await (await fetch(`${cms.url}/api/sites?where[slug][equals]=portal`)).json()) as { docs: { id: string }[] }
    const columns = (await (await fetch(`${cms.url}/api/columns?where[site][equals]=${sites.docs[0]?.id}&where[kind][equals]=news`)).json()) as {
      docs: { id: string }[]
    }
    const created = await fetch(`${cms.url}/api/articles?draft=true`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: TITLE, site: sites.docs[0]?.id, column: columns.docs[0]?.id, summary: '各单位要做好寒潮防范应对工作。' }),
    })
    articleId = ((await created.json()) as { doc: { id: string } }).doc.id
    const submitted = await fetch(`${cms.url}/api/articles/${articleId}/workflow/submit`, { method: 'POST', headers: auth, body: '{}' })
    expect(submitted.status).toBe(200)
  })

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  const unreadBadge = async (page: Page) => Number(await page.locator('[data-inbox-link]').first().getAttribute('data-unread'))

  for (const width of [1280, 360]) {
    it(`shows the reviewer the submitted article in 消息中心 and marks it read (${width} px)`, async () => {
      const page = await loginToAdmin(browser, cms.url, 'reviewer@example.gov.cn', PASSWORD)
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${cms.url}/admin`)
      await page.locator('[data-inbox-link]').first().waitFor({ state: 'attached' })
      await screenshot(page, `dashboard-${width}`)
      await page.goto(`${cms.url}/admin/inbox`)
      await page.getByRole('heading', { name: '消息中心' }).waitFor()
      const item = page.locator('[data-inbox-item]', { hasText: `待审核：${TITLE}` })
      await item.waitFor()
      await screenshot(page, `inbox-${width}`)
      expect(await item.getByRole('link', { name: `待审核：${TITLE}` }).getAttribute('href')).toBe(`/admin/collections/articles/${articleId}`)
      // The page's width holds at 360 px: nothing forces a horizontal scroll.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

      if (width === 1280) {
        const before = await unreadBadge(page)
        expect(before).toBeGreaterThan(0)
        expect(await item.getAttribute('data-read')).toBe('false')
        await item.getByRole('button', { name: '标为已读' }).click()
        await page.locator('[data-inbox-item][data-read="true"]', { hasText: `待审核：${TITLE}` }).waitFor()
        expect(await unreadBadge(page)).toBe(before - 1)
      } else {
        expect(await item.getAttribute('data-read')).toBe('true')
      }
      await page.context().close()
    })
  }

  it('shows the editor nothing of the reviewer’s inbox', async () => {
    const page = await loginToAdmin(browser, cms.url, 'editor@example.gov.cn', PASSWORD)
    await page.goto(`${cms.url}/admin/inbox`)
    await page.getByRole('heading', { name: '消息中心' }).waitFor()
    expect(await page.locator('[data-inbox-item]', { hasText: `待审核：${TITLE}` }).count()).toBe(0)
    await page.context().close()
  })
})
