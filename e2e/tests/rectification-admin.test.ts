import type { Browser, Page } from 'playwright-core'
import type { RunningApp } from '@govsite/process-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginToAdmin } from './harness/admin.js'
import { launchChromium } from './harness/browser.js'
import { demoTokens, startDemoCms } from './harness/demo-platform.js'

const PASSWORD = 'Zhenggai-Demo-2026-Qx'
const DAY_MS = 24 * 60 * 60 * 1000

const screenshot = async (page: Page, name: string) => {
  if (process.env.GOVSITE_SCREENSHOTS) await page.screenshot({ path: `${process.env.GOVSITE_SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** 整改通知 in the built admin, as the site's admin reads and answers them (R-INSPECT-CYCLE). */
describe('rectification orders in the admin', () => {
  let cms: RunningApp
  let browser: Browser
  let admin: string
  const tokens: Record<string, string> = {}
  let claimed: string

  async function call(token: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${cms.url}/api/${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    expect(response.ok, `${method} ${path}: ${text}`).toBe(true)
    return JSON.parse(text) as Record<string, unknown>
  }

  beforeAll(async () => {
    ;[cms, browser] = await Promise.all([startDemoCms(), launchChromium()])
    admin = (await demoTokens(cms.url, ['admin'])).admin!
    const sites = await call(admin, 'GET', 'sites?where[slug][equals]=portal&depth=0')
    const portal = (sites.docs as { id: string }[])[0]!.id
    for (const [who, roles] of [
      ['portal-admin', { siteRoles: [{ site: portal, role: 'site-admin' }] }],
      ['supervisor', { platformRole: 'supervisor' }],
    ] as const) {
      const email = `${who}@example.gov.cn`
      await call(admin, 'POST', 'users', { email, name: who === 'supervisor' ? '监管人员' : '门户站点管理员', password: PASSWORD, ...roles })
      const login = await fetch(`${cms.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      })
      tokens[who] = ((await login.json()) as { token: string }).token
    }
    const issue = async (title: string, summary: string, deadlineInDays: number) => {
      const answer = await call(admin, 'POST', 'rectification-orders', {
        title,
        site: portal,
        rule: 'other',
        severity: 'warning',
        summary,
        evidenceUrl: 'https://www.example.gov.cn/xxgk/tzgg/',
        foundAt: new Date(Date.now() - DAY_MS).toISOString(),
        deadline: new Date(Date.now() + deadlineInDays * DAY_MS).toISOString(),
      })
      return (answer.doc as { id: string }).id
    }
    await issue('首页轮播图链接失效', '首页轮播图第二张图片链接返回 404，指向已下线的专题页面。', -2)
    const started = await issue('通知公告栏目信息缺少发布机构', '通知公告栏目中 3 篇信息未标注发布机构。', 5)
    claimed = await issue('政策解读未关联原文件', '《关于促进民营经济发展的若干措施》解读未关联原政策文件。', 10)
    await call(tokens['portal-admin']!, 'PATCH', `rectification-orders/${started}`, {
      state: 'in-progress',
      feedback: '已通知各科室补充发布机构，预计本周内完成。',
    })
    await call(tokens['portal-admin']!, 'PATCH', `rectification-orders/${claimed}`, { state: 'fix-claimed', feedback: '已在解读页面关联原文件。' })
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  it('lists the orders with state badges and the overdue mark, on a phone and a desktop', async () => {
    const page = await loginToAdmin(browser, cms.url, 'portal-admin@example.gov.cn', PASSWORD)
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${cms.url}/admin/collections/rectification-orders`)
      await page.getByText('首页轮播图链接失效').first().waitFor()
      await expect(page.getByText('已逾期').count()).resolves.toBe(1)
      await expect(page.getByText('整改中', { exact: true }).count()).resolves.toBe(1)
      await expect(page.getByText('已报整改完成，待复查').count()).resolves.toBe(1)
      await screenshot(page, `rectification-list-${width}`)
    }
  })

  it('shows the evidence and takes the site’s feedback through the edit screen', async () => {
    const page = await loginToAdmin(browser, cms.url, 'portal-admin@example.gov.cn', PASSWORD)
    const orders = await call(tokens['portal-admin']!, 'GET', 'rectification-orders?where[title][equals]=首页轮播图链接失效&depth=0')
    const id = (orders.docs as { id: string }[])[0]!.id
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${cms.url}/admin/collections/rectification-orders/${id}`)
      await page.getByText('首页轮播图第二张图片链接返回 404').first().waitFor()
      await expect(page.getByText('整改情况反馈（站点填写）').isVisible()).resolves.toBe(true)
      await expect(page.locator('#field-title').isDisabled()).resolves.toBe(true)
      await expect(page.locator('#field-supervisorComment').isDisabled()).resolves.toBe(true)
      await screenshot(page, `rectification-edit-${width}`)
    }
    await page.locator('#field-feedback').fill('已删除失效链接，轮播图改为链接到现行专题。')
    await page.getByRole('button', { name: '保存' }).click()
    await expect
      .poll(async () => (await call(tokens.supervisor!, 'GET', `rectification-orders/${id}?depth=0`)).feedback, { timeout: 15_000 })
      .toBe('已删除失效链接，轮播图改为链接到现行专题。')
    const saved = await call(tokens.supervisor!, 'GET', `rectification-orders/${id}?depth=0`)
    expect(saved.history).toMatchObject([
      { action: 'issue', byName: '平台管理员' },
      { action: 'feedback', byName: '门户站点管理员', note: '已删除失效链接，轮播图改为链接到现行专题。' },
    ])
    expect(saved.state).toBe('open')
  })
})
