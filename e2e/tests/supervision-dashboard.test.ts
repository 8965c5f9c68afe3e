import { COMPLIANCE_RULES, RULE_STATUS_LABELS, type ComplianceSitesAnswer } from '@govsite/domain'
import type { RunningApp } from '@govsite/process-harness'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginToAdmin } from './harness/admin.js'
import { launchChromium } from './harness/browser.js'
import { DEMO_PASSWORD, demoTokens, startDemoCms } from './harness/demo-platform.js'

const DAY_MS = 24 * 60 * 60 * 1000
const TITLES = new Map<string, string>(COMPLIANCE_RULES.map((rule) => [rule.id, rule.title]))
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

const screenshot = async (page: Page, name: string) => {
  if (process.env.GOVSITE_SCREENSHOTS) await page.screenshot({ path: `${process.env.GOVSITE_SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** Name → status word of each row of the platform table, in the order shown. */
const rowsOf = (page: Page) =>
  page
    .locator('[data-table="sites"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row): [string, string] => [row.querySelector('td a')?.textContent ?? '', row.querySelector('[data-status]')?.textContent ?? '']),
    )

/**
 * The supervision dashboard of the demo out of the box (R-DAILY-INSPECT, R-INSPECT-CYCLE): the
 * built CMS, seeded, in Chromium — the three states, sorting and filtering, a drill-down with its
 * evidence, forecast and trend, the rectification orders, and the monthly notice as a page and as
 * the xlsx the page downloads, its figures compared with the REST.
 */
describe('the supervision dashboard on the demo platform', () => {
  let cms: RunningApp
  let browser: Browser
  let admin: Page
  let answer: ComplianceSitesAnswer
  let token: string

  beforeAll(async () => {
    ;[cms, browser] = await Promise.all([startDemoCms(), launchChromium()])
    token = (await demoTokens(cms.url, ['admin'])).admin!
    const response = await fetch(`${cms.url}/api/compliance/sites`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    answer = (await response.json()) as ComplianceSitesAnswer
    admin = await loginToAdmin(browser, cms.url, 'admin@example.gov.cn', DEMO_PASSWORD)
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  const row = (name: string) => answer.sites.find((site) => site.site.name === name) ?? expect.fail(`no site ${name}`)

  it('answers every state out of the box over REST: 合格, 预警 three days before 工作动态 goes stale, 不合格', () => {
    expect(Object.fromEntries(answer.sites.map((site) => [site.site.name, site.status]))).toEqual({
      示例市人民政府: 'warning',
      示例市发展和改革委员会: 'pass',
      示例市教育局: 'warning',
      示例县人民政府: 'fail',
    })
    expect(row('示例市教育局').nextFailure).toEqual({ rule: 'R-VETO-HOME', on: addDays(answer.date, 3), inDays: 3 })
    expect(row('示例县人民政府').failing).toEqual(['R-VETO-HOME', 'R-MSG-3M'])
  })

  for (const width of [1280, 360]) {
    it(`shows the platform table as the REST has it, sorts it and filters it by kind (${width} px)`, async () => {
      await admin.setViewportSize({ width, height: 900 })
      await admin.goto(`${cms.url}/admin/supervision`)
      await admin.locator('[data-table="sites"] tbody tr').first().waitFor()
      const shown = await rowsOf(admin)
      expect(new Map(shown)).toEqual(new Map(answer.sites.map((site) => [site.site.name, RULE_STATUS_LABELS[site.status].zh])))
      // Worst first by default.
      expect(shown[0]).toEqual(['示例县人民政府', '不合格'])
      expect(shown.at(-1)).toEqual(['示例市发展和改革委员会', '合格'])
      const county = admin.locator('[data-table="sites"] tbody tr', { hasText: '示例县人民政府' })
      await expect(county.locator('td[data-label="不合格指标"]').textContent()).resolves.toBe('首页栏目信息更新；政务咨询超过3个月未答复')
      await expect(county.locator('td[data-label="未办结整改"]').textContent()).resolves.toBe(String(row('示例县人民政府').openOrders))
      await screenshot(admin, `supervision-${width}`)

      await admin.selectOption('select[name="sort"]', 'nextFailure')
      const byNextFailure = (await rowsOf(admin)).map(([name]) => name)
      expect(byNextFailure[0]).toBe('示例市教育局')
      expect(byNextFailure.at(-1)).toBe('示例县人民政府')
      await admin.selectOption('select[name="kind"]', 'department')
      expect((await rowsOf(admin)).map(([name]) => name).sort()).toEqual(['示例市发展和改革委员会', '示例市教育局'])
      expect(await admin.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    })
  }

  it('drills down to the warned site: its rules, the forecast of 工作动态 going stale, evidence and the trend of two inspections', async () => {
    await admin.setViewportSize({ width: 1280, height: 900 })
    await admin.goto(`${cms.url}/admin/supervision`)
    await admin.locator('a', { hasText: '示例市教育局' }).click()
    await admin.locator('[data-rule]').first().waitFor()
    await expect(admin.locator('h1').textContent()).resolves.toBe('示例市教育局')
    expect(await admin.locator('[data-rule]').count()).toBe(COMPLIANCE_RULES.length)
    const home = admin.locator('[data-rule="R-VETO-HOME"]')
    await expect(home.locator('[data-status]').first().textContent()).resolves.toBe('预警')
    await expect(home.textContent()).resolves.toContain('首页已 11 天未更新')
    await expect(admin.locator('[data-rule="R-VETO-NEWS-COLS"] [data-forecast]').textContent()).resolves.toContain(
      `工作动态 将于 ${addDays(answer.date, 3)} 超期（3 天后）`,
    )
    await expect(admin.locator('#trend-summary').textContent()).resolves.toBe(
      `${addDays(answer.date, -1)} 至 ${answer.date} 共 2 天有检查记录：合格 0 天，预警 2 天，不合格 0 天`,
    )
    for (const name of ['近 90 天检查结果', '近 7 天可用性', '栏目更新情况']) await admin.getByRole('img', { name: new RegExp(name) }).waitFor()
    await screenshot(admin, 'supervision-jyj-1280')

    await admin.goto(`${cms.url}/admin/supervision/${row('示例县人民政府').site.id}`)
    await admin.locator('[data-rule]').first().waitFor()
    await expect(admin.locator('[data-rule="R-MSG-3M"]').textContent()).resolves.toContain('农村宅基地房屋翻建审批咨询')
    await admin.setViewportSize({ width: 360, height: 900 })
    await screenshot(admin, 'supervision-county-360')
  })

  it('lists open rectification orders and the one a later check verified as fixed', async () => {
    await admin.setViewportSize({ width: 1280, height: 900 })
    await admin.goto(`${cms.url}/admin/collections/rectification-orders?limit=50`)
    await admin.getByText('首页栏目信息更新：首页已 11 天未更新').first().waitFor()
    await expect(admin.getByText('已整改', { exact: true }).count()).resolves.toBe(1)
    const open = answer.sites.reduce((sum, site) => sum + site.openOrders, 0)
    expect(open).toBeGreaterThan(0)
    await expect(admin.getByText('待整改', { exact: true }).count()).resolves.toBe(open)
    await screenshot(admin, 'rectification-orders-1280')
  })

  it('prints the month’s notice and downloads it as xlsx, with today’s results and open orders as the REST answers them', async () => {
    const month = answer.date.slice(0, 7)
    for (const width of [360, 1280]) {
      await admin.setViewportSize({ width, height: 900 })
      await admin.goto(`${cms.url}/admin/supervision/report?month=${month}`)
      await admin.locator('[data-table="ranking"]').waitFor()
      await screenshot(admin, `report-${width}`)
    }
    const ranked = await admin
      .locator('[data-table="ranking"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent)))
    expect(ranked.map((cells) => cells[1]).sort()).toEqual(answer.sites.map((site) => site.site.name).sort())
    await admin.emulateMedia({ media: 'print' })
    expect(await admin.locator('.gs-notice-controls').isVisible()).toBe(false)
    await admin.emulateMedia({ media: 'screen' })

    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: '下载 Excel' }).click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await download.path())
    const values = (sheet: string) =>
      workbook
        .getWorksheet(sheet)!
        .getSheetValues()
        .filter((cells): cells is ExcelJS.CellValue[] => Array.isArray(cells))
        .map((cells) => cells.slice(1).map((cell) => (cell === undefined || cell === null ? '' : String(cell))))
    const daily = values('逐日结果').filter(([, date]) => date === answer.date)
    expect(new Map(daily.map(([name, , status, failing]) => [name, [status, failing]]))).toEqual(
      new Map(answer.sites.map((site) => [site.site.name, [RULE_STATUS_LABELS[site.status].zh, site.failing.map((rule) => TITLES.get(rule)).join('、')]])),
    )
    const summary = values('通报')
    const header = summary.findIndex((cells) => cells[0] === '排名')
    const openOrders = new Map(summary.slice(header + 1).flatMap((cells) => (cells[1] ? [[cells[1], Number(cells[10])]] : [])))
    expect(openOrders).toEqual(new Map(answer.sites.map((site) => [site.site.name, site.openOrders])))
  })
})
