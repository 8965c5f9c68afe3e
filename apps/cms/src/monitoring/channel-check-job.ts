import { AVAILABILITY_TIMEOUT_MS, LINK_REASON_LABELS } from '@govsite/monitors'
import type { Payload } from 'payload'

import type { ChannelCheck } from '../payload-types'
import { monitoredSites, type MonitoredSite } from './monitored-sites'
import type { MonitorRuntime } from './monitor-runtime'

/** R-VETO-NO-CHANNEL: each site's channel is checked every 6 hours (the rule trusts a check for 48), a failing one again after 15 minutes. */
export const CHANNEL_CHECK_EVERY_MS = 6 * 60 * 60 * 1000
export const CHANNEL_RECHECK_FAILED_MS = 15 * 60 * 1000

/** The 我要写信 page carries the form that posts the message. */
const MESSAGE_FORM = /<form\b[^>]*\baction="[^"]*\/messages\/new"/i

async function checkForm(runtime: MonitorRuntime, site: MonitoredSite): Promise<string | null> {
  const url = new URL('messages/new', site.address).href
  const result = await runtime.client.request(url, { readBody: true, retries: 0, totalTimeoutMs: AVAILABILITY_TIMEOUT_MS })
  if (result.kind === 'failure') return `留言页面 ${url} 无法打开：${LINK_REASON_LABELS[result.reason]}`
  if (result.status !== 200) return `留言页面 ${url} 答复 HTTP ${result.status}`
  if (!MESSAGE_FORM.test(result.body?.toString('utf8') ?? '')) return `留言页面 ${url} 没有留言表单`
  return null
}

/**
 * The CMS's intake behind the form, as the public site reaches it: `/api/public/messages` with the
 * site's service credential (a read of the site's answered messages, so nothing is written).
 */
async function checkIntake(runtime: MonitorRuntime, site: MonitoredSite): Promise<string | null> {
  const url = `${runtime.cmsUrl}/api/public/messages?site=${encodeURIComponent(site.slug)}`
  const secret = process.env.SITE_SERVICE_SECRET?.trim()
  try {
    const response = await fetch(url, {
      headers: secret ? { authorization: `Bearer ${secret}` } : {},
      signal: AbortSignal.timeout(AVAILABILITY_TIMEOUT_MS),
    })
    if (response.ok) return null
    const body = (await response.json().catch(() => ({}))) as { message?: unknown }
    return `留言受理接口答复 HTTP ${response.status}${typeof body.message === 'string' ? `：${body.message}` : ''}`
  } catch (error) {
    return `留言受理接口无法连接：${String((error as Error).message ?? error)}`
  }
}

/** R-VETO-NO-CHANNEL: does the site's message form answer, and the CMS's intake behind it? Stored as one check. */
export async function checkChannelOfSite(payload: Payload, runtime: MonitorRuntime, site: MonitoredSite, now: Date): Promise<ChannelCheck> {
  const [formProblem, intakeProblem] = await Promise.all([checkForm(runtime, site), checkIntake(runtime, site)])
  const problem = [formProblem, intakeProblem].filter(Boolean).join('；')
  return (await payload.create({
    collection: 'channel-checks',
    data: { site: site.id, checkedAt: now.toISOString(), formWorks: formProblem === null, intakeWorks: intakeProblem === null, problem: problem || null },
    depth: 0,
    overrideAccess: true,
  })) as ChannelCheck
}

/** R-VETO-NO-CHANNEL (every 5 minutes): check every online site whose last channel check is 6 hours old, or 15 minutes when it failed. */
export async function runDueChannelChecks(payload: Payload, runtime: MonitorRuntime, now: Date): Promise<number> {
  let checked = 0
  for (const site of await monitoredSites(payload, runtime)) {
    const last = await payload.find({
      collection: 'channel-checks',
      where: { site: { equals: site.id } },
      sort: '-checkedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const previous = last.docs[0] as ChannelCheck | undefined
    const wait = previous?.formWorks && previous.intakeWorks ? CHANNEL_CHECK_EVERY_MS : CHANNEL_RECHECK_FAILED_MS
    if (previous && now.getTime() - new Date(previous.checkedAt).getTime() < wait) continue
    await checkChannelOfSite(payload, runtime, site, now)
    checked++
  }
  return checked
}
