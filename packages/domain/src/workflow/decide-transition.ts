import type { SiteRole } from '../roles/roles.js'
import type { WorkflowActionBody } from './action-request.js'
import { CHECKLIST_ITEMS, REVIEW_CHECKLIST } from './review-checklist.js'
import { LIVE_STATE, REVIEW_STATE_LABELS, type ReviewState } from './review-states.js'
import { REVIEW_WORKFLOW, type ReviewWorkflow, type Transition, type WorkflowAction } from './review-workflow.js'

export interface WorkflowActor {
  id: string
  isPlatformAdmin: boolean
  /** Roles the actor holds on the document's site. */
  siteRoles: readonly SiteRole[]
}

export interface WorkflowDocument {
  reviewState: ReviewState
  authorId: string | null
  /** Everyone who created or changed the content (R-ROLE-SEPARATE: none of them may approve it). */
  contributorIds: readonly string[]
  /** Hash of the content as it is now. */
  contentHash: string
  /** Hash the reviewer approved, if any. */
  approvedHash: string | null
  /** Whether the public (main) document is published: transitions of the live version depend on this, not on the latest draft. */
  live: boolean
  /** Non-blocking findings of the pre-review checks, which the reviewer must acknowledge. */
  warningCount: number
}

export type TransitionDecision = { ok: true; to: ReviewState } | { ok: false; status: 400 | 403 | 409; code: string; message: string }

const refuse = (status: 400 | 403 | 409, code: string, message: string): TransitionDecision => ({
  ok: false,
  status,
  code,
  message,
})

/** The state the transition starts from: the latest version's, or the live version's (none when nothing is live). */
const startingState = (transition: Transition, doc: WorkflowDocument): ReviewState | null =>
  transition.appliesTo === 'live' ? (doc.live ? LIVE_STATE : null) : doc.reviewState

/** The requirements the domain decides, in the order they are reported. */
function unmetRequirement(transition: Transition, actor: WorkflowActor, doc: WorkflowDocument, body: WorkflowActionBody): TransitionDecision | null {
  const { requires } = transition
  if (requires.independentActor && (doc.authorId === actor.id || doc.contributorIds.includes(actor.id))) {
    return refuse(403, 'workflow.self_review', '不能审核自己撰写或修改过的内容，请由其他信息审核人员审核')
  }
  if (requires.checklist) {
    const missing = CHECKLIST_ITEMS.filter((item) => body.checklist?.[item] !== true)
    if (missing.length > 0) {
      return refuse(400, 'workflow.checklist_incomplete', `请确认全部审核要点：${missing.map((item) => REVIEW_CHECKLIST[item].zh).join('、')}`)
    }
    if (doc.warningCount > 0 && body.checklist?.warningsAcknowledged !== true) {
      return refuse(400, 'workflow.warnings_not_acknowledged', `请先确认已查看 ${doc.warningCount} 条预审提示`)
    }
  }
  if (requires.comment && !body.comment) return refuse(400, requires.comment.code, requires.comment.message)
  if (requires.approval && (doc.approvedHash === null || doc.approvedHash !== doc.contentHash)) {
    return refuse(409, 'workflow.content_changed', '内容在审核通过后已被修改，须重新提交审核')
  }
  return null
}

/**
 * Decide whether `actor` may take `action` on `doc` (R-REVIEW-BEFORE-PUBLISH, R-ROLE-SEPARATE),
 * as the workflow table says. Order: role (403), state (409), then the transition's requirements.
 * Platform admins hold every role but are bound by the same rules, including never approving
 * their own work.
 */
export function decideTransition(
  action: WorkflowAction,
  actor: WorkflowActor,
  doc: WorkflowDocument,
  body: WorkflowActionBody,
  workflow: ReviewWorkflow = REVIEW_WORKFLOW,
): TransitionDecision {
  const transition = workflow[action]
  const mayAct = actor.isPlatformAdmin || transition.roles.some((role) => actor.siteRoles.includes(role))
  if (!mayAct) {
    return refuse(403, 'workflow.role_forbidden', `您在本站点没有“${transition.label.zh}”的权限`)
  }
  const state = startingState(transition, doc)
  if (state === null) return refuse(409, 'workflow.invalid_state', `该内容当前未发布，无需${transition.label.zh}`)
  if (!transition.from.includes(state)) {
    return refuse(409, 'workflow.invalid_state', `当前状态为“${REVIEW_STATE_LABELS[state].zh}”，不能执行“${transition.label.zh}”`)
  }
  return unmetRequirement(transition, actor, doc, body) ?? { ok: true, to: transition.to }
}
