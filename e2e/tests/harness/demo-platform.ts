import { randomBytes } from 'node:crypto'

import { freePort, startCms, startSite, tempDataDirectory, testSecret, type RunningApp } from '@govsite/process-harness'

export const DEMO_PASSWORD = 'demo-password-e2e-2026'
export const FULL_CHECKLIST = { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true, warningsAcknowledged: true }

/**
 * The built CMS seeded with the demo on a fresh SQLite file (the demo accounts' password is
 * DEMO_PASSWORD), on `port` (a free one by default), with `env` added, e.g. the secrets it shares
 * with a public site.
 */
export async function startDemoCms(options: { port?: number; env?: Record<string, string> } = {}): Promise<RunningApp> {
  const dataDirectory = await tempDataDirectory()
  const port = options.port ?? (await freePort())
  return startCms({
    PAYLOAD_SECRET: testSecret(),
    DATABASE_URL: `file:${dataDirectory}/govsite.db`,
    MEDIA_DIR: `${dataDirectory}/media`,
    CMS_PORT: String(port),
    CMS_PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEMO_PASSWORD,
    ...options.env,
  })
}

export interface DemoPlatform {
  cms: RunningApp
  site: RunningApp
  stop: () => Promise<void>
}

/**
 * The built CMS, seeded with the demo on a fresh SQLite file, and the public site in front of it,
 * wired as `npm start` wires them: signed invalidation webhook and the interaction service secret.
 */
export async function startDemoPlatform(): Promise<DemoPlatform> {
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const webhookSecret = randomBytes(24).toString('hex')
  const serviceSecret = randomBytes(24).toString('hex')
  const [cms, site] = await Promise.all([
    startDemoCms({
      port: cmsPort,
      env: { SITE_WEBHOOK_URL: `http://127.0.0.1:${sitePort}/_hooks/invalidate`, SITE_WEBHOOK_SECRET: webhookSecret, SITE_SERVICE_SECRET: serviceSecret },
    }),
    startSite({ SITE_PORT: String(sitePort), CMS_URL: `http://127.0.0.1:${cmsPort}`, SITE_WEBHOOK_SECRET: webhookSecret, SITE_SERVICE_SECRET: serviceSecret }),
  ])
  return { cms, site, stop: async () => void (await Promise.all([cms.stop(), site.stop()])) }
}

/** JWTs of demo accounts (`<who>@example.gov.cn`), logged in over REST. */
export async function demoTokens(cmsUrl: string, accounts: readonly string[]): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {}
  for (const who of accounts) {
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${who}@example.gov.cn`, password: DEMO_PASSWORD }),
    })
    if (!login.ok) throw new Error(`login ${who}: HTTP ${login.status}`)
    tokens[who] = ((await login.json()) as { token: string }).token
  }
  return tokens
}
