import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { performTransition } from '../../src/workflow/engine'
import { FULL_CHECKLIST, workflowFixture, type WorkflowFixture } from './workflow-fixture'

/** R-REVIEW-BEFORE-PUBLISH: every way around the workflow is refused and loses nothing. */
describe('publishing outside the workflow is refused on every write path', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  const latest = (id: string) => f.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  const isLive = async (id: string) =>
    (await f.payload.count({ collection: 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })).totalDocs > 0

  it('refuses creating content as published, over REST and the Local API', async () => {
    const rest = await f.api.rest('POST', 'articles', {
      token: f.tokenOf('platformAdmin'),
      body: { title: '直接发布', site: f.siteA, column: f.columnA, _status: 'published' },
    })
    expect(rest.status).toBe(403)
    expect(JSON.stringify(rest.body)).toContain('workflow.publish_forbidden')
    const editor = await f.payload.findByID({ collection: 'users', id: f.users.editorA.id })
    await expect(
      f.payload.create({
        collection: 'articles',
        data: { title: '直接发布', site: f.siteA, column: f.columnA, _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await f.payload.count({ collection: 'articles', where: { title: { equals: '直接发布' } } })).totalDocs).toBe(0)
  })

  it('refuses a plain update to published, even of approved content (the admin Publish button)', async () => {
    const id = await f.articleIn('approved')
    for (const path of [`articles/${id}`, `articles/${id}?draft=true`]) {
      const response = await f.api.rest('PATCH', path, { token: f.tokenOf('editorA'), body: { _status: 'published' } })
      expect(response.status).toBe(403)
    }
    expect(await isLive(id)).toBe(false)
    expect((await latest(id)).reviewState).toBe('approved')
  })

  it('refuses setting the review state directly', async () => {
    const id = await f.articleIn('draft')
    const response = await f.api.rest('PATCH', `articles/${id}?draft=true`, {
      token: f.tokenOf('platformAdmin'),
      body: { reviewState: 'approved' },
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toContain('workflow.state_change_forbidden')
    expect((await latest(id)).reviewState).toBe('draft')
  })

  it('keeps the approval record out of clients’ hands', async () => {
    const id = await f.articleIn('in_review')
    await f.api.rest('PATCH', `articles/${id}?draft=true`, {
      token: f.tokenOf('editorA'),
      body: { approval: { hash: 'forged', by: f.users.reviewerA.id } },
    })
    const doc = await latest(id)
    expect(doc.approval?.hash ?? null).toBeNull()
    expect(doc.reviewState).toBe('in_review')
  })

  it('refuses bulk PATCH ?where=… publishing and review-state changes', async () => {
    const first = await f.articleIn('approved')
    const second = await f.articleIn('approved')
    const where = `where[id][in]=${first},${second}`
    const publish = await f.api.rest('PATCH', `articles?${where}`, { token: f.tokenOf('platformAdmin'), body: { _status: 'published' } })
    expect(publish.status).toBeGreaterThanOrEqual(400)
    expect((publish.body.errors as unknown[]).length).toBe(2)
    const state = await f.api.rest('PATCH', `articles?${where}&draft=true`, {
      token: f.tokenOf('platformAdmin'),
      body: { reviewState: 'published' },
    })
    expect(state.status).toBeGreaterThanOrEqual(400)
    expect(await isLive(first)).toBe(false)
    expect(await isLive(second)).toBe(false)
    expect((await latest(first)).reviewState).toBe('approved')
  })

  it('refuses GraphQL mutations that publish or change the review state', async () => {
    const id = await f.articleIn('approved')
    const publish = await f.api.graphql(
      'mutation ($id: String!) { updateArticle(id: $id, data: { _status: published }) { id _status } }',
      { id },
      f.tokenOf('editorA'),
    )
    expect(publish.body.errors).toBeDefined()
    const state = await f.api.graphql(
      'mutation ($id: String!) { updateArticle(id: $id, draft: true, data: { reviewState: published }) { id } }',
      { id },
      f.tokenOf('editorA'),
    )
    expect(state.body.errors).toBeDefined()
    expect(await isLive(id)).toBe(false)
  })

  it('refuses Local API calls made with a user, and trusted calls without one', async () => {
    const id = await f.articleIn('approved')
    const editor = await f.payload.findByID({ collection: 'users', id: f.users.editorA.id })
    await expect(f.payload.update({ collection: 'articles', id, data: { _status: 'published' }, user: editor, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    await expect(f.payload.update({ collection: 'articles', id, data: { _status: 'published' } })).rejects.toMatchObject({
      status: 403,
    })
    expect(await isLive(id)).toBe(false)
  })

  it('refuses unpublishing or replacing live content outside the workflow', async () => {
    const id = await f.articleIn('published')
    const unpublish = await f.api.rest('PATCH', `articles/${id}`, { token: f.tokenOf('siteAdminA'), body: { _status: 'draft' } })
    expect(unpublish.status).toBe(403)
    const overwrite = await f.api.rest('PATCH', `articles/${id}`, { token: f.tokenOf('editorA'), body: { title: '偷偷改掉已发布标题' } })
    expect(overwrite.status).toBe(403)
    const remove = await f.api.rest('DELETE', `articles/${id}`, { token: f.tokenOf('siteAdminA') })
    expect(remove.status).toBe(409)
    const visitor = await f.api.rest('GET', `articles/${id}`)
    expect(visitor).toMatchObject({ status: 200, body: { title: '关于做好冬季安全生产工作的通知' } })
  })

  it('refuses Payload’s own scheduled-publish job path: a job writing _status goes through the same guard', async () => {
    const id = await f.articleIn('approved')
    const req = await createLocalReq({}, f.payload)
    await expect(
      f.payload.update({ collection: 'articles', id, data: { _status: 'published' }, req, context: { scheduledPublish: true } }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await isLive(id)).toBe(false)
  })

  it('refuses restoring an old published version as live content (version history)', async () => {
    const id = await f.articleIn('published')
    await f.act('reviewerA', id, 'unpublish', { comment: '内容需更正' })
    const versions = await f.payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    })
    const published = versions.docs[0]
    expect(published).toBeDefined()
    const restore = await f.api.rest('POST', `articles/versions/${published?.id}`, { token: f.tokenOf('platformAdmin') })
    expect(restore.status).toBe(403)
    expect(await isLive(id)).toBe(false)
  })

  it('does not leave the engine’s permission on a request it used', async () => {
    const id = await f.articleIn('in_review')
    const reviewer = await f.payload.findByID({ collection: 'users', id: f.users.reviewerA.id })
    const req = await createLocalReq({ user: { ...reviewer, collection: 'users' } }, f.payload)
    await performTransition({ req, collection: 'articles', id, action: 'approve', body: { checklist: FULL_CHECKLIST }, now: new Date() })
    await expect(f.payload.update({ collection: 'articles', id, data: { _status: 'published' }, req })).rejects.toMatchObject({
      status: 403,
    })
    await expect(f.payload.update({ collection: 'articles', id, data: { reviewState: 'published' }, draft: true, req })).rejects.toMatchObject({ status: 403 })
    expect(await isLive(id)).toBe(false)
  })

  it('keeps staff out of other sites’ content', async () => {
    const id = await f.articleIn('draft')
    const read = await f.api.rest('GET', `articles/${id}?draft=true`, { token: f.tokenOf('editorB') })
    expect(read.status).toBe(404)
    const write = await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('editorB'), body: { title: '跨站修改' } })
    expect(write.status).toBe(403)
    const move = await f.api.rest('POST', 'articles?draft=true', { token: f.tokenOf('editorB'), body: { title: '跨站新建', site: f.siteA, column: f.columnA } })
    expect(move.status).toBe(403)
    const reviewerWrites = await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('reviewerA'), body: { title: '审核人员改稿' } })
    expect(reviewerWrites.status).toBe(403)
    expect((await latest(id)).title).toBe('关于做好冬季安全生产工作的通知')
  })
})
