import {
  AUDIT_ACTION_LABELS,
  CHECKLIST_ITEMS,
  decideTransition,
  REVIEW_CHECKLIST,
  REVIEW_STATE_LABELS,
  WORKFLOW_ACTIONS,
  type ReviewState,
  type TransitionRequirements,
  type WorkflowAction,
} from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { loadForActor } from './engine'
import type { PublishableSlug } from './workflow-options'
import { reviewWorkflowOf } from './workflow-table'
import { Refusal } from '../shared/refusal'

/** A body that meets every input requirement, so only role, state and content rules decide. */
export const SATISFIED_BODY = {
  comment: '—',
  checklist: { ...Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, true])), warningsAcknowledged: true },
}

export interface WorkflowStatus {
  reviewState: ReviewState
  reviewStateLabel: string
  live: boolean
  publishedAt: string | null
  scheduledPublishAt: string | null
  scheduleNote: string | null
  /** The actions this user may take now, each with what the workflow table says it requires (the panel asks for exactly that). */
  actions: { action: WorkflowAction; label: string; requires: TransitionRequirements }[]
  /** The approvals (transitions needing an independent reviewer) that start here but are not offered to this user, each with why, in one line. */
  notOffered: { action: WorkflowAction; label: string; reason: string }[]
  checklist: { key: string; label: string }[]
  warnings: unknown[]
  history: { at: string; actorName: string; action: string; fromState: string; toState: string; comment: string | null }[]
}

/** What the admin shows for a document: its state, the actions this user may take, its history. */
export async function workflowStatus(req: PayloadRequest, collection: PublishableSlug, id: string): Promise<WorkflowStatus> {
  if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
  const workflow = reviewWorkflowOf(req.payload)
  const { doc, actor, live, workflowDoc } = await loadForActor(req, collection, id)
  const history = await req.payload.find({
    collection: 'audit-logs',
    where: { and: [{ targetCollection: { equals: collection } }, { documentId: { equals: id } }] },
    sort: '-at',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const reviewState = doc.reviewState as ReviewState
  const notOffered = WORKFLOW_ACTIONS.filter((action) => workflow[action].requires.independentActor && workflow[action].from.includes(reviewState)).flatMap(
    (action) => {
      const decision = decideTransition(action, actor, workflowDoc, SATISFIED_BODY, workflow)
      return decision.ok ? [] : [{ action, label: workflow[action].label.zh, reason: decision.message }]
    },
  )
  return {
    reviewState,
    reviewStateLabel: REVIEW_STATE_LABELS[reviewState].zh,
    live,
    publishedAt: (doc.publishedAt as string | null) ?? null,
    scheduledPublishAt: (doc.scheduledPublishAt as string | null) ?? null,
    scheduleNote: (doc.scheduleNote as string | null) ?? null,
    actions: WORKFLOW_ACTIONS.filter((action) => decideTransition(action, actor, workflowDoc, SATISFIED_BODY, workflow).ok).map((action) => ({
      action,
      label: workflow[action].label.zh,
      requires: workflow[action].requires,
    })),
    notOffered,
    checklist: CHECKLIST_ITEMS.map((key) => ({ key, label: REVIEW_CHECKLIST[key].zh })),
    warnings: Array.isArray(doc.reviewFindings) ? (doc.reviewFindings as unknown[]) : [],
    history: history.docs.map((entry) => ({
      at: entry.at,
      actorName: entry.actorName ?? '系统',
      action: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
      fromState: entry.fromState ?? '',
      toState: entry.toState ?? '',
      comment: entry.comment ?? null,
    })),
  }
}
