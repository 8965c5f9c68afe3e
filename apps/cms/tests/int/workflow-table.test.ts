import { REVIEW_WORKFLOW } from '@govsite/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { walkEveryTransition } from './workflow-table-walk'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

describe('the workflow table is the workflow (R-REVIEW-BEFORE-PUBLISH, R-ROLE-SEPARATE)', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  it('takes every transition of REVIEW_WORKFLOW through the real engine exactly as the table states it', async () => {
    const { taken } = await walkEveryTransition(f, REVIEW_WORKFLOW)
    expect(taken.sort()).toEqual([
      'approve from in_review',
      'publish from approved',
      'reject from in_review',
      'submit from changes_requested',
      'submit from draft',
      'submit from withdrawn',
      'unpublish from published+live',
    ])
  })
})
