import {
  decidePublishSchedule,
  decideTransition,
  isWorkflowAction,
  parseWorkflowActionBody,
  checkPublicFields,
  type ReviewState,
  type SiteWebhookEvent,
  type WorkflowAction,
  type WorkflowActionBody,
  type WorkflowActor,
  type WorkflowDocument,
} from '@govsite/domain'
import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type PayloadRequest } from 'payload'

import { liveMediaRefs, refreshMediaLive } from './media-usage'
import { notifySite } from '../site-notify/site-webhook'
import { dropSearchChanges, flushSearchChanges, noteSearchChange } from '../search/search-sync'
import { loadWordLists } from '../globals/content-check-settings'
import { publicFieldContents } from './public-fields'
import { workflowOptions, workflowSiteOf } from './workflow-options'
import { type StoredDoc } from '../shared/stored-doc'
import { writeAuditEntry } from '../audit/audit-entry'
import { contentHash } from './content-hash'
import { mediaCheckContents } from './media-check-contents'
import { loadReferencedMedia } from './referenced-media'
import { TRANSITION_FLAG } from '../shared/context-flags'
import { isLive } from './live-status'
import { assertPublishable } from './publication-validation'
import { idOf } from '../shared/relation-id'
import { isPlatformAdmin } from '../access/roles'
import { rolesOnSite, userId } from '../access/site-membership'
import { asRefusal } from '../shared/validation-refusal'
import { Refusal } from '../shared/refusal'

type Doc = StoredDoc

export interface TransitionResult {
  collection: string
  id: string
  action: WorkflowAction
  reviewState: ReviewState
  live: boolean
  scheduledPublishAt: string | null
  publishedAt: string | null
  warnings: unknown[]
}

export interface TransitionInput {
  req: PayloadRequest
  collection: string
  id: string
  action: string
  body: unknown
  now: Date
}

export async function loadLatest(req: PayloadRequest, collection: string, id: string): Promise<Doc | null> {
  return (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Doc | null
}

export function actorFor(user: unknown, siteId: string): WorkflowActor {
  return { id: userId(user) ?? '', isPlatformAdmin: isPlatformAdmin(user), siteRoles: rolesOnSite(user, siteId) }
}

/** What the domain rules need to know about a stored document of `collection`. */
export async function workflowDocumentOf(req: PayloadRequest, collection: string, doc: Doc, live: boolean): Promise<WorkflowDocument> {
  return {
    reviewState: doc.reviewState as ReviewState,
    authorId: idOf(doc.author),
    contributorIds: ((doc.contributors as unknown[] | null) ?? []).map(idOf).filter((v): v is string => v !== null),
    contentHash: await contentHash(req, collection, doc),
    approvedHash: ((doc.approval as { hash?: string | null } | null)?.hash ?? null) || null,
    warningCount: Array.isArray(doc.reviewFindings) ? doc.reviewFindings.length : 0,
    live,
  }
}

/**
 * Load the latest version of a document the user may see, with what the domain rules need.
 * Staff of other sites get the same answer as for a missing document.
 */
export async function loadForActor(req: PayloadRequest, collection: string, id: string) {
  const visible = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const doc = visible.totalDocs > 0 ? await loadLatest(req, collection, id) : null
  if (!doc) throw new Refusal(404, 'workflow.not_found', '内容不存在或您无权访问')

  const actor = actorFor(req.user, idOf(workflowSiteOf(workflowOptions(req.payload, collection), doc)) ?? '')
  const live = await isLive(req, collection, id)
  const workflowDoc = await workflowDocumentOf(req, collection, doc, live)
  const hash = workflowDoc.contentHash
  const warnings = Array.isArray(doc.reviewFindings) ? (doc.reviewFindings as unknown[]) : []
  return { doc, actor, live, hash, warnings, workflowDoc }
}

/**
 * The one workflow engine (R-REVIEW-BEFORE-PUBLISH, R-ROLE-SEPARATE, R-NO-ADS, R-NO-BACKDATING):
 * REST, GraphQL and the scheduler all come here. Decides with the domain rules, then writes the
 * new state and its audit entry in one transaction. Every refusal, Payload's validation errors
 * included, leaves as a Refusal (`{ code, message }`).
 */
export async function performTransition(input: TransitionInput): Promise<TransitionResult> {
  try {
    return await transition(input)
  } catch (error) {
    throw asRefusal(error, input.req.payload) ?? error
  }
}

async function transition({ req, collection, id, action, body, now }: TransitionInput): Promise<TransitionResult> {
  const options = workflowOptions(req.payload, collection)
  if (!options) throw new Refusal(404, 'workflow.not_managed', `“${collection}”不是需要审核发布的内容类型`)
  if (!isWorkflowAction(action)) {
    throw new Refusal(400, 'workflow.unknown_action', `未知的操作“${action}”，可用操作：submit、approve、reject、publish、unpublish`)
  }
  if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
  const parsed = parseWorkflowActionBody(body)
  if (!parsed.ok) throw new Refusal(400, 'workflow.bad_request', parsed.message)

  const { doc, actor, live, hash, workflowDoc } = await loadForActor(req, collection, id)
  const decision = decideTransition(action, actor, workflowDoc, parsed.body)
  if (!decision.ok) throw new Refusal(decision.status, decision.code, decision.message)

  const plan = await planWrite(req, collection, action, doc, parsed.body, actor, hash, now)
  return commitTransition(req, { collection, doc, action, hash, plan, comment: parsed.body.comment ?? null, now, live })
}

interface WritePlan {
  draft: boolean
  data: Record<string, unknown>
  auditAction: string
  findings: unknown[]
}

async function planWrite(
  req: PayloadRequest,
  collection: string,
  action: WorkflowAction,
  doc: Doc,
  body: WorkflowActionBody,
  actor: WorkflowActor,
  hash: string,
  now: Date,
): Promise<WritePlan> {
  switch (action) {
    case 'submit': {
      await assertPublishable({ req, collection, doc, now })
      const { fields } = req.payload.collections[collection as CollectionSlug].config
      const media = mediaCheckContents(await loadReferencedMedia(req, collection, doc))
      const findings = checkPublicFields([...publicFieldContents(fields, doc), ...media], await loadWordLists(req))
      const blocking = findings.filter((finding) => finding.severity === 'blocking')
      if (blocking.length > 0) {
        throw new Refusal(403, 'workflow.blocking_findings', `预审未通过，请修改后再提交：${blocking.map((finding) => finding.message).join('；')}`, {
          findings: blocking,
        })
      }
      const warnings = findings.filter((finding) => finding.severity === 'warning')
      return { draft: true, data: { reviewState: 'in_review', reviewFindings: warnings }, auditAction: 'submit', findings: warnings }
    }
    case 'approve':
      await assertPublishable({ req, collection, doc, now })
      return {
        draft: true,
        data: { reviewState: 'approved', approval: { hash, by: actor.id, at: now.toISOString() } },
        auditAction: 'approve',
        findings: [],
      }
    case 'reject':
      return { draft: true, data: { reviewState: 'changes_requested' }, auditAction: 'reject', findings: [] }
    case 'publish': {
      const schedule = decidePublishSchedule(body.publishAt, now)
      if (!schedule.ok) throw new Refusal(400, schedule.code, schedule.message)
      if (schedule.at) {
        return {
          draft: true,
          data: { scheduledPublishAt: schedule.at.toISOString(), scheduledBy: actor.id, scheduleNote: null },
          auditAction: 'schedule-publish',
          findings: [],
        }
      }
      return { draft: false, data: publishNowData(now), auditAction: 'publish', findings: [] }
    }
    case 'unpublish':
      return {
        draft: false,
        data: { _status: 'draft', reviewState: 'withdrawn', scheduledPublishAt: null, scheduledBy: null },
        auditAction: 'unpublish',
        findings: [],
      }
  }
}

/** R-NO-BACKDATING: the publish time is the system clock's, never the client's. */
export function publishNowData(now: Date): Record<string, unknown> {
  return {
    _status: 'published',
    reviewState: 'published',
    publishedAt: now.toISOString(),
    scheduledPublishAt: null,
    scheduledBy: null,
    scheduleNote: null,
  }
}

export interface CommitInput {
  collection: string
  doc: Doc
  action: WorkflowAction | 'scheduled-publish-refused' | 'scheduled-publish-failed' | 'auto-unpin'
  hash: string
  plan: WritePlan
  comment: string | null
  now: Date
  live: boolean
}

/**
 * Payload merges an operation's `context` into the shared request, so the engine's flag would
 * outlive its own write and let later writes on the same request skip the guard. Scope it.
 */
async function engineWrite(req: PayloadRequest, action: string, write: () => Promise<unknown>): Promise<Doc> {
  const previous = req.context[TRANSITION_FLAG]
  try {
    return (await write()) as Doc
  } finally {
    if (previous === undefined) delete req.context[TRANSITION_FLAG]
    else req.context[TRANSITION_FLAG] = previous
  }
}

/** Write the document and its audit entry together; roll both back on any failure. */
export async function commitTransition(req: PayloadRequest, input: CommitInput): Promise<TransitionResult> {
  const { collection, doc, plan, now } = input
  // Inside a caller's transaction the caller's own transition notifies (same site) once it commits.
  const nested = Boolean(req.transactionID)
  const ownsTransaction = await initTransaction(req)
  const options = workflowOptions(req.payload, collection)
  const hookArgs = { req, collection, doc, now }
  const publishing = plan.data._status === 'published'
  try {
    if (plan.data._status === 'draft' && input.action === 'unpublish') await options?.onUnpublish?.(hookArgs)
    if (publishing) await assertPublishable(hookArgs)
    const systemFields = publishing ? await options?.onPublish?.(hookArgs) : undefined
    // Publishing or withdrawing replaces the live version, and with it which files are public.
    const replacesLive = !plan.draft
    const previouslyLiveMedia = replacesLive ? await liveMediaRefs(req, collection, doc.id) : []
    const updated = await engineWrite(req, input.action, () =>
      req.payload.update({
        collection: collection as CollectionSlug,
        id: doc.id,
        data: { ...plan.data, ...systemFields },
        draft: plan.draft,
        depth: 0,
        overrideAccess: true,
        context: { [TRANSITION_FLAG]: input.action },
        req,
      }),
    )
    if (replacesLive) await refreshMediaLive(req, [...previouslyLiveMedia, ...(await liveMediaRefs(req, collection, doc.id))])
    await writeAudit(req, input, updated, now)
    const event = siteEvent(input, publishing)
    if (event) noteSearchChange(req, collection, doc.id)
    if (publishing) await options?.afterPublish?.({ ...hookArgs, doc: updated })
    if (ownsTransaction) await commitTransaction(req)
    // The index first, so the site's re-rendered pages already see the change.
    if (!nested) await flushSearchChanges(req)
    if (event && !nested) void notifySite(event, collection, doc.id, idOf(doc.site))
    const live = plan.draft ? input.live : updated._status === 'published'
    return {
      collection,
      id: doc.id,
      action: isWorkflowAction(input.action) ? input.action : 'publish',
      reviewState: updated.reviewState as ReviewState,
      live,
      scheduledPublishAt: (updated.scheduledPublishAt as string | null) ?? null,
      publishedAt: (updated.publishedAt as string | null) ?? null,
      warnings: plan.findings,
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    if (!nested) dropSearchChanges(req)
    throw error
  }
}

/** What the public site must hear about, once the change committed: public content changed. */
function siteEvent(input: CommitInput, publishing: boolean): SiteWebhookEvent | null {
  if (publishing) return input.plan.auditAction === 'scheduled-publish' ? 'scheduled-publish' : 'publish'
  if (input.action === 'unpublish' && input.plan.data._status === 'draft') return 'unpublish'
  if (input.action === 'auto-unpin') return 'auto-unpin'
  return null
}

async function writeAudit(req: PayloadRequest, input: CommitInput, updated: Doc, now: Date): Promise<void> {
  await writeAuditEntry(req, {
    action: input.plan.auditAction,
    targetCollection: input.collection,
    documentId: input.doc.id,
    site: idOf(input.doc.site),
    at: now,
    fromState: String(input.doc.reviewState),
    toState: String(updated.reviewState),
    contentHash: input.hash,
    comment: input.comment,
    findings: input.plan.findings,
  })
}
