import { readFile } from 'node:fs/promises'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginToAdmin } from './harness/admin.js'
import { seriousViolations } from './harness/axe.js'
import { launchChromium } from './harness/browser.js'
import { DEMO_PASSWORD, demoTokens, FULL_CHECKLIST, startDemoPlatform, type DemoPlatform } from './harness/demo-platform.js'
import { portalNews } from './harness/demo-writes.js'

const fixture = (name: string) => readFile(new URL(`../../packages/domain/tests/editor/fixtures/${name}`, import.meta.url), 'utf8')

const screenshot = async (page: Page, name: string) => {
  if (process.env.GOVSITE_SCREENSHOTS) await page.screenshot({ path: `${process.env.GOVSITE_SCREENSHOTS}/${name}.png`, fullPage: true })
}

type Node = {
  type?: string
  children?: Node[]
  $?: Record<string, unknown>
  headerState?: number
  colSpan?: number
  rowSpan?: number
  tag?: string
  text?: string
  format?: number | string
}

function nodes(root: Node, type: string): Node[] {
  const found: Node[] = []
  const walk = (node: Node) => {
    if (node.type === type) found.push(node)
    node.children?.forEach(walk)
  }
  walk(root)
  return found
}

/** Pastes HTML into the focused editor as the browser does from Word: a paste event with `text/html`. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page
    .locator('[data-lexical-editor="true"]')
    .first()
    .evaluate((editor, clipboard) => {
      const data = new DataTransfer()
      data.setData('text/html', clipboard)
      data.setData('text/plain', 'plain fallback')
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, html)
}

/** The Word-like editor: a paste from Word and WPS, saved, reviewed, published and read on the public site. */
describe('the Word-like editor in the admin', () => {
  let platform: DemoPlatform
  let browser: Browser
  let tokens: Record<string, string>
  let articleId: string

  beforeAll(async () => {
    ;[platform, browser] = await Promise.all([startDemoPlatform(), launchChromium()])
    tokens = await demoTokens(platform.cms.url, ['editor', 'reviewer', 'admin'])
    const target = await portalNews({ cmsUrl: platform.cms.url, tokens })
    const created = await fetch(`${platform.cms.url}/api/articles?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
      body: JSON.stringify({ title: '示例市2026年1—10月主要经济指标', site: target.site, column: target.column, summary: '全市经济运行稳中有进。' }),
    })
    articleId = ((await created.json()) as { doc: { id: string } }).doc.id
  })

  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  const stored = async (): Promise<Node> => {
    const response = await fetch(`${platform.cms.url}/api/articles/${articleId}?draft=true&depth=0`, { headers: { authorization: `JWT ${tokens.editor}` } })
    return ((await response.json()) as { body: { root: Node } }).body.root
  }

  it('keeps headings, lists, tables, bold and links from a Word and a WPS paste, drops their styling, and says which images to upload by hand', async () => {
    const page = await loginToAdmin(browser, platform.cms.url, 'editor@example.gov.cn', DEMO_PASSWORD)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${platform.cms.url}/admin/collections/articles/${articleId}`)
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    const statistics = (await fixture('word-statistics-table.html')).replace(/<p class=MsoNormal><img[^>]*src="data:[^"]*"><\/p>/, '')
    await pasteHtml(page, statistics)
    await page.getByText('需手动上传', { exact: false }).first().waitFor()
    // Each paste goes into a new paragraph, as an editor would place the cursor.
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'clip_image002.png' }).first().innerText()).resolves.toContain(
      '请通过工具栏的“上传”逐一插入',
    )
    await pasteHtml(page, await fixture('word-service-guide.html'))
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await pasteHtml(page, await fixture('wps-notice.html'))
    await editor.locator('table').first().waitFor()
    // 首行缩进 from the fixed toolbar, on a paragraph that had none.
    await editor.getByText('示例市人民政府办公室').click()
    await page.getByRole('button', { name: '首行缩进' }).first().click()
    await screenshot(page, 'editor-word-paste-1280')

    await page.getByRole('button', { name: '保存草稿' }).click()
    await page
      .locator('[data-sonner-toast]')
      .filter({ hasText: /成功|已保存|更新/ })
      .first()
      .waitFor()
    await page.setViewportSize({ width: 360, height: 800 })
    await editor.locator('table').first().scrollIntoViewIfNeeded()
    await screenshot(page, 'editor-word-paste-360')

    const root = await stored()
    const tables = nodes(root, 'table')
    expect(tables).toHaveLength(2)
    expect(tables[0]!.$).toEqual({ tableCaption: '表1 主要经济指标完成情况' })
    const firstRow = tables[0]!.children![0]!.children!
    // Bit 1: a header row (Lexical also marks the merged first cell as a row header, bit 2).
    expect(firstRow.map((cell) => [cell.headerState! & 1, cell.colSpan, cell.rowSpan])).toEqual([
      [1, 1, 2],
      [1, 2, 1],
    ])
    expect(nodes(tables[1]!, 'tablecell').filter((cell) => cell.headerState! & 1)).toHaveLength(3)
    expect(nodes(root, 'heading').map((heading) => heading.tag)).toEqual(['h2', 'h3', 'h3'])
    const lists = nodes(root, 'list') as (Node & { listType?: string })[]
    expect(lists.map((list) => list.listType)).toEqual(['number', 'bullet'])
    expect(
      nodes(lists[0]!, 'listitem').map((item) =>
        nodes(item, 'text')
          .map((t) => t.text)
          .join(''),
      )[0],
    ).toBe('登录示例市政务服务网，选择“个体工商户设立登记”；')
    const links = nodes(root, 'link') as (Node & { fields?: { url?: string } })[]
    expect(links.map((link) => link.fields?.url)).toEqual([
      'https://www.stats.gov.cn/sj/',
      'https://zwfw.example.gov.cn/',
      'tel:0000-12345',
      'mailto:jd@example.gov.cn',
    ])
    const indented = nodes(root, 'paragraph').filter((paragraph) => paragraph.$?.firstLineIndent === true)
    expect(indented.map((paragraph) => nodes(paragraph, 'text')[0]?.text)).toEqual([
      '1—10月，全市地区生产总值同比增长5.2%，规模以上工业增加值同比增长6.1%。详见',
      '申请人应当具有完全民事行为能力，经营场所符合',
      '咨询电话：',
      '各区县人民政府，市政府各部门：',
      '请于',
      '示例市人民政府办公室',
    ])
    const texts = nodes(root, 'text')
    expect(texts.find((t) => t.text === '12月15日前')?.format).toBe(1)
    expect(texts.every((t) => !(t as { style?: string }).style)).toBe(true)
    expect(JSON.stringify(root)).not.toMatch(/mso-|font-family|仿宋_GB2312|color:|file:\/\/|javascript:/)
    await page.context().close()
  })

  it('publishes the pasted article and the public site renders it through the allowlist, the table scrolling inside the article on a phone', async () => {
    const api = (who: string, method: string, path: string, body?: unknown) =>
      fetch(`${platform.cms.url}/api/${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[who]}` },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    const refused = await api('editor', 'POST', `articles/${articleId}/workflow/submit`, {})
    const refusal = await refused.text()
    expect(refused.status, refusal).toBe(403)
    expect(refusal).toContain('workflow.blocking_findings')
    expect(refusal).toContain('check.paste_image_placeholder')
    // The editor deletes the placeholders of the pictures Word kept on disk, then submits.
    const draft = (await (await api('editor', 'GET', `articles/${articleId}?draft=true&depth=0`)).json()) as { body: unknown }
    const body = JSON.parse(JSON.stringify(draft.body).replace(/【图片“[^”]*”需手动上传】/g, '')) as unknown
    expect((await api('editor', 'PATCH', `articles/${articleId}?draft=true`, { body })).status).toBe(200)
    for (const [who, action, step] of [
      ['editor', 'submit', {}],
      ['reviewer', 'approve', { checklist: FULL_CHECKLIST }],
      ['editor', 'publish', {}],
    ] as const) {
      const response = await api(who, 'POST', `articles/${articleId}/workflow/${action}`, step)
      expect(response.status, `${action}: ${await response.clone().text()}`).toBe(200)
    }
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'zh-CN', bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${platform.site.url}/articles/${articleId}`)
    const article = page.locator('.rich-text')
    await expect(article.locator('table caption').first().innerText()).resolves.toBe('表1 主要经济指标完成情况')
    expect(await article.locator('th[scope="col"][rowspan="2"]').innerText()).toBe('指标')
    expect(await article.locator('p.rt-indent').count()).toBeGreaterThanOrEqual(5)
    expect(await article.locator('ol > li:not(.rt-nested)').allInnerTexts()).toEqual([
      '登录示例市政务服务网，选择“个体工商户设立登记”；',
      '填写申请信息并上传材料：',
      '窗口审核通过后领取营业执照。',
    ])
    expect(await article.locator('ol li.rt-nested ul > li').count()).toBe(2)
    expect(await article.locator('li.rt-nested').evaluate((element) => getComputedStyle(element).listStyleType)).toBe('none')
    expect(await article.locator('[style]').count()).toBe(0)
    const region = article.getByRole('region', { name: '表1 主要经济指标完成情况' })
    const layout = await region.evaluate((element) => ({
      overflowX: getComputedStyle(element).overflowX,
      pageOverflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      regionWidth: element.getBoundingClientRect().width,
    }))
    expect(layout).toMatchObject({ overflowX: 'auto', pageOverflows: false })
    expect(layout.regionWidth).toBeLessThanOrEqual(360)
    expect(
      await page
        .locator('p.rt-indent')
        .first()
        .evaluate((element) => getComputedStyle(element).textIndent),
    ).toBe('32px')
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'article-table-360')
    await page.setViewportSize({ width: 1280, height: 900 })
    await screenshot(page, 'article-table-1280')
    await context.close()
  })

  it('turns a pasted data: image into an upload that asks for its alt text', async () => {
    const page = await loginToAdmin(browser, platform.cms.url, 'editor@example.gov.cn', DEMO_PASSWORD)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${platform.cms.url}/admin/collections/articles/create`)
    await page.locator('[data-lexical-editor="true"]').first().click()
    const statistics = await fixture('word-statistics-table.html')
    await pasteHtml(page, statistics.slice(statistics.indexOf('<p class=MsoNormal><img')))
    await page.locator('[data-sonner-toast]').filter({ hasText: '填写替代文字' }).first().waitFor()
    const alt = page.locator('.drawer__content #field-alt, [class*="bulk-upload"] #field-alt').first()
    await alt.waitFor()
    await screenshot(page, 'editor-pasted-image-alt-1280')
    // The editor names the site and the image, saves, and the image is an upload in the text.
    const drawer = page.locator('.drawer__content').filter({ has: alt })
    await drawer.locator('.rs__control').first().click()
    await page.locator('.rs__option').filter({ hasText: '示例市人民政府' }).first().click()
    await alt.fill('2026年1—10月增长趋势图')
    await drawer.getByRole('button', { name: '保存' }).click()
    const stored = async () => {
      const media = await fetch(`${platform.cms.url}/api/media?where[alt][equals]=${encodeURIComponent('2026年1—10月增长趋势图')}&depth=0`, {
        headers: { authorization: `JWT ${tokens.editor}` },
      })
      return ((await media.json()) as { totalDocs: number }).totalDocs
    }
    await expect.poll(stored, { timeout: 20_000 }).toBe(1)
    await alt.waitFor({ state: 'detached' })
    await screenshot(page, 'editor-pasted-image-uploaded-1280')
    await page.context().close()
  })
})
