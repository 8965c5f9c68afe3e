import type { ReviewState, SystemTransitionKind, WorkflowAction } from '@govsite/domain'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { writeAuditEntry } from '../../audit/audit-entry'
import { notifyWorkflowEvent } from '../../notifications/workflow-notifications'
import { TRANSITION_FLAG } from '../../shared/context-flags'
import { idOf } from '../../shared/relation-id'
import type { StoredDoc } from '../../shared/stored-doc'
import { liveMediaRefs, refreshMediaLive } from '../media-usage'
import { workflowOptions, type PublishableSlug } from '../workflow-options'
import { announcePublicChange } from './public-change'
import type { TransitionResult } from './transition-result'
import type { WritePlan } from './write-plan'

export interface Commit {
  collection: PublishableSlug
  doc: StoredDoc
  /** The user's action or the system's kind: reported in the result, marks the engine's own write. */
  action: WorkflowAction | SystemTransitionKind
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
async function engineWrite(req: PayloadRequest, write: () => Promise<unknown>): Promise<StoredDoc> {
  const previous = req.context[TRANSITION_FLAG]
  try {
    return (await write()) as StoredDoc
  } finally {
    if (previous === undefined) delete req.context[TRANSITION_FLAG]
    else req.context[TRANSITION_FLAG] = previous
  }
}

/**
 * Write the document and its audit entry together, with the collection's publish and withdrawal
 * hooks, in the request's transaction (its own when it has none); roll everything back on any
 * failure. What changed publicly is announced after the outermost commit.
 */
export async function commitTransition(req: PayloadRequest, input: Commit): Promise<TransitionResult> {
  const { collection, doc, plan, now } = input
  const ownsTransaction = await initTransaction(req)
  const options = workflowOptions(req.payload, collection)
  const hookArgs = { req, collection, doc, now }
  const publishing = plan.writes === 'publish'
  try {
    if (plan.writes === 'withdraw') await options?.onUnpublish?.(hookArgs)
    const systemFields = publishing ? await options?.onPublish?.(hookArgs) : undefined
    // Writing the main document replaces the live version, and with it which files are public.
    const replacesLive = plan.writes !== 'draft'
    const previouslyLiveMedia = replacesLive ? await liveMediaRefs(req, collection, doc.id) : []
    const updated = await engineWrite(req, () =>
      req.payload.update({
        collection,
        id: doc.id,
        data: { ...plan.data, ...systemFields },
        draft: plan.writes === 'draft',
        depth: 0,
        overrideAccess: true,
        context: { [TRANSITION_FLAG]: input.action },
        req,
      }),
    )
    if (replacesLive) await refreshMediaLive(req, [...previouslyLiveMedia, ...(await liveMediaRefs(req, collection, doc.id))])
    await writeAuditEntry(req, {
      action: plan.auditAction,
      targetCollection: collection,
      documentId: doc.id,
      site: idOf(doc.site),
      at: now,
      fromState: String(doc.reviewState),
      toState: String(updated.reviewState),
      contentHash: input.hash,
      comment: input.comment,
      findings: plan.findings,
    })
    await notifyWorkflowEvent(req, { collection, doc, action: input.action, comment: input.comment, reviewState: String(updated.reviewState), now })
    if (plan.siteEvent) await announcePublicChange(req, plan.siteEvent, collection, doc.id, idOf(doc.site))
    if (publishing) await options?.afterPublish?.({ ...hookArgs, doc: updated })
    if (ownsTransaction) await commitTransaction(req)
    return {
      collection,
      id: doc.id,
      action: input.action,
      reviewState: updated.reviewState as ReviewState,
      live: plan.writes === 'draft' ? input.live : updated._status === 'published',
      scheduledPublishAt: (updated.scheduledPublishAt as string | null) ?? null,
      publishedAt: (updated.publishedAt as string | null) ?? null,
      warnings: plan.findings,
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
