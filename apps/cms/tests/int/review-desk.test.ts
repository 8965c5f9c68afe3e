import type { ReviewDeskAnswer } from '@govsite/domain'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { setClock } from '../../src/shared/clock'
import { lexicalText } from '../../src/seed/lexical-text'
import { NOW, workflowFixture, type Persona, type WorkflowFixture } from './workflow-fixture'

const minutes = (count: number) => new Date(NOW.getTime() + count * 60_000)

describe('review desk (GET /api/review-desk)', () => {
  let f: WorkflowFixture
  const ids: Record<string, string> = {}

  const desk = async (persona: Persona, query: Record<string, string> = {}) => {
    const response = await f.api.rest('GET', `review-desk?${new URLSearchParams(query)}`, { token: f.tokenOf(persona) })
    return { status: response.status, body: response.body as unknown as ReviewDeskAnswer & { code?: string; message?: string } }
  }

  beforeAll(async () => {
    f = await workflowFixture()
    // Three articles of site A submitted 0, 30 and 90 minutes after NOW; one of site B; one returned.
    for (const [key, title, at] of [
      ['early', '甲：关于冬季供暖工作的通知', 0],
      ['middle', '乙：关于道路维修的公告', 30],
      ['late', '丙：关于开展安全检查的通知', 90],
    ] as const) {
      ids[key] = await f.draftArticle(title)
      await f.act('editorA', ids[key]!, 'submit', {}, minutes(at))
    }
    const editorB = await f.userDoc('editorB')
    ids.siteB = (
      await f.payload.create({
        collection: 'articles',
        data: { title: '县里的稿件', site: f.siteB, column: f.columnB, summary: '县里的稿件摘要。' },
        draft: true,
        user: editorB,
        overrideAccess: false,
      })
    ).id
    await f.actOn('editorB', 'articles', ids.siteB, 'submit', {}, minutes(10))
    ids.returned = await f.draftArticle('丁：需要修改的稿件')
    await f.act('editorA', ids.returned, 'submit', {}, minutes(5))
    await f.act('reviewerA', ids.returned, 'reject', { comment: '请补充时间' }, minutes(40))
    setClock(() => minutes(120))
  })

  afterAll(async () => {
    setClock(() => new Date())
    await f?.cleanup()
  })

  it('lists what awaits the reviewer on their sites, with site, column, author name, submission time, findings and waiting time', async () => {
    const { status, body } = await desk('reviewerA')
    expect(status).toBe(200)
    expect(body.queue).toBe('pending')
    expect(body.totalDocs).toBe(3)
    // The longest waiting first by default.
    expect(body.docs.map((row) => row.id)).toEqual([ids.early, ids.middle, ids.late])
    expect(body.docs[0]).toMatchObject({
      collection: 'articles',
      title: '甲：关于冬季供暖工作的通知',
      site: { id: f.siteA, name: '示例市人民政府' },
      column: { id: f.columnA, name: '工作动态' },
      author: 'editorA',
      since: NOW.toISOString(),
      waitingMinutes: 120,
      waitingLabel: '2小时',
      findings: 0,
      approvable: true,
      notApprovableReason: null,
      previewable: true,
    })
    expect(body.docs[2]).toMatchObject({ since: minutes(90).toISOString(), waitingMinutes: 30, waitingLabel: '30分钟' })
    expect(body.sites).toEqual([{ id: f.siteA, name: '示例市人民政府' }])
    expect((await desk('reviewerB')).body.docs.map((row) => row.id)).toEqual([ids.siteB])
  })

  it('sorts and pages on the server', async () => {
    const byTitle = await desk('reviewerA', { sort: 'title' })
    expect(byTitle.body.docs.map((row) => row.title.slice(0, 1))).toEqual(['丙', '甲', '乙'])
    const newest = await desk('reviewerA', { sort: 'waiting' })
    expect(newest.body.docs.map((row) => row.id)).toEqual([ids.late, ids.middle, ids.early])
    const second = await desk('reviewerA', { sort: 'since', limit: '2', page: '2' })
    expect(second.body).toMatchObject({ totalDocs: 3, totalPages: 2, page: 2, limit: 2 })
    expect(second.body.docs.map((row) => row.id)).toEqual([ids.late])
  })

  it('filters by site only among the sites the user works, and shows platform admins every site', async () => {
    const admin = await desk('platformAdmin', { site: f.siteB })
    expect(admin.body.docs.map((row) => row.id)).toEqual([ids.siteB])
    expect((await desk('platformAdmin')).body.totalDocs).toBe(4)
    const foreign = await desk('reviewerA', { site: f.siteB })
    expect(foreign.status).toBe(403)
    expect(foreign.body.code).toBe('review_desk.site_forbidden')
  })

  it('gives editors their returned and approved queues, and refuses queues a user does not work', async () => {
    const returned = await desk('editorA', { queue: 'returned' })
    expect(returned.body.docs.map((row) => row.id)).toEqual([ids.returned])
    expect(returned.body.docs[0]).toMatchObject({ since: minutes(40).toISOString(), waitingMinutes: 80 })
    expect((await desk('editorB', { queue: 'returned' })).body.totalDocs).toBe(0)
    const editorPending = await desk('editorA', { queue: 'pending' })
    expect(editorPending.status).toBe(403)
    expect(editorPending.body).toMatchObject({ code: 'review_desk.forbidden' })
    expect(editorPending.body.message).toContain('待审稿件')
    const reviewerReturned = await desk('reviewerA', { queue: 'returned' })
    expect(reviewerReturned.status).toBe(403)
    const anonymous = await desk('anonymous')
    expect(anonymous.status).toBe(403)
    expect(anonymous.body.code).toBe('auth.login_required')
  })

  it('never flags the user’s own work as approvable, and says why in one line', async () => {
    const admin = await f.userDoc('platformAdmin')
    const own = (
      await f.payload.create({
        collection: 'articles',
        data: { title: '平台管理员自己写的稿件', site: f.siteA, column: f.columnA, summary: '摘要。' },
        draft: true,
        user: admin,
        overrideAccess: false,
      })
    ).id
    await f.actOn('platformAdmin', 'articles', own, 'submit', {}, minutes(100))
    const row = (await desk('platformAdmin')).body.docs.find((candidate) => candidate.id === own)
    expect(row).toMatchObject({ approvable: false, author: 'platformAdmin' })
    expect(row?.notApprovableReason).toContain('不能审核自己撰写或修改过的内容')
    const others = (await desk('platformAdmin')).body.docs.filter((candidate) => candidate.id !== own)
    expect(others.every((candidate) => candidate.approvable)).toBe(true)
    const reviewerRow = (await desk('reviewerA')).body.docs.find((candidate) => candidate.id === own)
    expect(reviewerRow?.approvable).toBe(true)

    // The document's own 审核流程 panel says the same.
    const status = await f.api.rest('GET', `articles/${own}/workflow`, { token: f.tokenOf('platformAdmin') })
    expect(status.body.notOffered).toEqual([{ action: 'approve', label: '审核通过', reason: expect.stringContaining('不能审核自己撰写或修改过的内容') }])
    const editorView = await f.api.rest('GET', `articles/${own}/workflow`, { token: f.tokenOf('editorA') })
    expect(editorView.body.notOffered).toEqual([{ action: 'approve', label: '审核通过', reason: '您在本站点没有“审核通过”的权限' }])
    const reviewerView = await f.api.rest('GET', `articles/${own}/workflow`, { token: f.tokenOf('reviewerA') })
    expect(reviewerView.body.notOffered).toEqual([])
  })

  it('refuses malformed queries with 400 and what is wrong', async () => {
    const queries: Record<string, string>[] = [{ queue: 'drafts' }, { sort: 'password' }, { page: '0' }, { limit: '1000' }, { site: '../x' }, { where: '1' }]
    for (const query of queries) {
      const { status, body } = await desk('reviewerA', query)
      expect(status, JSON.stringify(query)).toBe(400)
      expect(body.code).toBe('review_desk.bad_query')
    }
  })

  it('answers any query of the desk, the diff and the preview with 200 or a refusal in the refusal shape, never a 5xx', async () => {
    // Previews on (503 `preview.disabled` otherwise, the answer of a service switched off).
    process.env.SITE_WEBHOOK_SECRET = 'desk-fuzz-secret-0123456789abcdef0123'
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('pending', 'approved', '-title', 'articles', '1', '0', '-1', '1e9', f.siteA, '../x'))
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('queue', 'site', 'sort', 'page', 'limit', 'collection', 'id', 'where'), value), async (query) => {
        const search = new URLSearchParams(query)
        for (const path of [`review-desk?${search}`, `review-desk/diff?${search}`, `review-desk/preview/${encodeURIComponent(query.id ?? 'x')}`]) {
          const { status, body } = await f.api.rest('GET', path, { token: f.tokenOf('reviewerA') })
          expect(status, path).toBeLessThan(500)
          if (status >= 400) expect(body.message, path).toMatch(/\p{Script=Han}/u)
        }
      }),
      { numRuns: 40, seed: 20261202 },
    )
    delete process.env.SITE_WEBHOOK_SECRET
  })

  it('compares the version under review with the live one, content fields only, marking insertions and deletions', async () => {
    const id = await f.articleIn('published')
    const editor = await f.userDoc('editorA')
    await f.payload.update({
      collection: 'articles',
      id,
      data: { title: '关于做好冬季消防安全工作的通知', body: lexicalText('全市各单位要落实消防责任。') },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await f.act('editorA', id, 'submit')
    const { status, body } = await f.api.rest('GET', `review-desk/diff?collection=articles&id=${id}`, { token: f.tokenOf('reviewerA') })
    expect(status).toBe(200)
    const fields = body.fields as { field: string; changed: boolean; parts: { text: string; kind: string }[] }[]
    const title = fields.find((field) => field.field === '标题')
    expect(title?.changed).toBe(true)
    expect(title?.parts.filter((part) => part.kind === 'removed').map((part) => part.text)).toEqual(['生产'])
    expect(title?.parts.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['消防'])
    // Whole words (the segmenter's), never half a character pair: 冬季 stays, 消防 is inserted, 生产 deleted.
    expect(title?.parts.map((part) => part.text).join('')).toBe('关于做好冬季消防安全生产工作的通知')
    const bodyField = fields.find((field) => field.field === '正文')
    expect(bodyField?.parts).toEqual([{ text: '全市各单位要落实消防责任。', kind: 'added' }])
    expect(fields.find((field) => field.field === '摘要')?.changed).toBe(false)
    expect(fields.find((field) => field.field === '所属栏目')).toMatchObject({ changed: false, parts: [{ text: '工作动态', kind: 'same' }] })
    expect(body).toMatchObject({ live: true, changedFields: 2 })
    expect(JSON.stringify(body)).not.toMatch(/reviewState|contentHash|author/)

    const foreign = await f.api.rest('GET', `review-desk/diff?collection=articles&id=${id}`, { token: f.tokenOf('reviewerB') })
    expect(foreign.status).toBe(404)
    const malformed = await f.api.rest('GET', `review-desk/diff?collection=articles`, { token: f.tokenOf('reviewerA') })
    expect(malformed.status).toBe(400)
    const unmanaged = await f.api.rest('GET', `review-desk/diff?collection=users&id=${id}`, { token: f.tokenOf('reviewerA') })
    expect(unmanaged.body.code).toBe('workflow.not_managed')
  })
})
