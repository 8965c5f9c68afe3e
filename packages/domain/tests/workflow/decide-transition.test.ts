import { describe, expect, it } from 'vitest'

import { decideTransition, type ReviewState, type WorkflowActionBody, type WorkflowActor, type WorkflowDocument } from '../../src/index.js'

const FULL_CHECKLIST: WorkflowActionBody['checklist'] = {
  compliance: true,
  wording: true,
  confidentiality: true,
  noAds: true,
  noPersonalOpinion: true,
}

const editor: WorkflowActor = { id: 'editor-1', isPlatformAdmin: false, siteRoles: ['editor'] }
const reviewer: WorkflowActor = { id: 'reviewer-1', isPlatformAdmin: false, siteRoles: ['reviewer'] }
const siteAdmin: WorkflowActor = { id: 'admin-1', isPlatformAdmin: false, siteRoles: ['site-admin'] }
const platformAdmin: WorkflowActor = { id: 'root', isPlatformAdmin: true, siteRoles: [] }
const outsider: WorkflowActor = { id: 'other', isPlatformAdmin: false, siteRoles: [] }

function doc(reviewState: ReviewState, overrides: Partial<WorkflowDocument> = {}): WorkflowDocument {
  return {
    reviewState,
    authorId: 'editor-1',
    contributorIds: ['editor-1'],
    contentHash: 'h1',
    approvedHash: reviewState === 'approved' ? 'h1' : null,
    warningCount: 0,
    live: reviewState === 'published',
    ...overrides,
  }
}

describe('decideTransition (R-REVIEW-BEFORE-PUBLISH, R-ROLE-SEPARATE)', () => {
  it('walks draft → in_review → approved → published → withdrawn with the right roles', () => {
    expect(decideTransition('submit', editor, doc('draft'), {})).toEqual({ ok: true, to: 'in_review' })
    expect(decideTransition('approve', reviewer, doc('in_review'), { checklist: FULL_CHECKLIST })).toEqual({
      ok: true,
      to: 'approved',
    })
    expect(decideTransition('publish', editor, doc('approved'), {})).toEqual({ ok: true, to: 'published' })
    expect(decideTransition('unpublish', reviewer, doc('published'), { comment: '信息已过期' })).toEqual({
      ok: true,
      to: 'withdrawn',
    })
    expect(decideTransition('unpublish', siteAdmin, doc('published'), { comment: '信息已过期' })).toMatchObject({ ok: true })
  })

  it('lets an editor resubmit after changes were requested or the item was withdrawn', () => {
    expect(decideTransition('submit', editor, doc('changes_requested'), {})).toMatchObject({ ok: true })
    expect(decideTransition('submit', editor, doc('withdrawn'), {})).toMatchObject({ ok: true })
  })

  it('refuses roles that do not own the transition with 403', () => {
    expect(decideTransition('approve', editor, doc('in_review'), { checklist: FULL_CHECKLIST })).toMatchObject({
      ok: false,
      status: 403,
      code: 'workflow.role_forbidden',
    })
    expect(decideTransition('submit', reviewer, doc('draft'), {})).toMatchObject({ status: 403 })
    expect(decideTransition('publish', reviewer, doc('approved'), {})).toMatchObject({ status: 403 })
    expect(decideTransition('publish', siteAdmin, doc('approved'), {})).toMatchObject({ status: 403 })
    expect(decideTransition('unpublish', editor, doc('published'), { comment: 'x' })).toMatchObject({ status: 403 })
    expect(decideTransition('submit', outsider, doc('draft'), {})).toMatchObject({ status: 403 })
  })

  it('refuses transitions the current state does not allow with 409', () => {
    expect(decideTransition('publish', editor, doc('draft'), {})).toMatchObject({
      ok: false,
      status: 409,
      code: 'workflow.invalid_state',
      message: '当前状态为“草稿”，不能执行“发布”',
    })
    expect(decideTransition('approve', reviewer, doc('draft'), { checklist: FULL_CHECKLIST })).toMatchObject({ status: 409 })
    expect(decideTransition('submit', editor, doc('in_review'), {})).toMatchObject({ status: 409 })
    expect(decideTransition('unpublish', reviewer, doc('approved'), { comment: 'x' })).toMatchObject({ status: 409 })
  })

  it('withdraws live content even while a newer draft of it is being edited', () => {
    expect(decideTransition('unpublish', reviewer, doc('draft', { live: true }), { comment: '内容有误' })).toEqual({
      ok: true,
      to: 'withdrawn',
    })
  })

  it('never lets anyone approve content they wrote or changed, platform admins included', () => {
    const ownWork = doc('in_review', { authorId: 'root', contributorIds: ['root'] })
    expect(decideTransition('approve', platformAdmin, ownWork, { checklist: FULL_CHECKLIST })).toMatchObject({
      status: 403,
      code: 'workflow.self_review',
    })
    const editedByReviewer = doc('in_review', { contributorIds: ['editor-1', 'reviewer-1'] })
    expect(decideTransition('approve', reviewer, editedByReviewer, { checklist: FULL_CHECKLIST })).toMatchObject({
      code: 'workflow.self_review',
    })
    expect(decideTransition('approve', platformAdmin, doc('in_review'), { checklist: FULL_CHECKLIST })).toMatchObject({ ok: true })
  })

  it('requires every checklist item, naming the missing ones', () => {
    const decision = decideTransition('approve', reviewer, doc('in_review'), {
      checklist: { ...FULL_CHECKLIST, confidentiality: false, noAds: undefined },
    })
    expect(decision).toMatchObject({ ok: false, status: 400, code: 'workflow.checklist_incomplete' })
    expect(decision.ok || decision.message).toContain('保密审查')
    expect(decision.ok || decision.message).toContain('无商业广告')
    expect(decideTransition('approve', reviewer, doc('in_review'), {})).toMatchObject({ code: 'workflow.checklist_incomplete' })
  })

  it('requires warnings from the pre-review checks to be acknowledged', () => {
    const warned = doc('in_review', { warningCount: 2 })
    expect(decideTransition('approve', reviewer, warned, { checklist: FULL_CHECKLIST })).toMatchObject({
      code: 'workflow.warnings_not_acknowledged',
    })
    expect(decideTransition('approve', reviewer, warned, { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } })).toMatchObject({ ok: true })
  })

  it('requires a comment to reject and a reason to unpublish', () => {
    expect(decideTransition('reject', reviewer, doc('in_review'), {})).toMatchObject({ status: 400, code: 'workflow.comment_required' })
    expect(decideTransition('reject', reviewer, doc('in_review'), { comment: '标题有误' })).toEqual({ ok: true, to: 'changes_requested' })
    expect(decideTransition('unpublish', reviewer, doc('published'), {})).toMatchObject({ code: 'workflow.reason_required' })
  })

  it('refuses to publish content whose hash no longer matches the approval', () => {
    expect(decideTransition('publish', editor, doc('approved', { contentHash: 'h2' }), {})).toMatchObject({
      status: 409,
      code: 'workflow.content_changed',
    })
    expect(decideTransition('publish', editor, doc('approved', { approvedHash: null }), {})).toMatchObject({
      code: 'workflow.content_changed',
    })
  })
})
