import type { InspectionSnapshot, IsoDate } from '@govsite/domain'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { Refusal } from '../shared/refusal'

/** Where the notice reads its data; the endpoint takes them as one argument so tests can hand in their own. */
export interface NoticeSources {
  /** The stored daily snapshots of `sites` from `from` to `to` (inclusive). */
  snapshots: (req: PayloadRequest, range: { from: IsoDate; to: IsoDate; sites: string[] }) => Promise<InspectionSnapshot[]>
  /** Open rectification orders per site id. */
  openOrders: (req: PayloadRequest, sites: string[]) => Promise<Record<string, number>>
}

const SNAPSHOTS = 'inspection-snapshots' as CollectionSlug
const ORDERS = 'rectification-orders' as CollectionSlug
const OPEN_ORDER_STATES = ['open', 'in-progress']

/** The `inspection-snapshots` collection (site, date, status, failing, warning, evaluation), without the evaluations. */
async function readSnapshots(req: PayloadRequest, { from, to, sites }: { from: IsoDate; to: IsoDate; sites: string[] }): Promise<InspectionSnapshot[]> {
  if (!req.payload.collections[SNAPSHOTS]) throw new Refusal(503, 'compliance.snapshots_unavailable', '巡检快照尚未启用，暂无法生成通报')
  const where: Where = { and: [{ site: { in: sites } }, { date: { greater_than_equal: from } }, { date: { less_than_equal: to } }] }
  const { docs } = await req.payload.find({
    collection: SNAPSHOTS,
    where,
    select: { site: true, date: true, status: true, failing: true, warning: true, createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as Record<string, unknown>[]).map((doc) => ({
    site: String(doc.site),
    date: String(doc.date),
    status: doc.status as InspectionSnapshot['status'],
    failing: (doc.failing ?? []) as InspectionSnapshot['failing'],
    warning: (doc.warning ?? []) as InspectionSnapshot['warning'],
    takenAt: String(doc.createdAt),
  }))
}

/** Orders still open or in progress, per site; none while the platform keeps no rectification orders. */
async function countOpenOrders(req: PayloadRequest, sites: string[]): Promise<Record<string, number>> {
  if (!req.payload.collections[ORDERS]) return {}
  const counts: Record<string, number> = {}
  for (const site of sites) {
    const { totalDocs } = await req.payload.count({
      collection: ORDERS,
      where: { and: [{ site: { equals: site } }, { state: { in: OPEN_ORDER_STATES } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) counts[site] = totalDocs
  }
  return counts
}

export const storedNoticeSources: NoticeSources = { snapshots: readSnapshots, openOrders: countOpenOrders }
