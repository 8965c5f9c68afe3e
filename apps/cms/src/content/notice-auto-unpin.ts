import { dueForAutoUnpin, type NoticeKind } from '@govsite/domain'
import { createLocalReq, type Payload } from 'payload'

import { dateOf } from './notice-pinning'
import { systemTransition } from '../workflow/engine'
import type { StoredDoc } from '../shared/stored-doc'

/**
 * R-NOTICE-30D, daily: unpin life-cycle notices whose 30 days and pin window are over; they stay
 * published. A notice with a newer draft in review is left for a later run, so the job never
 * publishes unreviewed text.
 */
export async function runNoticeAutoUnpin(payload: Payload, now: Date): Promise<string[]> {
  const pinned = await payload.find({
    collection: 'notices',
    where: { and: [{ _status: { equals: 'published' } }, { pinned: { equals: true } }] },
    depth: 0,
    limit: 500,
    overrideAccess: true,
  })
  const unpinned: string[] = []
  for (const live of pinned.docs) {
    const candidate = {
      kind: live.kind as NoticeKind,
      pinned: Boolean(live.pinned),
      pinnedFrom: dateOf(live.pinnedFrom),
      pinnedUntil: dateOf(live.pinnedUntil),
      publishedAt: dateOf(live.firstPublishedAt),
    }
    if (!dueForAutoUnpin(candidate, now)) continue
    const req = await createLocalReq({}, payload)
    const latest = (await payload.findByID({ collection: 'notices', id: live.id, draft: true, depth: 0, overrideAccess: true, req })) as unknown as StoredDoc
    if (latest.reviewState !== 'published') continue
    await systemTransition(req, { kind: 'auto-unpin', collection: 'notices', id: live.id, now })
    unpinned.push(live.id)
  }
  return unpinned
}
