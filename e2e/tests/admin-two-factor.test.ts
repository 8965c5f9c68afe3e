import { Secret, TOTP } from 'otpauth'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginToAdmin } from './harness/admin.js'
import { launchChromium } from './harness/browser.js'
import { DEMO_PASSWORD, startDemoPlatform, type DemoPlatform } from './harness/demo-platform.js'

/**
 * The code an authenticator app shows `stepsAhead` periods from now: the server accepts one
 * period of clock drift, so the next period's code signs in without waiting for it, and is not
 * the (spent) code that confirmed the binding.
 */
const codeFor = (secret: string, stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + stepsAhead * 30_000 })

const screenshot = async (page: Page, name: string) => {
  if (process.env.GOVSITE_SCREENSHOTS) await page.screenshot({ path: `${process.env.GOVSITE_SCREENSHOTS}/${name}.png` })
}

async function bindAuthenticator(page: Page, name: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByRole('button', { name: '绑定身份验证器' }).click()
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? ''
  await screenshot(page, `${name}-qr`)
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  await expect(page.getByRole('img', { name: '两步验证二维码' }).isVisible()).resolves.toBe(true)
  await page.locator('#field-totp-confirm').fill(codeFor(secret))
  await page.getByRole('button', { name: '确认绑定' }).click()
  await page.getByTestId('totp-recovery-codes').waitFor()
  await screenshot(page, `${name}-recovery-codes`)
  const recoveryCodes = await page.getByTestId('totp-recovery-codes').locator('li').allTextContents()
  expect(recoveryCodes).toHaveLength(10)
  return { secret, recoveryCodes }
}

/** The login form's own message (Next.js adds a route announcer with the same role). */
async function loginMessage(page: Page): Promise<string> {
  const alert = page.locator('.login__form [role="alert"]')
  await alert.waitFor()
  return (await alert.textContent()) ?? ''
}

async function openLogin(browser: Browser, cmsUrl: string, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  return page
}

/** R-SEC-ACCOUNTS in the admin: binding an authenticator, signing in with its code, and the platform requirement. */
describe('two-factor sign-in in the admin', () => {
  let platform: DemoPlatform
  let browser: Browser
  let adminSecret = ''
  let adminRecoveryCodes: string[] = []

  beforeAll(async () => {
    ;[platform, browser] = await Promise.all([startDemoPlatform(), launchChromium()])
  })
  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  it('binds an authenticator from the account page, then asks for its code at the next sign-in', async () => {
    const page = await loginToAdmin(browser, platform.cms.url, 'admin@example.gov.cn', DEMO_PASSWORD)
    await page.goto(`${platform.cms.url}/admin/account`)
    const panel = page.getByRole('region', { name: '两步验证' })
    await expect(panel.getByTestId('totp-state').textContent()).resolves.toBe('未启用')
    await panel.getByRole('button', { name: '启用两步验证' }).click()
    ;({ secret: adminSecret, recoveryCodes: adminRecoveryCodes } = await bindAuthenticator(page, 'account-totp'))
    await page.getByRole('button', { name: '我已保存恢复码' }).click()
    await page.getByRole('region', { name: '两步验证' }).getByTestId('totp-state').filter({ hasText: '已启用' }).waitFor()

    const next = await openLogin(browser, platform.cms.url, 'admin@example.gov.cn', DEMO_PASSWORD)
    await next.locator('#field-totp').waitFor()
    await screenshot(next, 'login-totp-code')
    await next.locator('#field-totp').fill('000000')
    await next.getByRole('button', { name: '登录' }).click()
    await expect(loginMessage(next)).resolves.toContain('动态验证码不正确')
    await next.locator('#field-totp').fill(codeFor(adminSecret, 1))
    await next.getByRole('button', { name: '登录' }).click()
    await next.waitForURL((url) => url.pathname === '/admin')
    await next.getByText('待审核').first().waitFor()
  })

  it('shows the same message for a wrong password and an unknown account', async () => {
    const wrong = await openLogin(browser, platform.cms.url, 'editor@example.gov.cn', 'not-the-password-at-all')
    const unknown = await openLogin(browser, platform.cms.url, 'nobody@example.gov.cn', 'not-the-password-at-all')
    const [wrongText, unknownText] = await Promise.all([loginMessage(wrong), loginMessage(unknown)])
    expect(wrongText).toBe('邮箱或密码不正确；连续失败 5 次后账户将锁定 15 分钟')
    expect(unknownText).toBe(wrongText)
  })

  it('makes a platform admin without an authenticator bind one at sign-in once the platform requires it', async () => {
    const login = await fetch(`${platform.cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Test 1 spent this period's codes; a recovery code stands in without waiting for the next one.
      body: JSON.stringify({ email: 'admin@example.gov.cn', password: DEMO_PASSWORD, totp: adminRecoveryCodes[0] }),
    })
    const admin = ((await login.json()) as { token: string }).token
    const auth = { 'content-type': 'application/json', authorization: `JWT ${admin}` }
    const required = await fetch(`${platform.cms.url}/api/globals/account-security`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ requireTotpForPlatformAdmins: true }),
    })
    expect(required.status).toBe(200)
    const created = await fetch(`${platform.cms.url}/api/users`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ email: 'deputy.admin@example.gov.cn', name: '副管理员', password: DEMO_PASSWORD, platformRole: 'platform-admin' }),
    })
    expect(created.status).toBe(201)

    const page = await openLogin(browser, platform.cms.url, 'deputy.admin@example.gov.cn', DEMO_PASSWORD)
    await page.getByText('平台要求平台管理员使用两步验证').waitFor()
    await screenshot(page, 'login-totp-enrolment-required')
    const { secret } = await bindAuthenticator(page, 'login-totp')
    await page.getByRole('button', { name: '我已保存恢复码' }).click()
    await page.locator('#field-totp').fill(codeFor(secret, 1))
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
  })
})
