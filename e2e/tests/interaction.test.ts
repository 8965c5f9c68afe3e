import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './harness/browser.js'
import { seriousViolations } from './harness/axe.js'
import { demoTokens, FULL_CHECKLIST, startDemoPlatform, type DemoPlatform } from './harness/demo-platform.js'
import type { RunningApp } from '@govsite/process-harness'

const lexical = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

/** 互动交流 in a real browser: the site forwards to the CMS with its service credential (issue 6). */
describe('public interaction through the built site and CMS', () => {
  let cms: RunningApp
  let site: RunningApp
  let browser: Browser
  let platform: DemoPlatform
  let tokens: Record<string, string> = {}

  beforeAll(async () => {
    ;[platform, browser] = await Promise.all([startDemoPlatform(), launchChromium()])
    ;({ cms, site } = platform)
    tokens = await demoTokens(cms.url, ['editor', 'reviewer'])
  })

  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  async function staff(who: 'editor' | 'reviewer', method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${cms.url}/api/${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[who]}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    expect(response.status, `${method} ${path}: ${text}`).toBe(200)
    return JSON.parse(text)
  }

  async function fillMessage(page: Page, subject: string) {
    await page.getByLabel('姓名').fill('李四')
    await page.getByLabel('联系电话').fill('13912345678')
    await page.getByRole('radio', { name: '建议' }).check()
    await page.getByLabel('标题').fill(subject)
    await page.getByLabel('留言内容').fill('建议在人民公园东门增设公交站点，方便市民出行。')
    await page.getByRole('radio', { name: '同意公开', exact: true }).check()
  }

  const subject = `增设公交站点的建议${randomBytes(2).toString('hex')}`

  it('message round trip: submit → tracking code → reply drafted, approved by another person, published → shown by code', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/`)
    await page.getByRole('link', { name: '我要写信' }).first().click()
    await page.waitForURL(/\/messages\/new$/)
    await fillMessage(page, subject)
    await page.getByRole('button', { name: '提交留言' }).click()
    await page.waitForURL(/\/messages\/track\?code=/)
    expect(await page.locator('.form-notice.success h2').innerText()).toBe('留言提交成功')
    const code = await page.locator('.tracking-code').innerText()
    expect(code).toMatch(/^[34679ACDEFGHJKMNPQRTUVWXY]{10}$/)
    expect(await page.locator('main').innerText()).toMatch(/答复期限：\d{4}-\d{2}-\d{2}/)

    // In the CMS: the editor drafts the reply, a different person approves, the editor publishes.
    const found = (await staff('editor', 'GET', `messages?where[trackingCode][equals]=${code}&draft=true&depth=0`)) as { docs: { id: string }[] }
    const id = found.docs[0]!.id
    await staff('editor', 'PATCH', `messages/${id}?draft=true`, { reply: lexical('已转交市交通运输局，将于下月增设站点。') })
    await staff('editor', 'POST', `messages/${id}/workflow/submit`, {})
    await staff('reviewer', 'POST', `messages/${id}/workflow/approve`, { checklist: FULL_CHECKLIST })
    await staff('editor', 'POST', `messages/${id}/workflow/publish`, {})

    // The visitor types the code into 留言查询 and sees the reply.
    await page.goto(`${site.url}/messages/track`)
    await page.getByLabel('查询码').fill(code.toLowerCase())
    await page.getByRole('button', { name: '查询' }).click()
    const result = await page.locator('section[aria-labelledby="track-result"]').innerText()
    expect(result).toContain('已答复')
    expect(result).toContain(subject)
    expect(result).toContain('已转交市交通运输局，将于下月增设站点。')
    expect(result).toMatch(/办理用时\s+(当日答复|\d+ 个工作日)/)

    // The visitor agreed to a public answer: it is in 留言选登.
    await page.goto(`${site.url}/messages`)
    expect(await page.locator('main').innerText()).toContain(subject)
    await page.close()
  })

  it('has no serious or critical accessibility violations on the interaction pages (axe, WCAG 2 AA)', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })
    const firstSurvey = await context.newPage()
    await firstSurvey.goto(`${site.url}/surveys`)
    const surveyHref = (await firstSurvey.locator('.survey-list a').first().getAttribute('href')) ?? '/surveys'
    await firstSurvey.close()
    const audit = async (page: Page, label: string, findings: string[]) => {
      for (const violation of await seriousViolations(page)) findings.push(`${label}: ${violation}`)
    }
    const findings: string[] = []
    for (const path of [
      '/messages/new',
      '/messages/track',
      '/messages',
      '/surveys',
      surveyHref,
      `/qa?q=${encodeURIComponent('如何办理居住证')}`,
      '/error-reports/new?url=http%3A%2F%2F127.0.0.1%2F',
    ]) {
      const page = await context.newPage()
      expect((await page.goto(`${site.url}${path}`))?.status(), path).toBe(200)
      await audit(page, path, findings)
      await page.close()
    }
    // The form with its error state (summary, invalid fields).
    const invalid = await context.newPage()
    await invalid.goto(`${site.url}/messages/new`)
    await invalid.getByRole('button', { name: '提交留言' }).click()
    await invalid.waitForSelector('.error-summary')
    await audit(invalid, '/messages/new (errors)', findings)
    await invalid.close()
    await context.close()
    expect(findings).toEqual([])
  })

  it('survey: a visitor answers the open survey once; answering again shows 您已参与过', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/surveys`)
    const open = page.locator('.survey-list li', { hasText: '进行中' }).first().locator('a')
    await open.click()
    await page.waitForURL(/\/surveys\/[^/]+$/)
    const surveyUrl = page.url()
    const answerEverything = async () => {
      for (const fieldset of await page.locator('form.public-form fieldset').all()) await fieldset.locator('input').first().check()
      for (const text of await page.locator('form.public-form textarea').all()) await text.fill('希望多举办此类活动。')
      await page.getByRole('button', { name: '提交' }).click()
    }
    await answerEverything()
    await page.waitForURL(/\?submitted=1$/)
    expect(await page.locator('.form-notice.success').innerText()).toContain('提交成功，感谢您的参与！')

    // The same browser (its visitor cookie) comes back to the form page and submits again.
    await page.goto(surveyUrl)
    await answerEverything()
    expect(await page.locator('.form-notice').innerText()).toContain('您已参与过本次征集调查')
    expect(await page.locator('form.public-form').count()).toBe(0)
    await page.close()
  })

  it('智能问答 on the homepage answers from the published FAQ entries; an unrelated question leads to 我要写信', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/`)
    await page.getByLabel('智能问答：请输入您的问题').fill('怎么办理居住证')
    await page.getByRole('button', { name: '提问' }).click()
    await page.waitForURL(/\/qa\?q=/)
    expect(await page.locator('.qa-hits li h3').first().innerText()).toBe('居住证如何办理？')
    expect(await page.locator('.qa-hits li').first().innerText()).toContain('居住地派出所申领')

    await page.getByLabel('智能问答：请输入您的问题').fill('火星探测器发射窗口')
    await page.getByRole('button', { name: '提问' }).click()
    await page.waitForURL(/%E7%81%AB%E6%98%9F/)
    expect(await page.locator('.qa-hits').count()).toBe(0)
    expect(await page.locator('.qa-no-match').innerText()).toContain('知识库中暂未找到与您的问题相符的解答')
    await page.locator('.qa-no-match').getByRole('link', { name: '我要写信' }).click()
    await page.waitForURL(/\/messages\/new$/)
    await page.close()
  })

  it('never scrolls horizontally at 360 px on the form pages', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
    for (const path of ['/messages/new', '/messages/track', '/surveys', '/qa', '/error-reports/new']) {
      await page.goto(`${site.url}${path}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    await page.close()
  })

  it('CMS down: the submission is not accepted, the page says try again and keeps everything typed', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/messages/new`)
    await fillMessage(page, '停机时提交的留言')
    await cms.stop()
    await page.getByRole('button', { name: '提交留言' }).click()
    await page.waitForSelector('.form-notice.error')
    expect(await page.locator('.form-notice.error').innerText()).toContain('请稍后重试')
    expect(page.url()).toMatch(/\/messages\/new$/)
    expect(await page.getByLabel('姓名').inputValue()).toBe('李四')
    expect(await page.getByLabel('联系电话').inputValue()).toBe('13912345678')
    expect(await page.getByLabel('标题').inputValue()).toBe('停机时提交的留言')
    expect(await page.getByLabel('留言内容').inputValue()).toBe('建议在人民公园东门增设公交站点，方便市民出行。')
    expect(await page.getByRole('radio', { name: '建议' }).isChecked()).toBe(true)
    expect(await page.getByRole('radio', { name: '同意公开', exact: true }).isChecked()).toBe(true)
    await page.close()
  })
})
