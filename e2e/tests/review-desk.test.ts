import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginToAdmin } from './harness/admin.js'
import { launchChromium } from './harness/browser.js'
import { DEMO_PASSWORD, demoTokens, startDemoPlatform, type DemoPlatform } from './harness/demo-platform.js'

const NEW_TITLE = '关于开展冬季消防安全大检查的通知'
const REVISED_SUFFIX = '（修订稿）'

const screenshot = async (page: Page, name: string) => {
  if (process.env.GOVSITE_SCREENSHOTS) await page.screenshot({ path: `${process.env.GOVSITE_SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** The reviewer's 审核台: the pending queue as a table, sorted, previewed on the public site and compared with the live version. */
describe('review desk in the admin', () => {
  let platform: DemoPlatform
  let browser: Browser
  let revisedTitle: string
  let revisedId: string
  let newId: string

  const rest = async (path: string, token: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${platform.cms.url}/api/${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    })
    const body = (await response.json()) as Record<string, unknown>
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`)
    return body
  }

  beforeAll(async () => {
    ;[platform, browser] = await Promise.all([startDemoPlatform(), launchChromium()])
    const { editor } = await demoTokens(platform.cms.url, ['editor'])
    const token = editor!
    const portal = (await rest('sites?where[slug][equals]=portal&depth=0', token)).docs as { id: string }[]
    const news = (await rest(`columns?where[site][equals]=${portal[0]!.id}&where[kind][equals]=news&depth=0`, token)).docs as { id: string }[]
    // A new article under review…
    const created = (await rest('articles?draft=true', token, {
      method: 'POST',
      body: { title: NEW_TITLE, site: portal[0]!.id, column: news[0]!.id, summary: '各单位要认真排查火灾隐患。' },
    })) as { doc: { id: string } }
    newId = created.doc.id
    await rest(`articles/${newId}/workflow/submit`, token, { method: 'POST', body: {} })
    // …and a revision of a published one, whose changes the reviewer compares with the live page.
    const published = (await rest(`articles?where[site][equals]=${portal[0]!.id}&where[_status][equals]=published&sort=-publishedAt&limit=1&depth=0`, token))
      .docs as { id: string; title: string }[]
    revisedId = published[0]!.id
    revisedTitle = `${published[0]!.title}${REVISED_SUFFIX}`
    await rest(`articles/${revisedId}?draft=true`, token, { method: 'PATCH', body: { title: revisedTitle } })
    await rest(`articles/${revisedId}/workflow/submit`, token, { method: 'POST', body: {} })
  })

  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  it('shows the reviewer the pending queue as a sortable table, a preview of the exact version and the changes against the live one', async () => {
    const page = await loginToAdmin(browser, platform.cms.url, 'reviewer@example.gov.cn', DEMO_PASSWORD)
    await page.setViewportSize({ width: 1280, height: 900 })
    // The navigation (closed at this width) links to the desk.
    expect(await page.locator('a[data-nav="review-desk"]').getAttribute('href')).toBe('/admin/review-desk')
    await page.goto(`${platform.cms.url}/admin/review-desk`)
    const table = page.locator('table[data-queue="pending"]')
    await table.waitFor()
    const row = (id: string) => table.locator(`tr[data-row="${id}"]`)
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2)
    await expect.poll(() => row(revisedId).innerText()).toContain('示例编辑')
    expect(await row(revisedId).innerText()).toContain('示例市人民政府')

    // Sorting by title asks the server and marks the column.
    await table.getByRole('button', { name: '标题' }).click()
    await expect.poll(() => table.locator('th[aria-sort="ascending"]').innerText()).toContain('标题')
    // The rows follow once the server's sorted answer is in.
    const sortedByTitle = async () => {
      const titles = await table.locator('tbody tr td:first-child a').allInnerTexts()
      return titles.join('|') === [...titles].sort(new Intl.Collator('zh-CN').compare).join('|')
    }
    await expect.poll(sortedByTitle).toBe(true)
    await screenshot(page, 'review-desk-1280')

    // 预览 opens the public site's rendering of the version under review.
    const [preview] = await Promise.all([page.waitForEvent('popup'), row(revisedId).getByRole('button', { name: '预览' }).click()])
    await preview.waitForURL((url) => url.pathname.startsWith('/_preview/'))
    await preview.waitForLoadState('load')
    expect(new URL(preview.url()).origin).toBe(platform.site.url)
    await expect.poll(() => preview.locator('h1').first().innerText()).toContain(REVISED_SUFFIX)
    await preview.setViewportSize({ width: 1280, height: 900 })
    await screenshot(preview, 'review-desk-preview-1280')
    await preview.close()

    // 对比线上版本 marks what the revision inserts.
    await row(revisedId).getByRole('button', { name: '对比线上版本' }).click()
    const diff = page.getByTestId('diff')
    await diff.waitFor()
    const title = diff.locator('[data-field="标题"]')
    expect(await title.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('修订')]))
    await screenshot(page, 'review-desk-diff-1280')

    await page.setViewportSize({ width: 360, height: 780 })
    await page.reload()
    await table.waitFor()
    await screenshot(page, 'review-desk-360')
    // On a phone each row is a card: the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  it('tells the editor in the document’s panel why 审核通过 is not offered', async () => {
    const page = await loginToAdmin(browser, platform.cms.url, 'editor@example.gov.cn', DEMO_PASSWORD)
    await page.goto(`${platform.cms.url}/admin/collections/articles/${newId}`)
    const reason = page.getByRole('region', { name: '审核流程' }).getByTestId('not-offered')
    await reason.waitFor()
    expect(await reason.innerText()).toBe('未提供“审核通过”：您在本站点没有“审核通过”的权限')
  })
})
