import { decideTransition, SYSTEM_TRANSITIONS, type SiteWebhookEvent } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { Refusal } from '../../shared/refusal'
import { reviewWorkflowOf } from '../workflow-table'
import { commitTransition } from './commit-transition'
import { checkContentRequirements } from './content-requirements'
import { actorOn, documentState, type DocumentState } from './document-state'
import type { TransitionResult } from './transition-result'
import { clearedSchedulePlan, liveEditPlan, transitionPlan, type WritePlan } from './write-plan'

interface Target {
  collection: string
  id: string
  now: Date
}

/**
 * What the system does in the workflow without a user asking: a closed list, each kind audited
 * under its own name (`SYSTEM_TRANSITIONS` in the domain). The request's user, if any, is who
 * the system acts for (the editor who scheduled, the one publishing the policy).
 */
export type SystemTransition =
  /** R-NO-BACKDATING: the scheduled publication runs, decided again as at the time it was asked for. */
  | (Target & { kind: 'scheduled-publish' })
  /** R-POLICY-INTERP: an approved interpretation published with its policy (同步发布), in the policy's transaction. */
  | (Target & { kind: 'publish-with-policy'; policyTitle: string })
  /** A scheduled publication that could not run: the schedule is cleared and the reason recorded. */
  | (Target & { kind: 'scheduled-publish-refused' | 'scheduled-publish-failed'; reason: string })
  /** R-NOTICE-30D: a life-cycle notice's pin window ended; it stays published. */
  | (Target & { kind: 'auto-unpin' })

/** A system transition that runs a transition of the table may be refused by it, like a user's. */
export type SystemOutcome = { ok: true; result: TransitionResult } | { ok: false; refusal: Refusal }

/** The system's transitions, through the same decision and commit as a user's. */
export async function systemTransition(req: PayloadRequest, transition: SystemTransition): Promise<SystemOutcome> {
  const state = await documentState(req, transition.collection, transition.id)
  if (!state) throw new Refusal(404, 'workflow.not_found', '内容不存在或您无权访问')
  switch (transition.kind) {
    case 'scheduled-publish':
      return runTableTransition(req, transition, state, '定时发布', 'scheduled-publish')
    case 'publish-with-policy':
      return runTableTransition(req, transition, state, `与政策文件《${transition.policyTitle}》同步发布`, 'publish')
    case 'scheduled-publish-refused':
    case 'scheduled-publish-failed':
      return commit(req, transition, state, clearedSchedulePlan(transition.kind, transition.reason), transition.reason, state.workflowDoc.contentHash)
    case 'auto-unpin':
      return commit(req, transition, state, liveEditPlan(transition.kind, { pinned: false }, 'auto-unpin'), '置顶期满，自动撤下置顶（公告继续发布）', '')
  }
}

/** The kind's transition of the table, decided (no comment, checklist or schedule given) and written as the table says. */
async function runTableTransition(
  req: PayloadRequest,
  transition: SystemTransition & { kind: 'scheduled-publish' | 'publish-with-policy' },
  state: DocumentState,
  comment: string,
  siteEvent: SiteWebhookEvent,
): Promise<SystemOutcome> {
  const { doc, workflowDoc } = state
  const action = SYSTEM_TRANSITIONS[transition.kind].runs
  const workflow = reviewWorkflowOf(req.payload)
  const actor = actorOn(req, transition.collection, doc)
  const decision = decideTransition(action, actor, workflowDoc, {}, workflow)
  if (!decision.ok) return { ok: false, refusal: new Refusal(decision.status, decision.code, decision.message) }
  const findings = await checkContentRequirements(req, transition.collection, workflow[action], doc, transition.now)
  const plan = transitionPlan(action, workflow[action], { actor, hash: workflowDoc.contentHash, now: transition.now, findings })
  return commit(req, transition, state, { ...plan, auditAction: transition.kind, siteEvent }, comment, workflowDoc.contentHash)
}

async function commit(
  req: PayloadRequest,
  transition: SystemTransition,
  state: DocumentState,
  plan: WritePlan,
  comment: string,
  hash: string,
): Promise<SystemOutcome> {
  const { collection, now, kind } = transition
  const result = await commitTransition(req, { collection, doc: state.doc, action: kind, hash, plan, comment, now, live: state.live })
  return { ok: true, result }
}
