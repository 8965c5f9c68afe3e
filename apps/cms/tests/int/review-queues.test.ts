import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ReviewQueues } from '../../src/workflow/admin/review-queues'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

describe('dashboard review queues', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  const queuesOf = async (persona: 'editorA' | 'reviewerA' | 'reviewerB') => {
    const user = await f.userDoc(persona)
    const element = await ReviewQueues({ payload: f.payload, user: { ...user, collection: 'users' }, i18n: {} as never })
    return element ? renderToStaticMarkup(element) : ''
  }

  it('shows reviewers what awaits them across their sites, and nothing of other sites', async () => {
    await f.articleIn('in_review')
    const reviewer = await queuesOf('reviewerA')
    expect(reviewer).toContain('待审核（1）')
    expect(reviewer).toContain('关于做好冬季安全生产工作的通知')
    expect(await queuesOf('reviewerB')).toContain('待审核（0）')
  })

  it('shows editors their returned items with the reviewer’s comment', async () => {
    const id = await f.articleIn('in_review')
    await f.act('reviewerA', id, 'reject', { comment: '请补充会议时间和地点' })
    const editor = await queuesOf('editorA')
    expect(editor).toContain('被退回（1）')
    expect(editor).toContain('退回意见：reviewerA：请补充会议时间和地点')
    expect(editor).not.toContain('待审核（')
  })
})
