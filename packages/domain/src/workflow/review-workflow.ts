import type { SiteRole } from '../roles/roles.js'
import type { ReviewState } from './review-states.js'

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'reject', 'publish', 'unpublish'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** A comment the actor must write; the admin labels its field `label`, a missing one is refused with `code` and `message`. */
export interface CommentRequirement {
  label: string
  code: string
  message: string
}

/** What a transition needs before it is taken. The domain decides the first four; the CMS checks the content ones. */
export interface TransitionRequirements {
  /** A comment: the reviewer's opinion, the reason for a withdrawal. */
  comment?: CommentRequirement
  /**
   * R-REVIEW-BEFORE-PUBLISH: the actor confirms every checklist item (and the pre-review warnings,
   * when there are any); the transition records the approval of exactly this content (its hash).
   */
  checklist?: true
  /** R-ROLE-SEPARATE: the actor wrote or changed none of the content. */
  independentActor?: true
  /** R-REVIEW-BEFORE-PUBLISH: an approval whose hash is the content's hash now. */
  approval?: true
  /** The content passes Payload's validation as at publication and the collection's own rules (CMS). */
  publishable?: true
  /** R-NO-ADS: the pre-review checks find nothing blocking; their warnings are kept for the reviewer (CMS). */
  preReviewChecks?: true
  /** R-NO-BACKDATING: the actor may give a later time (`publishAt`), and the transition is then taken at that time. */
  schedule?: 'optional'
}

export interface Transition {
  /** States it starts from: of the latest version, or of the live version (`appliesTo: 'live'`). */
  from: readonly ReviewState[]
  /** State of the latest version afterwards. */
  to: ReviewState
  /** Site roles that may take the transition; platform admins may take every transition. */
  roles: readonly SiteRole[]
  label: { zh: string; en: string }
  /** The version it acts on: the latest one, or the live (public) one, whatever newer draft exists. */
  appliesTo: 'latest' | 'live'
  /** What it writes: a new draft version, the latest version made public, or the public version withdrawn. */
  writes: 'draft' | 'publish' | 'withdraw'
  requires: TransitionRequirements
}

export type ReviewWorkflow = Readonly<Record<WorkflowAction, Transition>>

/**
 * The review workflow as data (R-REVIEW-BEFORE-PUBLISH, R-ROLE-SEPARATE): editors (编辑发布人员)
 * submit and publish, reviewers (信息审核人员) approve or reject, reviewers and site admins
 * withdraw. This table is what runs: the CMS engine takes target states, requirements and writes
 * from it, and the admin's panel and queues read it. Editing content outside these transitions
 * always returns it to `draft`.
 */
export const REVIEW_WORKFLOW: ReviewWorkflow = {
  submit: {
    from: ['draft', 'changes_requested', 'withdrawn'],
    to: 'in_review',
    roles: ['editor'],
    label: { zh: '提交审核', en: 'Submit for review' },
    appliesTo: 'latest',
    writes: 'draft',
    requires: { publishable: true, preReviewChecks: true },
  },
  approve: {
    from: ['in_review'],
    to: 'approved',
    roles: ['reviewer'],
    label: { zh: '审核通过', en: 'Approve' },
    appliesTo: 'latest',
    writes: 'draft',
    requires: { independentActor: true, checklist: true, publishable: true },
  },
  reject: {
    from: ['in_review'],
    to: 'changes_requested',
    roles: ['reviewer'],
    label: { zh: '退回修改', en: 'Reject' },
    appliesTo: 'latest',
    writes: 'draft',
    requires: { comment: { label: '退回意见', code: 'workflow.comment_required', message: '退回修改时必须填写意见' } },
  },
  publish: {
    from: ['approved'],
    to: 'published',
    roles: ['editor'],
    label: { zh: '发布', en: 'Publish' },
    appliesTo: 'latest',
    writes: 'publish',
    requires: { approval: true, publishable: true, schedule: 'optional' },
  },
  // Withdrawal applies to the live version even while a newer draft of it is being edited.
  unpublish: {
    from: ['published'],
    to: 'withdrawn',
    roles: ['reviewer', 'site-admin'],
    label: { zh: '撤下', en: 'Unpublish' },
    appliesTo: 'live',
    writes: 'withdraw',
    requires: { comment: { label: '撤下原因', code: 'workflow.reason_required', message: '撤下已发布内容时必须填写原因' } },
  },
}

export function isWorkflowAction(value: string): value is WorkflowAction {
  return (WORKFLOW_ACTIONS as readonly string[]).includes(value)
}

/** The audit action of a transition deferred to a later time (`publishAt`): `schedule-publish`. */
export const scheduledAuditAction = (action: WorkflowAction): string => `schedule-${action}`

/**
 * Who acts on a document whose latest version is in `state`: the roles of the transitions that
 * start there (the dashboard queues). Live-version transitions (withdrawal) are not queued work.
 */
export function rolesActingIn(workflow: ReviewWorkflow, state: ReviewState): SiteRole[] {
  const transitions = Object.values(workflow).filter((transition) => transition.appliesTo === 'latest' && transition.from.includes(state))
  return [...new Set(transitions.flatMap((transition) => transition.roles))]
}

/** The transitions that bring the latest version into `state` with a comment (why a document came back). */
export function commentedTransitionsInto(workflow: ReviewWorkflow, state: ReviewState): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => workflow[action].to === state && workflow[action].requires.comment)
}
