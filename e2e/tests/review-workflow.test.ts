import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginToAdmin } from './harness/admin.js'
import { launchChromium } from './harness/browser.js'
import type { RunningApp } from '@govsite/process-harness'

import { DEMO_PASSWORD as PASSWORD, startDemoCms } from './harness/demo-platform.js'

/** R-REVIEW-BEFORE-PUBLISH in the admin: each person sees only their own actions. */
describe('review workflow in the admin', () => {
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
    const sites = (await (await fetch(`${cms.url}/api/sites?where[slug][equals]=portal`)).json()) as { docs: { id: string }[] }
    const columns = (await (await fetch(`${cms.url}/api/columns?where[site][equals]=${sites.docs[0]?.id}&where[kind][equals]=news`)).json()) as {
      docs: { id: string }[]
    }
    const created = await fetch(`${cms.url}/api/articles?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: '关于做好冬季供暖保障工作的通知',
        site: sites.docs[0]?.id,
        column: columns.docs[0]?.id,
        summary: '确保群众温暖过冬。',
      }),
    })
    articleId = ((await created.json()) as { doc: { id: string } }).doc.id
  })

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  async function openArticle(page: Page) {
    await page.goto(`${cms.url}/admin/collections/articles/${articleId}`)
    await page.getByRole('region', { name: '审核流程' }).waitFor()
    return page.getByRole('region', { name: '审核流程' })
  }

  async function take(page: Page, label: string, fill?: (page: Page) => Promise<void>) {
    const panel = await openArticle(page)
    await panel.getByRole('button', { name: label, exact: true }).click()
    if (fill) await fill(page)
    await panel.getByRole('button', { name: `确认${label}` }).click()
    await page.waitForLoadState('load')
  }

  async function state(page: Page) {
    const panel = await openArticle(page)
    return panel.getByTestId('review-state').innerText()
  }

  it('lets the editor submit, but neither approve nor publish', async () => {
    const editor = await loginToAdmin(browser, cms.url, 'editor@example.gov.cn', PASSWORD)
    const panel = await openArticle(editor)
    expect(await panel.getByTestId('review-state').innerText()).toBe('草稿')
    expect(await panel.getByRole('button').allInnerTexts()).toEqual(['提交审核'])
    expect(await editor.getByRole('button', { name: /发布/ }).count()).toBe(0)
    await take(editor, '提交审核')
    await expect.poll(() => state(editor)).toBe('待审核')
    await editor.context().close()
  })

  it('shows the reviewer the item in the 待审核 queue and lets them approve with the checklist', async () => {
    const reviewer = await loginToAdmin(browser, cms.url, 'reviewer@example.gov.cn', PASSWORD)
    const queue = reviewer.locator('[data-queue="in_review"]')
    await queue.getByRole('link', { name: '关于做好冬季供暖保障工作的通知' }).waitFor()
    await queue.getByRole('link', { name: '关于做好冬季供暖保障工作的通知' }).click()
    const panel = reviewer.getByRole('region', { name: '审核流程' })
    await panel.waitFor()
    expect(await panel.getByRole('button').allInnerTexts()).toEqual(['审核通过', '退回修改'])

    await panel.getByRole('button', { name: '审核通过', exact: true }).click()
    await panel.getByRole('button', { name: '确认审核通过' }).click()
    await panel.getByRole('alert').waitFor()
    expect(await panel.getByRole('alert').innerText()).toContain('请确认全部审核要点')

    await take(reviewer, '审核通过', async (page) => {
      for (const box of await page.getByRole('region', { name: '审核流程' }).getByRole('checkbox').all()) await box.check()
    })
    await expect.poll(() => state(reviewer)).toBe('已审核')
    const after = await openArticle(reviewer)
    expect(await after.getByRole('button', { name: '发布', exact: true }).count()).toBe(0)
    await reviewer.context().close()
  })

  it('lets the editor publish the approved article, which visitors then read', async () => {
    const editor = await loginToAdmin(browser, cms.url, 'editor@example.gov.cn', PASSWORD)
    await take(editor, '发布')
    await expect.poll(() => state(editor)).toBe('已发布')
    const panel = await openArticle(editor)
    expect(await panel.innerText()).toContain('审核通过')
    const visitor = await fetch(`${cms.url}/api/articles/${articleId}`)
    expect(visitor.status).toBe(200)
    await editor.context().close()
  })

  it('records who acted, in which role and from which address in the audit log', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.gov.cn', password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const audit = await fetch(`${cms.url}/api/audit-logs?where[documentId][equals]=${articleId}&sort=at`, {
      headers: { authorization: `JWT ${token}` },
    })
    const entries = ((await audit.json()) as { docs: { action: string; actorName: string; actorRoles: { site: string[] }; ip: string }[] }).docs
    expect(entries.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['submit', '示例编辑'],
      ['approve', '示例审核员'],
      ['publish', '示例编辑'],
    ])
    expect(entries[1]?.actorRoles.site).toEqual(['reviewer'])
    expect(entries.every((entry) => /127\.0\.0\.1$/.test(entry.ip))).toBe(true)
  })
})
