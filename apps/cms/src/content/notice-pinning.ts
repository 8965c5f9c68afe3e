import { decideNoticeChange, decideNoticeEdit, defaultPinWindow, type NoticeChange, type NoticeKind, type NoticePlacement } from '@govsite/domain'
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { currentTime } from '../shared/clock'
import { isEngineWrite } from '../shared/context-flags'
import { idOf } from '../shared/relation-id'
import type { PublishHookArgs } from '../workflow/workflow-options'
import { Refusal } from '../shared/refusal'

type Doc = Record<string, unknown>

/** A stored date field as a Date; unset stays null. */
export const dateOf = (value: unknown): Date | null => (value ? new Date(String(value)) : null)

function refuseIfLocked(kind: NoticeKind, firstPublishedAt: Date | null, change: NoticeChange, now: Date) {
  const decision = decideNoticeChange({ kind, publishedAt: firstPublishedAt, change, now })
  if (!decision.ok) throw new Refusal(403, decision.code, decision.message)
}

/** Every field that decides whether and where the notice shows (the homepage's pinned slot, its column, its site). */
function placementOf(doc: Doc): NoticePlacement {
  return {
    kind: doc.kind as NoticeKind,
    site: idOf(doc.site),
    column: idOf(doc.column),
    pinned: doc.pinned === true,
    pinnedFrom: dateOf(doc.pinnedFrom),
    pinnedUntil: dateOf(doc.pinnedUntil),
    firstPublishedAt: dateOf(doc.firstPublishedAt),
  }
}

async function liveVersion(req: PayloadRequest, id: unknown): Promise<Doc | null> {
  if (!id) return null
  const found = await req.payload.find({
    collection: 'notices',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as unknown as Doc | undefined) ?? null
}

/** R-NOTICE-30D: refuse a version that would take a mandatory notice out of its slot, column or site. */
async function refuseMovingNotice(req: PayloadRequest, id: unknown, proposed: Doc, now: Date): Promise<void> {
  const live = await liveVersion(req, id)
  const decision = decideNoticeEdit({ live: live && placementOf(live), proposed: placementOf(proposed), now })
  if (!decision.ok) throw new Refusal(403, decision.code, decision.message)
}

/** At save time, on every path and for every role: drafts that would move a locked notice. */
export const guardNoticePins: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  if (isEngineWrite(context)) return data
  await refuseMovingNotice(req, originalDoc?.id, { ...originalDoc, ...data }, currentTime())
  return data
}

/** Again at submit, approval and publication (scheduled too): the version going live, against the live one. */
export async function checkNoticePublishable({ req, doc, now }: PublishHookArgs): Promise<void> {
  await refuseMovingNotice(req, doc.id, doc, now)
}

/**
 * At publication: a mandatory notice is pinned automatically (homepage prominent slot and top of
 * the notice column) from its first publication for at least 30 days. General notices keep the
 * pinning editors chose.
 */
export async function onNoticePublish({ doc, now }: PublishHookArgs): Promise<Record<string, unknown>> {
  const firstPublishedAt = dateOf(doc.firstPublishedAt) ?? now
  const window = defaultPinWindow(doc.kind as NoticeKind, firstPublishedAt)
  if (!window) return { firstPublishedAt: firstPublishedAt.toISOString() }
  const requestedUntil = dateOf(doc.pinnedUntil)
  const pinnedUntil = requestedUntil && requestedUntil > window.pinnedUntil ? requestedUntil : window.pinnedUntil
  return {
    firstPublishedAt: firstPublishedAt.toISOString(),
    pinned: true,
    pinnedFrom: (dateOf(doc.pinnedFrom) ?? window.pinnedFrom).toISOString(),
    pinnedUntil: pinnedUntil.toISOString(),
  }
}

export async function onNoticeUnpublish({ doc, now }: PublishHookArgs): Promise<void> {
  refuseIfLocked(doc.kind as NoticeKind, dateOf(doc.firstPublishedAt), 'unpublish', now)
}

export const refuseDeletingLockedNotice: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const notice = await req.payload.findByID({ collection: 'notices', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (notice) refuseIfLocked(notice.kind as NoticeKind, dateOf(notice.firstPublishedAt), 'delete', currentTime())
}
