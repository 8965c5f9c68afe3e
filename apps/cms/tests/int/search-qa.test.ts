import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from './interaction-fixture'
import { FULL_CHECKLIST, workflowFixture, type WorkflowFixture } from './workflow-fixture'

describe('Q&A through GET /api/qa over published FAQ entries (R-KB)', () => {
  let f: WorkflowFixture
  let department: string
  const ids: Record<string, string> = {}

  /** Draft an FAQ entry as `editor` and take it through review and publication. */
  const publishFaq = async (site: string, editor: 'editorA' | 'editorB', reviewer: 'reviewerA' | 'reviewerB', question: string, answer: string) => {
    const doc = await f.payload.create({
      collection: 'faqs',
      data: { site, question, answer: lexical(answer), category: '社会保障' },
      draft: true,
      user: await f.userDoc(editor),
      overrideAccess: false,
    })
    await f.actOn(editor, 'faqs', doc.id, 'submit')
    await f.actOn(reviewer, 'faqs', doc.id, 'approve', { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } })
    await f.actOn(editor, 'faqs', doc.id, 'publish')
    return doc.id
  }

  beforeAll(async () => {
    f = await workflowFixture()
    department = (
      await f.payload.create({
        collection: 'sites',
        data: { name: '示例市人力资源和社会保障局', slug: 'rsj', kind: 'department', parent: f.siteA, englishDomain: 'rsj.example.gov.cn', status: 'planned' },
      })
    ).id
    for (const [persona, role] of [
      ['editorA', 'editor'],
      ['reviewerA', 'reviewer'],
    ] as const) {
      await f.payload.update({
        collection: 'users',
        id: f.users[persona].id,
        data: {
          siteRoles: [
            { site: f.siteA, role },
            { site: department, role },
          ],
        },
      })
    }
    ids.portal = await publishFaq(f.siteA, 'editorA', 'reviewerA', '社保卡丢失了如何补办？', '携带身份证到任一社保服务网点办理挂失和补办。')
    ids.department = await publishFaq(department, 'editorA', 'reviewerA', '社保卡补办需要多长时间？', '现场补办立等可取。')
    ids.county = await publishFaq(f.siteB, 'editorB', 'reviewerB', '社保卡补办地点在哪里？', '县政务服务中心一楼。')
    const draft = await f.payload.create({
      collection: 'faqs',
      data: { site: f.siteA, question: '社保卡补办要交费吗？', answer: lexical('首次补办免费。') },
      draft: true,
      user: await f.userDoc('editorA'),
      overrideAccess: false,
    })
    ids.draft = draft.id
  })
  afterAll(async () => {
    await f?.cleanup()
  })

  const ask = async (site: string, question: string) => f.api.rest('GET', `qa?site=${encodeURIComponent(site)}&q=${encodeURIComponent(question)}`)

  it('answers from the site and its parent portal only', async () => {
    const { status, body } = await ask('rsj', '社保卡丢了怎么补办？')
    expect(status).toBe(200)
    const hits = body.hits as { id: string; site: { slug: string } }[]
    expect(hits.map((hit) => hit.id).sort()).toEqual([ids.department, ids.portal].sort())
    expect(body.suggestMessage).toBe(false)
    expect((await ask('portal', '社保卡补办')).body.hits).toMatchObject([{ id: ids.portal, site: { slug: 'portal' } }])
  })

  it('never answers from a draft, and forgets an entry once it is unpublished', async () => {
    const drafted = (await ask('portal', '补办要交费吗')).body.hits as { id: string }[]
    expect(drafted.map((hit) => hit.id)).not.toContain(ids.draft)
    await f.actOn('reviewerA', 'faqs', ids.portal!, 'unpublish', { comment: '内容调整' })
    expect((await ask('portal', '社保卡丢失了如何补办？')).body.hits).toEqual([])
  })

  it('suggests leaving a message when nothing matches', async () => {
    expect((await ask('portal', '公积金贷款额度怎么计算？')).body).toEqual({ hits: [], suggestMessage: true })
  })

  it('refuses a missing or unknown site and an empty question with 400', async () => {
    for (const path of ['qa?q=%E7%A4%BE%E4%BF%9D', 'qa?site=nowhere&q=%E7%A4%BE%E4%BF%9D', 'qa?site=portal&q=']) {
      const response = await f.api.rest('GET', path)
      expect({ path, status: response.status }).toEqual({ path, status: 400 })
      expect((response.body as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^\[search\.[a-z_]+\] \p{Script=Han}/u)
    }
  })
})
