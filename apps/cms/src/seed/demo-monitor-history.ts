import { addDays, chinaDate } from '@govsite/domain'
import { probeIntervalMinutes } from '@govsite/monitors'

import type { DemoPlatform } from './demo-platform'
import { DEMO_SITES } from './demo-sites'
import { DAY_MS } from './demo-timeline'

const HOUR_MS = 60 * 60 * 1000

/** Days of availability tallies before the seeding day: a whole window for yesterday's inspection too. */
const HISTORY_DAYS = 8

/**
 * The monitors' week before the demo began (R-VETO-AVAILABILITY, R-VETO-NO-CHANNEL): a full day of
 * checks per site and day at its probe interval, all good but a few timeouts at the county, and a
 * working message channel an hour before each of the two inspections the seed runs. Without it
 * every site would only warn that the monitoring cannot vouch for it yet. From the first start
 * the real monitors add to it.
 */
export async function seedDemoMonitorHistory(platform: DemoPlatform, seededAt: Date): Promise<void> {
  const { req } = platform
  const today = chinaDate(seededAt)
  for (const site of DEMO_SITES) {
    const checks = (24 * 60) / probeIntervalMinutes(site.kind)
    for (let back = HISTORY_DAYS; back >= 1; back--) {
      const date = addDays(today, -back)
      const timeouts = site.slug === 'county' && back === 2 ? [9, 10, 11] : []
      const failedChecks = timeouts.map((hour) => ({
        at: new Date(`${date}T${String(hour).padStart(2, '0')}:20:00+08:00`).toISOString(),
        url: `https://${site.englishDomain}/`,
        reason: '超时（15 秒内无应答）',
      }))
      await req.payload.create({
        collection: 'availability-days',
        data: { site: platform.sites[site.slug], date, checks, failures: timeouts.length, failedChecks },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    for (const before of [DAY_MS + HOUR_MS, HOUR_MS]) {
      await req.payload.create({
        collection: 'channel-checks',
        data: { site: platform.sites[site.slug], checkedAt: new Date(seededAt.getTime() - before).toISOString(), formWorks: true, intakeWorks: true },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  }
}
