import { MEDIA_BINDING_STATES, type ReviewState } from '@govsite/domain'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { MEDIA_COLLECTION, MEDIA_REFS_FIELD } from './referenced-media'
import { idOf } from '../shared/relation-id'
import { publishableCollections } from './workflow-options'

/** A document whose live version, or whose latest version under review or approved, references media. */
export interface MediaBinder {
  collection: string
  id: string
  title: string
  site: string | null
  reviewState: ReviewState
  mediaIds: string[]
}

type Row = Record<string, unknown> & { id: string | number }

const referencing = (mediaIds: readonly string[]): Where => ({ [MEDIA_REFS_FIELD]: { in: [...mediaIds] } })

async function binderRows(req: PayloadRequest, collection: string, where: Where, draft: boolean): Promise<Row[]> {
  const found = await req.payload.find({
    collection: collection as CollectionSlug,
    where,
    draft,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return found.docs as unknown as Row[]
}

/**
 * Who binds these media (R-REVIEW-BEFORE-PUBLISH): every live document referencing them, and
 * every document whose latest version references them while it is under review or approved
 * (scheduled publications included). Read from the stored `mediaRefs`, in the request's transaction.
 */
export async function findMediaBinders(req: PayloadRequest, mediaIds: readonly string[]): Promise<MediaBinder[]> {
  if (mediaIds.length === 0) return []
  const binders = new Map<string, MediaBinder>()
  for (const collection of publishableCollections(req.payload)) {
    const titleField = req.payload.collections[collection as CollectionSlug].config.admin?.useAsTitle ?? 'id'
    const live = await binderRows(req, collection, { and: [referencing(mediaIds), { _status: { equals: 'published' } }] }, false)
    const pending = await binderRows(req, collection, { and: [referencing(mediaIds), { reviewState: { in: [...MEDIA_BINDING_STATES] } }] }, true)
    const rows = [
      ...live.map((row) => ({ row, reviewState: 'published' as ReviewState })),
      ...pending.map((row) => ({ row, reviewState: row.reviewState as ReviewState })),
    ]
    for (const { row, reviewState } of rows) {
      const key = `${collection}:${String(row.id)}`
      const refs = ((row[MEDIA_REFS_FIELD] as unknown[] | null) ?? []).map(idOf).filter((id): id is string => id !== null && mediaIds.includes(id))
      const known = binders.get(key)
      if (known) {
        known.mediaIds = [...new Set([...known.mediaIds, ...refs])]
        continue
      }
      binders.set(key, { collection, id: String(row.id), title: String(row[titleField] ?? row.id), site: idOf(row.site), reviewState, mediaIds: refs })
    }
  }
  return [...binders.values()]
}

/** The media the live (main) version of a document references. */
export async function liveMediaRefs(req: PayloadRequest, collection: string, id: string): Promise<string[]> {
  const doc = (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    req,
  })) as Row | null
  if (!doc || doc._status !== 'published') return []
  return ((doc[MEDIA_REFS_FIELD] as unknown[] | null) ?? []).map(idOf).filter((id): id is string => id !== null)
}

/**
 * Visitors may read a media document and its file only while live content references it
 * (unpublished attachments are not public): after a publish or withdrawal, recompute `live`
 * for the media the old and the new live version reference, in the same transaction.
 */
export async function refreshMediaLive(req: PayloadRequest, mediaIds: readonly string[]): Promise<void> {
  for (const id of new Set(mediaIds)) {
    let live = false
    for (const collection of publishableCollections(req.payload)) {
      const { totalDocs } = await req.payload.count({
        collection: collection as CollectionSlug,
        where: { and: [referencing([id]), { _status: { equals: 'published' } }] },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) {
        live = true
        break
      }
    }
    await req.payload.db.updateOne({ collection: MEDIA_COLLECTION, id, data: { live }, req, returning: false })
  }
}
