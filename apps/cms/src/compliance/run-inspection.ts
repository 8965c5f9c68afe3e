import { evaluatePlatform, type PlatformEvaluation } from '@govsite/domain'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { loadComplianceSettings } from './compliance-settings-global'
import { INSPECTION_SNAPSHOTS } from './inspection-snapshots'
import { buildSiteInputs } from './site-inputs'

/** An evaluation as stored and answered: instants as ISO strings. */
export const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value))

/** Evaluate every site (or one) as of `now`, without storing anything: what today's dashboard shows. */
export async function evaluateNow(payload: Payload, now: Date, siteIds?: readonly string[]): Promise<PlatformEvaluation> {
  const settings = await loadComplianceSettings(payload)
  return evaluatePlatform(await buildSiteInputs(payload, now, siteIds), now, settings)
}

/**
 * R-DAILY-INSPECT: evaluate every site (or one) and store a snapshot per inspected site for
 * `now`'s China day, in one transaction. The daily job and `POST /api/compliance/run` both come
 * here; the evaluations are returned for whoever acts on them (rectification orders, alerts).
 */
export async function runInspection(payload: Payload, now: Date, siteId?: string): Promise<PlatformEvaluation> {
  const evaluation = await evaluateNow(payload, now, siteId === undefined ? undefined : [siteId])
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
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
  return evaluation
}
