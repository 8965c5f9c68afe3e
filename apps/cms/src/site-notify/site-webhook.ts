import { siteWebhookEnvSchema, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER, type SiteWebhookEvent, type SiteWebhookPayload } from '@govsite/domain'
// The subpath keeps the rest of the kit (the mail receiver) out of Payload's bundle.
import { signSiteWebhook } from '@govsite/node-kit/site-webhook-signature'

const TIMEOUT_MS = 2000
const RETRY_DELAY_MS = 200

let announced = false

/** The webhook settings from the environment (read per call so tests and restarts see changes). */
export function siteWebhookSettings(env: NodeJS.ProcessEnv = process.env): { url: string; secret: string | undefined } {
  const parsed = siteWebhookEnvSchema.safeParse(env)
  if (!parsed.success) return { url: '', secret: undefined }
  return parsed.data
}

/** Say once per process that notifications are off; call at start-up. */
export function announceSiteWebhook(env: NodeJS.ProcessEnv = process.env): void {
  if (announced) return
  announced = true
  const { url, secret } = siteWebhookSettings(env)
  if (!secret) console.warn('GovSite CMS：未设置 SITE_WEBHOOK_SECRET，发布后不通知公共网站（网站页面在缓存期满后更新）')
  else console.log(`GovSite CMS：发布通知将发送到 ${url}`)
}

async function post(url: string, secret: string, body: string): Promise<void> {
  const timestamp = String(Date.now())
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
      [WEBHOOK_SIGNATURE_HEADER]: signSiteWebhook(secret, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  await response.body?.cancel().catch(() => undefined)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
}

/**
 * Tell the public site that a site's published content changed, after the change committed.
 * Fire-and-forget: a short timeout and one retry, failures are logged and never thrown. The
 * returned promise (which never rejects) lets tests wait for delivery.
 */
export function notifySite(event: SiteWebhookEvent, collection: string, id: string, site: string | null): Promise<void> {
  if (!site) return Promise.resolve()
  return deliver({ event, collection, id, site }, `${event} ${collection}/${id}`)
}

/**
 * Tell the public site this CMS has just started. A notification is sent only after its change
 * committed, so a CMS killed in between left a committed change the site never heard of (an
 * unpublished page still cached); on `cms-start` the site drops every cached page. Awaited at
 * start-up, so the CMS announces readiness only once the site has forgotten what may be stale.
 */
export function notifySiteOfStart(): Promise<void> {
  return deliver({ event: 'cms-start' }, 'cms-start')
}

function deliver(payload: SiteWebhookPayload, what: string): Promise<void> {
  announceSiteWebhook()
  const { url, secret } = siteWebhookSettings()
  if (!secret || !url) return Promise.resolve()
  const body = JSON.stringify(payload)
  const attempt = async (): Promise<void> => {
    try {
      await post(url, secret, body)
    } catch (first) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS))
      try {
        await post(url, secret, body)
      } catch (second) {
        console.error(`GovSite CMS：通知公共网站失败（${what}）：${String(first)}；重试：${String(second)}`)
      }
    }
  }
  const delivery = attempt().finally(() => pending.delete(delivery))
  pending.add(delivery)
  return delivery
}

const pending = new Set<Promise<void>>()

/** Resolves when every notification sent so far was delivered or given up (tests). */
export async function siteNotificationsSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending])
}
