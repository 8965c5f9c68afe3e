import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { performTransition } from '../../src/workflow/engine'
import { bootPayload, type TestPayload } from './boot-payload'

describe('Local API on a fresh database', () => {
  let ctx: TestPayload
  let payload: Payload
  let siteId: string
  let columnId: string

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
  })

  afterAll(async () => ctx?.cleanup())

  it('creates and reads a site with a string id', async () => {
    const created = await payload.create({
      collection: 'sites',
      data: { name: '示例市人民政府', slug: 'portal', kind: 'city-portal', englishDomain: 'www.example.gov.cn', status: 'planned' },
    })
    siteId = created.id
    expect(typeof created.id).toBe('string')
    const read = await payload.findByID({ collection: 'sites', id: created.id })
    expect(read).toMatchObject({ name: '示例市人民政府', slug: 'portal', englishDomain: 'www.example.gov.cn', status: 'planned' })
    columnId = (await payload.create({ collection: 'columns', data: { site: siteId, name: '工作动态', slug: 'news', kind: 'news' } })).id
  })

  it('refuses a second site with the same slug', async () => {
    await expect(
      payload.create({
        collection: 'sites',
        data: { name: '重复', slug: 'portal', kind: 'city-portal', englishDomain: 'www.other.gov.cn', status: 'planned' },
      }),
    ).rejects.toThrow()
    const { totalDocs } = await payload.count({ collection: 'sites', where: { slug: { equals: 'portal' } } })
    expect(totalDocs).toBe(1)
  })

  it('refuses malformed slugs and domains with Chinese field messages', async () => {
    const fieldMessages = (error: unknown) =>
      ((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []).map((e) => `${e.path}:${e.message}`)
    const badSlug = await payload
      .create({ collection: 'sites', data: { name: '坏标识', slug: 'Bad Slug', kind: 'city-portal', englishDomain: 'www.bad.gov.cn', status: 'planned' } })
      .catch((error: unknown) => error)
    expect(fieldMessages(badSlug).join()).toContain('slug:标识只能包含小写字母、数字和连字符')
    const badDomain = await payload
      .create({ collection: 'sites', data: { name: '坏域名', slug: 'bad-domain', kind: 'city-portal', englishDomain: 'www.example.com', status: 'planned' } })
      .catch((error: unknown) => error)
    expect(fieldMessages(badDomain).join()).toMatch(/englishDomain:.*gov\.cn/)
    expect((await payload.count({ collection: 'sites' })).totalDocs).toBe(1)
  })

  it('keeps drafts away from visitors and serves the published version', async () => {
    const people = await Promise.all(
      (['editor', 'reviewer'] as const).map((role) =>
        payload.create({
          collection: 'users',
          data: { email: `${role}@example.gov.cn`, name: role, password: 'draft-test-password', siteRoles: [{ site: siteId, role }] },
        }),
      ),
    )
    const [editor, reviewer] = people.map((user) => ({ ...user, collection: 'users' as const }))
    const act = async (user: typeof editor, id: string, action: string, body: unknown = {}) =>
      performTransition({ req: await createLocalReq({ user }, payload), collection: 'articles', id, action, body, now: new Date() })

    const draft = await payload.create({
      collection: 'articles',
      data: { title: '草稿标题', site: siteId, column: columnId },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(draft._status).toBe('draft')
    expect((await payload.find({ collection: 'articles', overrideAccess: false })).totalDocs).toBe(0)

    await payload.update({ collection: 'articles', id: draft.id, data: { title: '正式标题' }, draft: true, user: editor, overrideAccess: false })
    await act(editor, draft.id, 'submit')
    await act(reviewer, draft.id, 'approve', {
      checklist: { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true },
    })
    await act(editor, draft.id, 'publish')
    const anonymousAfter = await payload.find({ collection: 'articles', overrideAccess: false })
    expect(anonymousAfter.docs.map((doc) => doc.title)).toEqual(['正式标题'])

    await payload.update({ collection: 'articles', id: draft.id, data: { title: '修改中的草稿' }, draft: true, user: editor, overrideAccess: false })
    const visitorView = await payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false })
    expect(visitorView.title).toBe('正式标题')
    const editorView = await payload.findByID({ collection: 'articles', id: draft.id, draft: true })
    expect(editorView).toMatchObject({ title: '修改中的草稿', reviewState: 'draft' })
  })

  it('does not let visitors list user accounts', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })
})
