import { chinaDate, type PlatformEvaluation } from '@govsite/domain'
import type { Payload } from 'payload'

import { INSPECTION_SNAPSHOTS } from './inspection-snapshots'
import { runInspection } from './run-inspection'

/**
 * R-DAILY-INSPECT, the timed job: once per China day, the first time it runs that day (so a
 * restart neither skips nor repeats a day), every site is inspected. A day on which every
 * online site already has a snapshot is left as it is; null then.
 */
export async function runDailyInspection(payload: Payload, now: Date): Promise<PlatformEvaluation | null> {
  const today = chinaDate(now)
  const online = await payload.find({
    collection: 'sites',
    where: { status: { equals: 'online' } },
    select: { status: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const { docs } = await payload.find({
    collection: INSPECTION_SNAPSHOTS,
    where: { date: { equals: today } },
    select: { site: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const inspected = new Set(docs.map((doc) => String(doc.site)))
  if (online.docs.every((site) => inspected.has(site.id))) return null
  return runInspection(payload, now)
}
