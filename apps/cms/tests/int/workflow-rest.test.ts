import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FULL_CHECKLIST, workflowFixture, type WorkflowFixture } from './workflow-fixture'

describe('review workflow over REST (R-REVIEW-BEFORE-PUBLISH)', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  const post = (persona: Parameters<WorkflowFixture['tokenOf']>[0], id: string, action: string, body?: unknown) =>
    f.api.rest('POST', `articles/${id}/workflow/${action}`, { token: f.tokenOf(persona), body })

  it('takes an article from draft to the public site with the system publish time and an audit trail', async () => {
    const created = await f.api.rest('POST', 'articles?draft=true&depth=0', {
      token: f.tokenOf('editorA'),
      body: { title: '市政府召开常务会议', site: f.siteA, column: f.columnA, summary: '会议研究部署近期重点工作。' },
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: string }).id
    expect(created.body.doc).toMatchObject({ reviewState: 'draft', author: f.users.editorA.id })

    expect(await post('editorA', id, 'submit')).toMatchObject({ status: 200, body: { reviewState: 'in_review', live: false } })
    expect(await post('reviewerA', id, 'approve', { checklist: FULL_CHECKLIST, comment: '同意' })).toMatchObject({
      status: 200,
      body: { reviewState: 'approved' },
    })
    expect((await f.api.rest('GET', `articles/${id}`)).status).toBe(404)

    const before = Date.now()
    const published = await post('editorA', id, 'publish')
    expect(published).toMatchObject({ status: 200, body: { reviewState: 'published', live: true } })
    const publishedAt = Date.parse(published.body.publishedAt as string)
    expect(publishedAt).toBeGreaterThanOrEqual(before - 1000)
    expect(publishedAt).toBeLessThanOrEqual(Date.now() + 1000)

    const visitor = await f.api.rest('GET', `articles/${id}`)
    expect(visitor).toMatchObject({ status: 200, body: { title: '市政府召开常务会议', _status: 'published' } })
    for (const internal of ['author', 'contributors', 'approval', 'reviewFindings', 'scheduledBy']) expect(visitor.body).not.toHaveProperty(internal)

    const audit = await f.payload.find({ collection: 'audit-logs', where: { documentId: { equals: id } }, sort: 'createdAt' })
    expect(audit.docs.map((entry) => [entry.action, entry.fromState, entry.toState])).toEqual([
      ['submit', 'draft', 'in_review'],
      ['approve', 'in_review', 'approved'],
      ['publish', 'approved', 'published'],
    ])
    expect(audit.docs[1]).toMatchObject({ actor: expect.objectContaining({ id: f.users.reviewerA.id }), comment: '同意' })
    expect(audit.docs[1]?.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(audit.docs[2]?.contentHash).toBe(audit.docs[1]?.contentHash)
  })

  it('answers malformed bodies with 400 and a Chinese message', async () => {
    const id = await f.articleIn('in_review')
    const notJson = await post('reviewerA', id, 'approve', '{not json')
    expect(notJson).toMatchObject({ status: 400, body: { code: 'workflow.bad_json' } })
    const wrongShape = await post('reviewerA', id, 'approve', { checklist: { compliance: 'yes' } })
    expect(wrongShape).toMatchObject({ status: 400, body: { code: 'workflow.bad_request' } })
    expect(wrongShape.body.message).toContain('请求内容不正确')
    expect(await post('reviewerA', id, 'teleport')).toMatchObject({ status: 400, body: { code: 'workflow.unknown_action' } })
    expect((await f.payload.findByID({ collection: 'articles', id, draft: true })).reviewState).toBe('in_review')
  })

  it('answers 409 when the state does not allow the action and 404 for unknown documents', async () => {
    const id = await f.articleIn('draft')
    expect(await post('editorA', id, 'publish')).toMatchObject({ status: 409, body: { code: 'workflow.invalid_state' } })
    expect(await post('editorA', '00000000-0000-4000-8000-000000000000', 'submit')).toMatchObject({
      status: 404,
      body: { code: 'workflow.not_found' },
    })
  })

  it('never lets anyone approve their own work, platform admins included (R-ROLE-SEPARATE)', async () => {
    const created = await f.api.rest('POST', 'articles?draft=true', {
      token: f.tokenOf('platformAdmin'),
      body: { title: '平台管理员撰写的稿件', site: f.siteA, column: f.columnA },
    })
    const id = (created.body.doc as { id: string }).id
    expect(await post('platformAdmin', id, 'submit')).toMatchObject({ status: 200 })
    expect(await post('platformAdmin', id, 'approve', { checklist: FULL_CHECKLIST })).toMatchObject({
      status: 403,
      body: { code: 'workflow.self_review' },
    })
    expect(await post('reviewerA', id, 'approve', { checklist: FULL_CHECKLIST })).toMatchObject({ status: 200 })
  })

  it('refuses approval by someone who edited the content', async () => {
    const id = await f.articleIn('draft')
    await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('siteAdminA'), body: { title: '站点管理员修改了标题' } })
    const doc = await f.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect(doc.contributors).toEqual([f.users.editorA.id, f.users.siteAdminA.id])
    await post('editorA', id, 'submit')
    const reviewerAdmin = await f.payload.update({
      collection: 'users',
      id: f.users.siteAdminA.id,
      data: {
        siteRoles: [
          { site: f.siteA, role: 'site-admin' },
          { site: f.siteA, role: 'reviewer' },
        ],
      },
    })
    expect(reviewerAdmin.siteRoles).toHaveLength(2)
    expect(await post('siteAdminA', id, 'approve', { checklist: FULL_CHECKLIST })).toMatchObject({
      status: 403,
      body: { code: 'workflow.self_review' },
    })
    await f.payload.update({ collection: 'users', id: f.users.siteAdminA.id, data: { siteRoles: [{ site: f.siteA, role: 'site-admin' }] } })
  })

  it('voids the approval when anyone changes the content afterwards', async () => {
    const id = await f.articleIn('approved')
    const edit = await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { title: '审核后又改了标题' } })
    expect(edit.status).toBe(200)
    expect(edit.body.doc).toMatchObject({ reviewState: 'draft', approval: { hash: null } })
    expect(await post('editorA', id, 'publish')).toMatchObject({ status: 409, body: { code: 'workflow.invalid_state' } })
  })

  it('keeps the approval when nothing publishable changed', async () => {
    const id = await f.articleIn('approved')
    const doc = await f.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    const resave = await f.api.rest('PATCH', `articles/${id}?draft=true`, {
      token: f.tokenOf('editorA'),
      body: { title: doc.title, summary: doc.summary },
    })
    expect(resave.body.doc).toMatchObject({ reviewState: 'approved' })
    expect(await post('editorA', id, 'publish')).toMatchObject({ status: 200 })
  })

  it('duplicates published content as a fresh draft of the person who copied it', async () => {
    const id = await f.articleIn('published')
    await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { slug: 'winter-safety' } })
    const copy = await f.api.rest('POST', `articles/${id}/duplicate?draft=true&depth=0`, { token: f.tokenOf('siteAdminA'), body: {} })
    expect(copy.status).toBe(200)
    expect(copy.body.doc).toMatchObject({
      _status: 'draft',
      reviewState: 'draft',
      author: f.users.siteAdminA.id,
      contributors: [f.users.siteAdminA.id],
      approval: { hash: null },
      publishedAt: null,
    })
    expect((copy.body.doc as { slug?: string | null }).slug ?? null).toBeNull()
  })

  it('requires a comment to reject and a reason to unpublish', async () => {
    const inReview = await f.articleIn('in_review')
    expect(await post('reviewerA', inReview, 'reject')).toMatchObject({ status: 400, body: { code: 'workflow.comment_required' } })
    expect(await post('reviewerA', inReview, 'reject', { comment: '请核实会议时间' })).toMatchObject({
      status: 200,
      body: { reviewState: 'changes_requested' },
    })
    const live = await f.articleIn('published')
    expect(await post('reviewerA', live, 'unpublish')).toMatchObject({ status: 400, body: { code: 'workflow.reason_required' } })
    expect(await post('siteAdminA', live, 'unpublish', { comment: '信息已过时' })).toMatchObject({
      status: 200,
      body: { reviewState: 'withdrawn', live: false },
    })
    expect((await f.api.rest('GET', `articles/${live}`)).status).toBe(404)
  })

  it('withdraws a live article while a newer draft of it is in progress, keeping the draft', async () => {
    const id = await f.articleIn('published')
    await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { title: '修订中的新版本' } })
    expect((await f.api.rest('GET', `articles/${id}`)).body.title).toBe('关于做好冬季安全生产工作的通知')
    expect(await post('reviewerA', id, 'unpublish', { comment: '原文有误' })).toMatchObject({ status: 200, body: { live: false } })
    const latest = await f.payload.findByID({ collection: 'articles', id, draft: true })
    expect(latest).toMatchObject({ title: '修订中的新版本', reviewState: 'withdrawn' })
  })
})
