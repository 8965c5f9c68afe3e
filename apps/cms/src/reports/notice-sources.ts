import type { InspectionSnapshot, IsoDate } from '@govsite/domain'
import type { PayloadRequest, Where } from 'payload'

import { openOrderCounts } from '../rectification/sync-rectification-orders'
import { idOf } from '../shared/relation-id'

/** Where the notice reads its data; the endpoint takes them as one argument so tests can hand in their own. */
export interface NoticeSources {
  /** The stored daily snapshots of `sites` from `from` to `to` (inclusive). */
  snapshots: (req: PayloadRequest, range: { from: IsoDate; to: IsoDate; sites: string[] }) => Promise<InspectionSnapshot[]>
  /** Rectification orders open per site id: now, or at `asOf` (`openOrderCounts`). */
  openOrders: (req: PayloadRequest, sites: string[], asOf?: Date) => Promise<ReadonlyMap<string, number>>
}

/** The `inspection-snapshots` collection (site, date, status, failing, warning, evaluation), without the evaluations. */
async function readSnapshots(req: PayloadRequest, { from, to, sites }: { from: IsoDate; to: IsoDate; sites: string[] }): Promise<InspectionSnapshot[]> {
  const where: Where = { and: [{ site: { in: sites } }, { date: { greater_than_equal: from } }, { date: { less_than_equal: to } }] }
  const { docs } = await req.payload.find({
    collection: 'inspection-snapshots',
    where,
    select: { site: true, date: true, status: true, failing: true, warning: true, createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    site: idOf(doc.site) ?? '',
    date: doc.date,
    status: doc.status,
    failing: (doc.failing ?? []) as InspectionSnapshot['failing'],
    warning: (doc.warning ?? []) as InspectionSnapshot['warning'],
    takenAt: doc.createdAt,
  }))
}

export const storedNoticeSources: NoticeSources = { snapshots: readSnapshots, openOrders: (req, sites, asOf) => openOrderCounts(req.payload, sites, asOf) }
