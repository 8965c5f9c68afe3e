import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './harness/browser.js'
import { freePort, startCms, tempDataDirectory, testSecret, type RunningApp } from '@govsite/process-harness'

const PASSWORD = 'demo-password-e2e-2026'
/** A one-pixel PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64')

/**
 * The admin in a real browser under the CMS's security headers, reached at its canonical address
 * (http://localhost:<port>), at a second allowed address (http://127.0.0.1:<port>, in
 * CMS_ALLOWED_ORIGINS) and at one that is not allowed (http://[::1]:<port>).
 */
describe('admin security in the browser: CSP, admin origins', () => {
  let cms: RunningApp
  let browser: Browser
  let canonical: string
  let second: string

  beforeAll(async () => {
    const dataDirectory = await tempDataDirectory()
    const port = await freePort()
    canonical = `http://localhost:${port}`
    second = `http://127.0.0.1:${port}`
    ;[cms, browser] = await Promise.all([
      startCms({
        PAYLOAD_SECRET: testSecret(),
        DATABASE_URL: `file:${dataDirectory}/govsite.db`,
        MEDIA_DIR: `${dataDirectory}/media`,
        CMS_PORT: String(port),
        CMS_PUBLIC_URL: canonical,
        CMS_ALLOWED_ORIGINS: second,
        DEMO_PASSWORD: PASSWORD,
      }),
      launchChromium(),
    ])
  })

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  /** A browser context that records every CSP violation its pages report, by event and on the console. */
  async function watchedContext(): Promise<{ context: BrowserContext; violations: string[] }> {
    const context = await browser.newContext({ locale: 'zh-CN' })
    const violations: string[] = []
    await context.exposeBinding('reportCspViolation', (_source, text: string) => void violations.push(text))
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
        report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`)
      })
    })
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
    })
    return { context, violations }
  }

  async function login(page: Page, base: string, email: string) {
    const response = await page.goto(`${base}/admin/login`)
    // The policy under test is really there: scripts by nonce only, no framing.
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'none'/)
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
  }

  async function saveDraft(page: Page): Promise<string> {
    await page.getByRole('button', { name: '保存草稿' }).click()
    const toast = page.locator('.toast-success, .toast-error, [data-sonner-toast]').first()
    await toast.waitFor()
    return toast.innerText()
  }

  it('works under its CSP with no violation: log in, list, edit and save, rich text, upload', async () => {
    const { context, violations } = await watchedContext()
    const page = await context.newPage()
    await login(page, canonical, 'editor@example.gov.cn')

    await page.goto(`${canonical}/admin/collections/articles`)
    await page.locator('.collection-list, .table').first().waitFor()

    await page.goto(`${canonical}/admin/collections/articles/create`)
    await page.locator('#field-title').fill('关于开展城市环境整治工作的通知')
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await page.keyboard.type('为进一步改善城市环境，现就有关事项通知如下。')
    expect(await saveDraft(page)).toMatch(/成功/)
    await expect.poll(() => page.url()).toMatch(/\/admin\/collections\/articles\/[0-9a-f-]{36}/)

    await page.goto(`${canonical}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG })
    await page.locator('#field-alt').fill('城市环境整治现场')
    await page.locator('#field-site').click()
    await page.getByRole('option').first().click()
    await page.getByRole('button', { name: '保存' }).click()
    await page.locator('.toast-success, [data-sonner-toast]').first().waitFor()
    await expect.poll(() => page.url()).toMatch(/\/admin\/collections\/media\/[0-9a-f-]{36}/)

    expect(violations).toEqual([])
    await context.close()
  })

  it('saves at the second allowed address (CMS_ALLOWED_ORIGINS) instead of answering 您无权执行此操作', async () => {
    const { context, violations } = await watchedContext()
    const page = await context.newPage()
    await login(page, second, 'editor@example.gov.cn')
    await page.goto(`${second}/admin/collections/articles/create`)
    await page.locator('#field-title').fill('关于做好防汛准备工作的通知')
    expect(await saveDraft(page)).toMatch(/成功/)
    expect(await page.locator('body').innerText()).not.toContain('您无权执行此操作')
    expect(violations).toEqual([])
    await context.close()
  })

  it('sends the admin at an address that is not allowed to the canonical login', async () => {
    const { context } = await watchedContext()
    const page = await context.newPage()
    await page.goto(`http://[::1]:${cms.port}/admin/collections/articles`)
    await page.waitForURL(`${canonical}/admin/login`)
    await page.locator('#field-email').waitFor()
    await context.close()
  })
})
