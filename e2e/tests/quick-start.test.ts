import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginToAdmin } from './harness/admin.js'
import { launchChromium } from './harness/browser.js'
import { freePort, startCms, startSite, tempDataDirectory, testSecret, type RunningApp } from '@govsite/process-harness'

const DEMO_PASSWORD = 'demo-password-e2e-2026'

describe('built GovSite: admin in Chinese, site health, demo data', () => {
  let cmsEnv: Record<string, string>
  let cms: RunningApp
  let site: RunningApp
  let browser: Browser

  beforeAll(async () => {
    const dataDirectory = await tempDataDirectory()
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    cmsEnv = {
      PAYLOAD_SECRET: testSecret(),
      DATABASE_URL: `file:${dataDirectory}/govsite.db`,
      MEDIA_DIR: `${dataDirectory}/media`,
      CMS_PORT: String(cmsPort),
      CMS_PUBLIC_URL: `http://127.0.0.1:${cmsPort}`,
      DEMO_PASSWORD,
    }
    ;[cms, site, browser] = await Promise.all([
      startCms(cmsEnv),
      startSite({ SITE_PORT: String(sitePort), CMS_URL: `http://127.0.0.1:${cmsPort}` }),
      launchChromium(),
    ])
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([cms?.stop(), site?.stop()])
  })

  it('prints the demo password with a warning to change it', () => {
    expect(cms.output()).toContain(`密码“${DEMO_PASSWORD}”。请在正式使用前修改这些密码！`)
  })

  it('logs the demo editor into the admin and shows the dashboard in Chinese', async () => {
    const page = await loginToAdmin(browser, cms.url, 'editor@example.gov.cn', DEMO_PASSWORD)
    await page.getByText('文章', { exact: true }).first().waitFor()
    expect(await page.getByText('内容管理', { exact: true }).count()).toBeGreaterThan(0)
    expect(await page.getByText('站点', { exact: true }).count()).toBe(0)
    expect(await page.getByRole('heading', { name: '我的审核工作' }).count()).toBe(1)
    expect(await page.getByText('Dashboard').count()).toBe(0)
    if (process.env.GOVSITE_SCREENSHOTS) await page.screenshot({ path: `${process.env.GOVSITE_SCREENSHOTS}/admin-dashboard.png` })
    await page.context().close()
  })

  it('switches the admin to English when the user chose it', async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: cms.url }])
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.getByRole('button', { name: 'Login' }).waitFor()
    await context.close()
  })

  it('loads the site health page in the browser, with the CMS answering', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${site.url}/healthz`)
    expect(response?.status()).toBe(200)
    const health = JSON.parse(await page.locator('body').innerText()) as Record<string, Record<string, unknown>>
    expect(health.site?.status).toBe('ok')
    expect(health.cms?.status).toBe('ok')
    await page.close()
  })

  it('serves REST on IPv6 and GraphQL at /api/graphql', async () => {
    const rest = await fetch(`http://[::1]:${cms.port}/api/sites?where[slug][equals]=portal`)
    expect(rest.status).toBe(200)
    expect(((await rest.json()) as { docs: { englishDomain: string }[] }).docs[0]?.englishDomain).toBe('www.example.gov.cn')
    const graphql = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Sites(where: { slug: { equals: "portal" } }) { docs { name englishDomain } } }' }),
    })
    expect(await graphql.json()).toEqual({ data: { Sites: { docs: [{ name: '示例市人民政府', englishDomain: 'www.example.gov.cn' }] } } })
  })

  it('never re-seeds or duplicates demo data on restart', async () => {
    const counts = async () => {
      const login = await fetch(`${cms.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.gov.cn', password: DEMO_PASSWORD }),
      })
      const { token } = (await login.json()) as { token: string }
      const total = async (collection: string) =>
        (
          (await (await fetch(`${cms.url}/api/${collection}?limit=1`, { headers: { authorization: `JWT ${token}` } })).json()) as {
            totalDocs: number
          }
        ).totalDocs
      return { users: await total('users'), sites: await total('sites'), articles: await total('articles') }
    }
    const before = await counts()
    expect(before.sites).toBe(4)
    expect(before.articles).toBeGreaterThan(20)
    await cms.stop()
    cms = await startCms(cmsEnv)
    expect(cms.output()).not.toContain('已创建演示数据')
    expect(await counts()).toEqual(before)
  })
})
