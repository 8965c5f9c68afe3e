import type { Browser, Page } from 'playwright-core'

/** Log into the Payload admin through its login form, in a fresh browser context. */
export async function loginToAdmin(browser: Browser, cmsUrl: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}
