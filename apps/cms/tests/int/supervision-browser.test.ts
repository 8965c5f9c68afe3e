import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { platformStories, sitesAnswerOf } from './supervision-platform'
import { HARNESS_TODAY, startHarness, type Harness } from './supervision-harness'

let harness: Harness
let browser: Browser
/** Set to a folder to keep screenshots of every view at 360 and 1280 px. */
const SHOTS = process.env.GOVSITE_SCREENSHOT_DIR

beforeAll(async () => {
  harness = await startHarness()
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
})

afterAll(async () => {
  await browser?.close()
  await harness?.close()
})

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await page.goto(`${harness.url}${path}`)
  ;(page as Page & { errors: string[] }).errors = errors
  return page
}

const statuses = (page: Page) =>
  page
    .locator('[data-table="sites"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row): [string | null, string | null | undefined] => [row.getAttribute('data-site'), row.querySelector('[data-status]')?.textContent]),
    )

async function shoot(path: string, name: string) {
  if (!SHOTS) return
  for (const width of [360, 1280]) {
    const page = await open(path, width)
    await page.locator('[data-table], [data-rule]').first().waitFor()
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true })
    await page.close()
  }
}

describe('the supervision views in a real browser (harness with real evaluations)', () => {
  it('lists every site of the day, sorts, filters by kind and shows a past day', async () => {
    const page = await open('/admin/supervision')
    await page.locator('[data-table="sites"] tbody tr').first().waitFor()
    expect(await statuses(page)).toEqual([
      ['county', '不合格'],
      ['fgw', '预警'],
      ['city', '合格'],
    ])
    await expect(page.locator('[data-site="county"] td').nth(3).textContent()).resolves.toBe('首页栏目信息更新；政务咨询超过3个月未答复；严重错误和安全问题')
    await page.click('button[data-sort="nextFailure"]')
    expect((await statuses(page)).map(([id]) => id)).toEqual(['fgw', 'city', 'county'])
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending')
    await page.selectOption('select[name="kind"]', 'department')
    expect((await statuses(page)).map(([id]) => id)).toEqual(['fgw'])
    await page.selectOption('select[name="kind"]', 'all')

    // A past day, as the real evaluations of that day have it.
    await page.fill('input[type="date"]', '2026-10-05')
    await page.click('button[type="submit"]')
    await page.getByText('2026年10月5日各网站检查结果').waitFor()
    const expected = sitesAnswerOf(platformStories({ city: 'city', fgw: 'fgw', county: 'county' }), '2026-10-05')
    const labels = { pass: '合格', warning: '预警', fail: '不合格' } as const
    expect(new Map(await statuses(page))).toEqual(new Map(expected.sites.map((row) => [row.site.id, labels[row.status]])))
    expect(page.url()).toContain('date=2026-10-05')
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await shoot('/admin/supervision', 'supervision')
  })

  it('drills down to a site: every rule with evidence and forecast, and three charts with text alternatives', async () => {
    const page = await open('/admin/supervision')
    await page.click('a:has-text("示例县人民政府")')
    await page.locator('[data-rule]').first().waitFor()
    expect(page.url()).toContain(`/admin/supervision/county?date=${HARNESS_TODAY}`)
    await expect(page.locator('h1').textContent()).resolves.toBe('示例县人民政府')
    expect(await page.locator('[data-rule]').count()).toBe(13)
    const first = page.locator('[data-rule]').first()
    await expect(first.getAttribute('data-rule')).resolves.toBe('R-VETO-HOME')
    await expect(first.locator('[data-status]').textContent()).resolves.toBe('不合格')
    await expect(page.locator('[data-rule="R-MSG-3M"] table').textContent()).resolves.toContain('咨询社保关系转移办理流程')
    const charts = page.getByRole('img')
    expect(await charts.count()).toBe(3)
    for (const name of ['近 90 天检查结果', '近 7 天可用性', '栏目更新情况'])
      await expect(page.getByRole('img', { name: new RegExp(name) }).count()).resolves.toBe(1)
    await expect(page.getByRole('img', { name: /近 90 天检查结果/ }).getAttribute('aria-labelledby')).resolves.toBe('trend-title trend-summary')
    await expect(page.locator('#trend-summary').textContent()).resolves.toMatch(/共 90 天有检查记录/)

    const fgw = await open('/admin/supervision/fgw')
    await fgw.locator('[data-rule]').first().waitFor()
    await expect(fgw.locator('[data-rule="R-VETO-NEWS-COLS"] [data-forecast]').textContent()).resolves.toContain('工作动态 将于 2026-12-13 超期（13 天后）')
    await expect(fgw.locator('#availability-summary').textContent()).resolves.toBe('近 7 天失败率 3.47%（预警线 3%，否决线 5%）')
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await shoot('/admin/supervision/county', 'site-county')
    await shoot('/admin/supervision/fgw', 'site-fgw')
  })

  it('shows the monthly notice as a printable A4 document without its controls', async () => {
    const page = await open('/admin/supervision/report?month=2026-11')
    await page.locator('[data-table="ranking"]').waitFor()
    await expect(page.locator('h1').textContent()).resolves.toBe('全平台2026年11月政府网站检查通报')
    const ranking = await page
      .locator('[data-table="ranking"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].slice(0, 4).map((cell) => cell.textContent)))
    expect(ranking).toEqual([
      ['1', '示例市人民政府', '市政府门户', '合格'],
      ['2', '示例市发展和改革委员会', '部门网站', '预警'],
      ['3', '示例县人民政府', '县区门户', '不合格'],
    ])
    expect(await page.locator('.gs-notice-controls').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.gs-notice-controls').isVisible()).toBe(false)
    const pdf = await page.pdf({ preferCSSPageSize: true })
    // A4 portrait (@page size): 595 × 842 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'))
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842])
    if (SHOTS) await import('node:fs/promises').then((fs) => fs.writeFile(`${SHOTS}/report.pdf`, pdf))
    await shoot('/admin/supervision/report?month=2026-11', 'report')
  })

  it('shows a quarter’s result and lets a platform admin submit a finished quarter for review', async () => {
    const page = await open('/admin/supervision/report?quarter=2026-Q4')
    await page.locator('[data-table="ranking"]').waitFor()
    await expect(page.locator('h1').textContent()).resolves.toBe('全平台2026年第四季度政府网站检查结果')
    await expect(page.locator('[data-table="ranking"] thead th').nth(3).textContent()).resolves.toBe('季度结果')
    await expect(page.locator('.gs-notice-definition').textContent()).resolves.toContain('不合格超过 5 天')
    // The fourth quarter is not over on 2026-11-30: nothing to publish yet.
    expect(await page.getByRole('button', { name: '提交公开（送审）' }).count()).toBe(0)

    await page.selectOption('select[name="quarter"]', '2026-Q3')
    await page.getByRole('button', { name: '查看' }).click()
    await page.locator('h1', { hasText: '2026年第三季度' }).waitFor()
    expect(new URL(page.url()).searchParams.get('quarter')).toBe('2026-Q3')
    const results = await page.locator('[data-table="ranking"] tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[3]?.textContent))
    expect(results.length).toBe(3)
    expect(results.every((result) => result === '合格' || result === '不合格')).toBe(true)

    await page.getByRole('button', { name: '提交公开（送审）' }).click()
    // The status first says 正在生成…; wait for the answer before reading it.
    await page.getByRole('status').filter({ hasText: '已生成' }).waitFor()
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/已生成“2026年第三季度政府网站检查结果公开”并提交审核/)
    await expect(page.getByRole('link', { name: '查看稿件' }).getAttribute('href')).resolves.toBe('/admin/collections/notices/n1')
    await page.getByRole('button', { name: '提交公开（送审）' }).click()
    await page.getByRole('alert').filter({ hasText: '审核' }).waitFor()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('正在审核流程中')
    expect(harness.quarterlyRequests).toEqual([{ quarter: '2026-Q3' }, { quarter: '2026-Q3' }])
    // Chromium logs the refused request itself; nothing else may go wrong.
    expect((page as Page & { errors: string[] }).errors.filter((error) => !error.includes('status of 409'))).toEqual([])
    await shoot('/admin/supervision/report?quarter=2026-Q3', 'report-quarter')
  })
})
