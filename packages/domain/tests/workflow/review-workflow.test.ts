import { describe, expect, it } from 'vitest'

import {
  AUDIT_ACTION_LABELS,
  decideTransition,
  LIVE_STATE,
  REVIEW_QUEUES,
  REVIEW_STATES,
  REVIEW_WORKFLOW,
  rolesActingIn,
  SYSTEM_TRANSITIONS,
  WORKFLOW_ACTIONS,
  type ReviewState,
  type ReviewWorkflow,
  type WorkflowDocument,
} from '../../src/index.js'

const doc = (reviewState: ReviewState, live = false): WorkflowDocument => ({
  reviewState,
  authorId: 'editor-1',
  contributorIds: ['editor-1'],
  contentHash: 'h1',
  approvedHash: 'h1',
  warningCount: 0,
  live,
})
const reviewer = { id: 'reviewer-1', isPlatformAdmin: false, siteRoles: ['reviewer' as const] }

describe('the review workflow table (R-REVIEW-BEFORE-PUBLISH)', () => {
  it('is consistent: publishing ends in the live state, live transitions start from it, every state is reached', () => {
    for (const action of WORKFLOW_ACTIONS) {
      const transition = REVIEW_WORKFLOW[action]
      if (transition.writes === 'publish') expect({ action, to: transition.to }).toEqual({ action, to: LIVE_STATE })
      if (transition.appliesTo === 'live') expect({ action, from: transition.from }).toEqual({ action, from: [LIVE_STATE] })
      expect(transition.roles.length).toBeGreaterThan(0)
    }
    const reached = new Set<ReviewState>(['draft', ...WORKFLOW_ACTIONS.map((action) => REVIEW_WORKFLOW[action].to)])
    expect([...reached].sort()).toEqual([...REVIEW_STATES].sort())
  })

  it('derives who works each dashboard queue from the transitions that start there', () => {
    expect(Object.fromEntries(Object.keys(REVIEW_QUEUES).map((state) => [state, rolesActingIn(REVIEW_WORKFLOW, state as ReviewState)]))).toEqual({
      in_review: ['reviewer'],
      changes_requested: ['editor'],
      approved: ['editor'],
    })
  })

  it('labels the audit entries of every transition and system transition from the tables', () => {
    for (const action of WORKFLOW_ACTIONS) expect(AUDIT_ACTION_LABELS[action]).toBe(REVIEW_WORKFLOW[action].label.zh)
    for (const [kind, { label }] of Object.entries(SYSTEM_TRANSITIONS)) expect(AUDIT_ACTION_LABELS[kind]).toBe(label)
  })

  it('decides with the table it is given: a changed transition changes the decision, nothing else', () => {
    const variant: ReviewWorkflow = {
      ...REVIEW_WORKFLOW,
      reject: { ...REVIEW_WORKFLOW.reject, from: ['in_review', 'approved'], to: 'draft', requires: {} },
    }
    expect(decideTransition('reject', reviewer, doc('approved'), {})).toMatchObject({ ok: false, status: 409 })
    expect(decideTransition('reject', reviewer, doc('in_review'), {})).toMatchObject({ ok: false, code: 'workflow.comment_required' })
    expect(decideTransition('reject', reviewer, doc('approved'), {}, variant)).toEqual({ ok: true, to: 'draft' })
    expect(decideTransition('reject', reviewer, doc('in_review'), {}, variant)).toEqual({ ok: true, to: 'draft' })
    expect(rolesActingIn(variant, 'approved').sort()).toEqual(['editor', 'reviewer'])
  })
})
