import { REVIEW_WORKFLOW, type ReviewWorkflow } from '@govsite/domain'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ReviewQueues } from '../../src/workflow/admin/review-queues'
import { reviewWorkflowSetting } from '../../src/workflow/workflow-table'
import { satisfyingBody, walkEveryTransition } from './workflow-table-walk'
import { FULL_CHECKLIST, workflowFixture, type WorkflowFixture } from './workflow-fixture'

/**
 * Another table, given to the real config in place of REVIEW_WORKFLOW and nothing else changed:
 * site admins approve too, a reviewer may send approved content back, and a withdrawal needs no
 * reason and returns the content to its editor.
 */
const VARIANT: ReviewWorkflow = {
  ...REVIEW_WORKFLOW,
  approve: { ...REVIEW_WORKFLOW.approve, roles: ['reviewer', 'site-admin'] },
  reject: { ...REVIEW_WORKFLOW.reject, from: ['in_review', 'approved'] },
  unpublish: { ...REVIEW_WORKFLOW.unpublish, to: 'changes_requested', requires: {} },
}

describe('changing the workflow table is the only edit needed to change a transition', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture({ adjust: (config) => ({ ...config, custom: { ...config.custom, ...reviewWorkflowSetting(VARIANT) } }) })
  })

  afterAll(async () => f?.cleanup())

  it('takes every transition of the changed table through the real engine as that table states it', async () => {
    const { taken } = await walkEveryTransition(f, VARIANT)
    expect(taken.sort()).toEqual([
      'approve from in_review',
      'publish from approved',
      'reject from approved',
      'reject from in_review',
      'submit from changes_requested',
      'submit from draft',
      'unpublish from published+live',
    ])
  })

  it('lets a site admin approve, a reviewer send back an approval, and withdraws without a reason into 被退回', async () => {
    const reviewed = await f.articleIn('in_review')
    expect(await f.act('siteAdminA', reviewed, 'approve', { checklist: FULL_CHECKLIST })).toMatchObject({ reviewState: 'approved' })
    expect(await f.act('reviewerA', reviewed, 'reject', satisfyingBody(VARIANT.reject))).toMatchObject({ reviewState: 'changes_requested' })

    const live = await f.articleIn('published')
    expect(await f.act('reviewerA', live, 'unpublish', {})).toMatchObject({ reviewState: 'changes_requested', live: false })
  })

  it('offers the panel the changed transitions with the changed requirements', async () => {
    const approved = await f.articleIn('approved')
    const status = await f.api.rest('GET', `articles/${approved}/workflow`, { token: f.tokenOf('reviewerA') })
    expect(status.body.actions).toEqual([{ action: 'reject', label: '退回修改', requires: VARIANT.reject.requires }])
    const published = await f.articleIn('published')
    const forAdmin = await f.api.rest('GET', `articles/${published}/workflow`, { token: f.tokenOf('siteAdminA') })
    expect(forAdmin.body.actions).toEqual([{ action: 'unpublish', label: '撤下', requires: {} }])
  })

  it('gives site admins the 待审核 queue, since they now act there', async () => {
    await f.articleIn('in_review')
    const user = await f.userDoc('siteAdminA')
    const element = await ReviewQueues({ payload: f.payload, user: { ...user, collection: 'users' }, i18n: {} as never })
    expect(element ? renderToStaticMarkup(element) : '').toMatch(/待审核（[1-9]\d*）/)
  })
})
