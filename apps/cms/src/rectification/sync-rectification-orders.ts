import {
  ACTIVE_RECTIFICATION_STATES,
  chinaDate,
  chinaDayEnd,
  COMPLIANCE_RULES,
  planRectification,
  type RecordedOrder,
  type RectificationFinding,
  type SiteEvaluation,
} from '@govsite/domain'
import type { Payload, PayloadRequest, Where } from 'payload'

import { idOf } from '../shared/relation-id'
import { INSPECTION_WRITE, type InspectionWrite } from './inspection-write'

export interface RectificationSyncResult {
  opened: number
  fixed: number
  reopened: number
  escalated: number
  released: number
}

const TITLES = new Map<string, string>(COMPLIANCE_RULES.map((rule) => [rule.id, rule.title]))

/** Automatic orders the plan must see: active ones, and dismissed ones whose problem is still found. */
const recordedWhere = (siteIds: string[]): Where => ({
  and: [
    { site: { in: siteIds } },
    { source: { equals: 'automatic' } },
    { or: [{ state: { in: [...ACTIVE_RECTIFICATION_STATES] } }, { and: [{ state: { equals: 'dismissed' } }, { problemGoneAt: { exists: false } }] }] },
  ],
})

const deadlineValue = (date: string) => chinaDayEnd(date).toISOString()

function evidence(finding: RectificationFinding) {
  return {
    summary: finding.summary,
    evidenceUrl: finding.url,
    foundAt: finding.foundAt.toISOString(),
    adminPath: finding.target ? `/admin/collections/${finding.target.collection}/${finding.target.id}` : null,
  }
}

/**
 * R-INSPECT-CYCLE: apply each site's evaluation to its automatic rectification orders
 * (`planRectification`): open orders for new findings, close as fixed those whose problem is gone,
 * send reported fixes the check still finds back to in progress, escalate warnings that now fail.
 * Every write goes through the collection's move table as the inspection. Pass `req` to run
 * inside the caller's transaction.
 */
export async function syncRectificationOrders(
  payload: Payload,
  evaluations: readonly SiteEvaluation[],
  now: Date,
  req?: Partial<PayloadRequest>,
): Promise<RectificationSyncResult> {
  const result: RectificationSyncResult = { opened: 0, fixed: 0, reopened: 0, escalated: 0, released: 0 }
  if (evaluations.length === 0) return result
  const found = await payload.find({
    collection: 'rectification-orders',
    where: recordedWhere(evaluations.map((evaluation) => evaluation.siteId)),
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const bySite = new Map<string, RecordedOrder[]>()
  for (const doc of found.docs) {
    const site = idOf(doc.site)!
    const order: RecordedOrder = {
      id: String(doc.id),
      rule: doc.rule,
      findingKey: doc.findingKey ?? '',
      state: doc.state,
      severity: doc.severity,
      deadline: chinaDate(new Date(doc.deadline)),
    }
    bySite.set(site, [...(bySite.get(site) ?? []), order])
  }
  const write = (note: string) => ({ ...req, context: { ...req?.context, [INSPECTION_WRITE]: { note, at: now } satisfies InspectionWrite } })
  const update = (id: string, data: Record<string, unknown>, note: string) =>
    payload.update({ collection: 'rectification-orders', id, data, depth: 0, overrideAccess: true, req: write(note) })

  for (const evaluation of evaluations) {
    const plan = planRectification(evaluation, bySite.get(evaluation.siteId) ?? [], now)
    const day = evaluation.date
    for (const { finding, deadline } of plan.open) {
      await payload.create({
        collection: 'rectification-orders',
        data: {
          title: `${TITLES.get(finding.rule)}：${finding.summary}`.slice(0, 200),
          site: evaluation.siteId,
          rule: finding.rule,
          findingKey: finding.key,
          source: 'automatic',
          severity: finding.severity,
          state: 'open',
          deadline: deadlineValue(deadline),
          ...evidence(finding),
        },
        depth: 0,
        overrideAccess: true,
        req: write(`${day} 监测发现`),
      })
      result.opened += 1
    }
    for (const order of plan.verifyFixed) {
      await update(order.id, { state: 'fixed', problemGoneAt: now.toISOString() }, `${day} 复查未再发现该问题`)
      result.fixed += 1
    }
    for (const order of plan.release) {
      await update(order.id, { problemGoneAt: now.toISOString() }, `${day} 复查未再发现该问题`)
      result.released += 1
    }
    for (const { order, finding } of plan.recheckFailed) {
      await update(order.id, { state: 'in-progress' }, `${day} 复查仍发现：${finding.summary}`)
      result.reopened += 1
    }
    for (const { order, finding, deadline } of plan.escalate) {
      await update(order.id, { severity: 'fail', deadline: deadlineValue(deadline), ...evidence(finding) }, `${day} 问题已构成单项否决：${finding.summary}`)
      result.escalated += 1
    }
  }
  return result
}

/**
 * Rectification orders open per site, for the dashboard and the notices; sites without any are 0.
 * Without `asOf`, those open now (an active state); with it, those open at that instant: issued by
 * then (the first history row is the issue) and not closed by then (`closedAt`), so a past day
 * shows its own count, not today's.
 */
export async function openOrderCounts(payload: Payload, siteIds: readonly string[], asOf?: Date): Promise<Map<string, number>> {
  const counts = new Map<string, number>(siteIds.map((id) => [id, 0]))
  if (siteIds.length === 0) return counts
  const openWhere: Where =
    asOf === undefined
      ? { state: { in: [...ACTIVE_RECTIFICATION_STATES] } }
      : {
          and: [
            { 'history.at': { less_than_equal: asOf.toISOString() } },
            { or: [{ closedAt: { exists: false } }, { closedAt: { greater_than: asOf.toISOString() } }] },
          ],
        }
  const found = await payload.find({
    collection: 'rectification-orders',
    where: { and: [{ site: { in: [...siteIds] } }, openWhere] },
    select: { site: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of found.docs) {
    const site = idOf(doc.site)
    if (site !== null) counts.set(site, (counts.get(site) ?? 0) + 1)
  }
  return counts
}
