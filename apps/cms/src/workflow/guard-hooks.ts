import { WORKFLOW_FIELD_NAMES } from '@govsite/domain'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, RequestContext } from 'payload'

import { writeAuditEntry } from '../audit/audit-entry'
import { currentTime } from '../shared/clock'
import { contentHash } from './content-hash'
import { DRAFT_SAVE_FLAG, DUPLICATE_FLAG, isEngineWrite, VOIDED_REVIEWS } from '../shared/context-flags'
import { isLive } from './live-status'
import { idOf } from '../shared/relation-id'
import { isPlatformAdmin, sitesWritableBy } from '../access/roles'
import { userId } from '../access/site-membership'
import { Refusal } from '../shared/refusal'
import { workflowSiteOf, type PublishableOptions } from './workflow-options'

type Doc = Record<string, unknown>

const NO_APPROVAL = { hash: null, by: null, at: null }

const systemFieldsOf = (collection: { custom?: Record<string, unknown> }): string[] =>
  (collection.custom?.workflow as PublishableOptions | undefined)?.systemFields ?? []

/** Records whether an update saves a draft version, which the change guard needs to know. */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, operation, context }) => {
  if (operation === 'create' || operation === 'update') {
    context[DRAFT_SAVE_FLAG] = Boolean((args as { draft?: boolean }).draft)
    context[DUPLICATE_FLAG] = operation === 'create' && Boolean((args as { duplicateFromID?: unknown }).duplicateFromID)
  }
  return args
}

/** Editors and site admins of the document's site, or of the site handling it, may write it. */
function assertSiteWritable(user: unknown, collection: { custom?: Record<string, unknown> }, doc: Doc): void {
  if (!user || isPlatformAdmin(user)) return
  const options = collection.custom?.workflow as PublishableOptions | undefined
  const candidates = [idOf(doc.site), idOf(workflowSiteOf(options, doc))].filter((id): id is string => id !== null)
  const writable = sitesWritableBy(user)
  if (!candidates.some((id) => writable.includes(id))) {
    throw new Refusal(403, 'site.forbidden', '您没有在该站点编辑内容的权限')
  }
}

/**
 * R-REVIEW-BEFORE-PUBLISH on every write path that is not the workflow engine: REST (single
 * and bulk), GraphQL, the admin's own buttons and Local API calls. Such writes may only save
 * drafts; they cannot publish, unpublish or move the review state, and any change to the
 * content voids an approval and returns the document to draft.
 */
export const guardContentChanges: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context, collection }) => {
  if (isEngineWrite(context)) return data
  const actorId = userId(req.user)
  const original = (originalDoc ?? {}) as Doc
  // REST PATCH sends only the fields it changes.
  const merged: Doc = { ...original, ...data }
  assertSiteWritable(req.user, collection, merged)
  if (operation === 'update') assertSiteWritable(req.user, collection, original)

  if (data._status === 'published') {
    throw new Refusal(403, 'workflow.publish_forbidden', '内容须经信息审核人员审核通过后，通过“发布”操作发布，不能直接发布')
  }

  if (operation === 'create') {
    // A duplicate carries its original's state; the copy simply starts over as a draft.
    const claimsState = data.reviewState !== undefined && data.reviewState !== null && data.reviewState !== 'draft'
    if (claimsState && context[DUPLICATE_FLAG] !== true) {
      throw new Refusal(403, 'workflow.state_change_forbidden', '新建内容只能是草稿，审核状态只能通过审核流程改变')
    }
    const bookkeeping = Object.fromEntries([...WORKFLOW_FIELD_NAMES, ...systemFieldsOf(collection)].map((name) => [name, null]))
    return {
      ...data,
      ...bookkeeping,
      reviewState: 'draft',
      author: actorId,
      contributors: actorId ? [actorId] : [],
      approval: NO_APPROVAL,
    }
  }

  if (data.reviewState !== undefined && data.reviewState !== original.reviewState) {
    throw new Refusal(403, 'workflow.state_change_forbidden', '审核状态只能通过“提交审核/审核通过/退回/发布/撤下”操作改变（如页面已过期，请刷新后重试）')
  }
  if (context[DRAFT_SAVE_FLAG] !== true && original.id !== undefined && (await isLive(req, collection.slug, original.id as string))) {
    throw new Refusal(403, 'workflow.live_change_forbidden', '已发布的内容只能保存为草稿修改并重新审核；撤下须通过“撤下”操作并填写原因')
  }

  // Bookkeeping belongs to the engine: whatever a client sent, keep the stored values.
  const next: Doc = { ...data }
  for (const name of [...WORKFLOW_FIELD_NAMES, ...systemFieldsOf(collection)]) next[name] = original[name] ?? null
  next.approval = original.approval ?? NO_APPROVAL

  const storedHash = await contentHash(req, collection.slug, original)
  const editedHash = await contentHash(req, collection.slug, merged)
  if (editedHash !== storedHash) {
    noteVoidedReview(req.context, collection.slug, original, editedHash)
    const contributors = ((original.contributors as unknown[] | null) ?? []).map(idOf).filter((id): id is string => id !== null)
    Object.assign(next, {
      reviewState: 'draft',
      approval: NO_APPROVAL,
      reviewFindings: null,
      contributors: actorId && !contributors.includes(actorId) ? [...contributors, actorId] : contributors,
    })
  }
  return next
}

/** An edit of content under review, approved or live voids that review: the audit log says so. */
const VOIDING_ACTIONS: Readonly<Record<string, string>> = { in_review: 'review-voided', approved: 'approval-voided', published: 'approval-voided' }

interface VoidedReview {
  action: string
  fromState: string
  approvedHash: string | null
  editedHash: string
}

/**
 * Kept on `req.context`, not the hook's `context`: nested Local API calls (loading media for the
 * hash) replace the request's context with a shallow copy.
 */
const voidedReviewsOf = (context: RequestContext): Record<string, VoidedReview> => {
  const existing = context[VOIDED_REVIEWS] as Record<string, VoidedReview> | undefined
  if (existing) return existing
  const created: Record<string, VoidedReview> = {}
  context[VOIDED_REVIEWS] = created
  return created
}

function noteVoidedReview(context: RequestContext, collection: string, original: Doc, editedHash: string): void {
  const action = VOIDING_ACTIONS[String(original.reviewState)]
  if (!action || original.id === undefined) return
  const approvedHash = (original.approval as { hash?: string | null } | null)?.hash ?? null
  voidedReviewsOf(context)[`${collection}:${String(original.id)}`] = { action, fromState: String(original.reviewState), approvedHash, editedHash }
}

/** Once the edit is saved, record in the audit log which review or approval it voided (same transaction). */
export const auditVoidedReview: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  const key = `${collection.slug}:${String(doc.id)}`
  const voided = voidedReviewsOf(req.context)[key]
  if (!voided) return doc
  delete voidedReviewsOf(req.context)[key]
  await writeAuditEntry(req, {
    action: voided.action,
    targetCollection: collection.slug,
    documentId: String(doc.id),
    site: idOf(doc.site),
    at: currentTime(),
    fromState: voided.fromState,
    toState: String(doc.reviewState),
    contentHash: voided.editedHash,
    comment: voided.approvedHash ? `审核通过时的内容指纹 ${voided.approvedHash}，修改后 ${voided.editedHash}` : `修改后的内容指纹 ${voided.editedHash}`,
  })
  return doc
}

/** Deleting live content would unpublish it without a reason: withdraw it first. */
export const refuseDeletingLive: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (await isLive(req, collection.slug, id)) {
    throw new Refusal(409, 'workflow.delete_published', '已发布的内容不能直接删除，请先通过“撤下”操作撤下')
  }
}
