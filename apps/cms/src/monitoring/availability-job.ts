import { chinaDate, type FailedCheck } from '@govsite/domain'
import { AVAILABILITY_TIMEOUT_MS, LINK_REASON_LABELS, probeAvailability, probeIntervalMinutes, type AvailabilityCheck, type PageProbe } from '@govsite/monitors'
import type { Payload } from 'payload'

import type { AvailabilityDay } from '../payload-types'
import { FAILED_CHECKS_KEPT_PER_DAY } from './availability-days-collection'
import { monitoredSites, type MonitoredSite } from './monitored-sites'
import type { MonitorRuntime } from './monitor-runtime'
import { loadMonitorSettings } from './monitor-settings-global'

const MINUTE_MS = 60_000

/** What a failed page probe says in the evidence, in Chinese. */
function failureReason(page: PageProbe): string {
  if (page.status !== undefined) return `HTTP ${page.status}`
  if (page.failure === 'timeout') return `超时（${AVAILABILITY_TIMEOUT_MS / 1000} 秒内无应答）`
  return page.failure ? LINK_REASON_LABELS[page.failure] : '无应答'
}

interface StoredFailedCheck {
  at: string
  url: string
  reason: string
}

/** Add one check to the site's tally of its China day, keeping the day's latest failed pages. */
async function recordCheck(payload: Payload, siteId: string, check: AvailabilityCheck): Promise<void> {
  const date = chinaDate(check.checkedAt)
  const found = await payload.find({
    collection: 'availability-days',
    where: { and: [{ site: { equals: siteId } }, { date: { equals: date } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const day = found.docs[0] as AvailabilityDay | undefined
  const failed: StoredFailedCheck[] = check.pages
    .filter((page) => !page.ok)
    .map((page) => ({ at: check.checkedAt.toISOString(), url: page.url, reason: failureReason(page) }))
  const failedChecks = [...((day?.failedChecks as StoredFailedCheck[] | null | undefined) ?? []), ...failed].slice(-FAILED_CHECKS_KEPT_PER_DAY)
  const tally = { checks: (day?.checks ?? 0) + 1, failures: (day?.failures ?? 0) + (check.ok ? 0 : 1), failedChecks }
  if (day) await payload.update({ collection: 'availability-days', id: day.id, data: tally, depth: 0, overrideAccess: true })
  else await payload.create({ collection: 'availability-days', data: { site: siteId, date, ...tally }, depth: 0, overrideAccess: true })
}

/** R-VETO-AVAILABILITY: probe one site's homepage and key pages once and count the check. */
export async function probeSite(payload: Payload, runtime: MonitorRuntime, site: MonitoredSite, now: Date): Promise<AvailabilityCheck> {
  const check = await probeAvailability(runtime.client, { publicAddress: site.address, keyPages: site.keyPages }, { now: () => now })
  await recordCheck(payload, site.id, check)
  return check
}

/**
 * R-VETO-AVAILABILITY, R-DAILY-INSPECT (each minute): probe every online site whose interval has
 * passed since its last probe — 5 minutes for portals, 15 for other sites unless the platform
 * sets otherwise. Sites are probed side by side; a slow site does not delay the others' checks.
 */
export async function runDueAvailabilityProbes(payload: Payload, runtime: MonitorRuntime, now: Date): Promise<number> {
  const { schedule } = await loadMonitorSettings(payload)
  const due = (await monitoredSites(payload, runtime)).filter((site) => {
    const last = runtime.lastProbedAt.get(site.id)
    return last === undefined || now.getTime() - last >= probeIntervalMinutes(site.kind, schedule) * MINUTE_MS
  })
  for (const site of due) runtime.lastProbedAt.set(site.id, now.getTime())
  await Promise.all(due.map((site) => probeSite(payload, runtime, site, now)))
  return due.length
}

/** The stored failed checks of a day row, as the compliance input reads them. */
export function failedChecksOf(day: Pick<AvailabilityDay, 'failedChecks'>): FailedCheck[] {
  return ((day.failedChecks as StoredFailedCheck[] | null | undefined) ?? []).map((check) => ({ at: new Date(check.at), url: check.url, reason: check.reason }))
}
