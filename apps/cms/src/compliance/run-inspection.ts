import { evaluatePlatform, type PlatformEvaluation, type SiteEvaluation } from '@govsite/domain'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { alertOnEvaluation } from '../notifications/supervision-alerts'
import { syncRectificationOrders } from '../rectification/sync-rectification-orders'
import { loadComplianceSettings } from './compliance-settings-global'
import { idOf } from '../shared/relation-id'
import { INSPECTION_SNAPSHOTS } from './inspection-snapshots'
import { buildSiteInputs } from './site-inputs'

/** An evaluation as stored and answered: instants as ISO strings. */
export const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value))

/** Evaluate every site (or one) as of `now`, without storing anything: what today's dashboard shows. */
export async function evaluateNow(payload: Payload, now: Date, siteIds?: readonly string[]): Promise<PlatformEvaluation> {
  const settings = await loadComplianceSettings(payload)
  return evaluatePlatform(await buildSiteInputs(payload, now, siteIds), now, settings)
}

/** The rules a stored snapshot failed and warned, which is all an alert compares. */
export type PreviousResult = Pick<SiteEvaluation, 'failing' | 'warning'>

/**
 * Each site's latest stored result, before this run stores its own: the newest snapshots of all
 * the sites in one read (two per site a page, so a one-site run since the last full one still
 * fits), paging on only while a site has none yet — only a site never inspected reads them all.
 */
async function previousResults(payload: Payload, siteIds: readonly string[]): Promise<Map<string, PreviousResult>> {
  const previous = new Map<string, PreviousResult>()
  if (siteIds.length === 0) return previous
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: INSPECTION_SNAPSHOTS,
      where: { site: { in: siteIds } },
      select: { site: true, failing: true, warning: true },
      sort: '-createdAt',
      limit: 2 * siteIds.length,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const site = idOf(doc.site)
      if (site !== null && !previous.has(site))
        previous.set(site, { failing: doc.failing as PreviousResult['failing'], warning: doc.warning as PreviousResult['warning'] })
    }
    if (!hasNextPage || previous.size === siteIds.length) return previous
  }
}

/**
 * R-DAILY-INSPECT, R-INSPECT-CYCLE: evaluate every site (or one), store a snapshot per inspected
 * site for `now`'s China day and bring the rectification orders in line with it, in one
 * transaction; once committed, alert each site whose rules rose since its previous evaluation
 * (R-WARN-EARLY). The daily job and `POST /api/compliance/run` both come here.
 */
export async function runInspection(payload: Payload, now: Date, siteId?: string): Promise<PlatformEvaluation> {
  const evaluation = await evaluateNow(payload, now, siteId === undefined ? undefined : [siteId])
  const previous = await previousResults(
    payload,
    evaluation.sites.map((site) => site.siteId),
  )
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    for (const site of evaluation.sites) {
      await payload.create({
        collection: INSPECTION_SNAPSHOTS,
        data: {
          site: site.siteId,
          date: site.date,
          status: site.status,
          failing: site.failing,
          warning: site.warning,
          evaluation: asJson(site) as Record<string, unknown>,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    await syncRectificationOrders(payload, evaluation.sites, now, req)
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
  for (const site of evaluation.sites) await alertOnEvaluation(payload, site, previous.get(site.siteId) ?? null, now)
  return evaluation
}
