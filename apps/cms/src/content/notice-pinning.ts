import { decideNoticeChange, defaultPinWindow, isMandatoryPinKind, type NoticeChange, type NoticeKind } from '@govsite/domain'
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { currentTime } from '../workflow/clock'
import { isEngineWrite } from '../workflow/context-flags'
import type { PublishHookArgs } from '../workflow/workflow-options'
import { WorkflowError } from '../workflow/workflow-error'

type Doc = Record<string, unknown>

/** A stored date field as a Date; unset stays null. */
export const dateOf = (value: unknown): Date | null => (value ? new Date(String(value)) : null)

function refuseIfLocked(kind: NoticeKind, firstPublishedAt: Date | null, change: NoticeChange, now: Date, newPinnedUntil?: Date | null) {
  const decision = decideNoticeChange({ kind, publishedAt: firstPublishedAt, change, now, newPinnedUntil })
  if (!decision.ok) throw new WorkflowError(403, decision.code, decision.message)
}

/** R-NOTICE-30D: the changes a new version of a mandatory notice would make to its pinning. */
function checkPinChanges(live: Doc, next: Doc, now: Date): void {
  const kind = live.kind as NoticeKind
  if (!isMandatoryPinKind(kind)) return
  const firstPublishedAt = dateOf(live.firstPublishedAt)
  if (next.kind !== kind) refuseIfLocked(kind, firstPublishedAt, 'unpin', now)
  if (next.pinned === false) refuseIfLocked(kind, firstPublishedAt, 'unpin', now)
  refuseIfLocked(kind, firstPublishedAt, 'shorten-pin', now, dateOf(next.pinnedUntil))
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

/** Refuse, at save time, drafts that would unpin or shorten a locked notice (any path, any role). */
export const guardNoticePins: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  if (isEngineWrite(context)) return data
  const live = await liveVersion(req, originalDoc?.id)
  if (live) checkPinChanges(live, { ...originalDoc, ...data }, currentTime())
  return data
}

/**
 * At publication: a mandatory notice is pinned automatically (homepage prominent slot and top of
 * the notice column) from its first publication for at least 30 days; a later version may not
 * unpin or shorten that while it is locked. General notices keep the pinning editors chose.
 */
export async function onNoticePublish({ req, doc, now }: PublishHookArgs): Promise<Record<string, unknown>> {
  const live = await liveVersion(req, doc.id)
  if (live) checkPinChanges(live, doc, now)
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
