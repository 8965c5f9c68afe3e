import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchIndexOf } from '../../src/search/search-index-store'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

describe('Q&A through GET /api/qa (R-KB)', () => {
  let f: WorkflowFixture
  let department: string

  beforeAll(async () => {
    f = await workflowFixture()
    department = (
      await f.payload.create({
        collection: 'sites',
        data: { name: '示例市人力资源和社会保障局', slug: 'rsj', kind: 'department', parent: f.siteA, englishDomain: 'rsj.example.gov.cn', status: 'planned' },
      })
    ).id
    // The knowledge-base collection (faqs) is built separately; until it registers as a search
    // source, its entries are put into the CMS's real index directly.
    const index = searchIndexOf(f.payload)!
    const faq = (id: string, site: string, title: string, body: string) =>
      index.upsert({ id, type: 'faq', site, title, body, url: `/faq/${id}`, publishedAt: '2026-11-01T02:00:00.000Z' })
    await faq('faq-portal', f.siteA, '社保卡丢失了如何补办？', '携带身份证到任一社保服务网点办理挂失和补办。')
    await faq('faq-department', department, '社保卡补办需要多长时间？', '现场补办立等可取。')
    await faq('faq-county', f.siteB, '社保卡补办地点在哪里？', '县政务服务中心一楼。')
  })
  afterAll(async () => {
    await f?.cleanup()
  })

  const ask = async (site: string, question: string) => f.api.rest('GET', `qa?site=${encodeURIComponent(site)}&q=${encodeURIComponent(question)}`)

  it('answers from the site and its parent portal only', async () => {
    const { status, body } = await ask('rsj', '社保卡丢了怎么补办？')
    expect(status).toBe(200)
    const hits = body.hits as { id: string; site: { slug: string } }[]
    expect(hits.map((hit) => hit.id).sort()).toEqual(['faq-department', 'faq-portal'])
    expect(body.suggestMessage).toBe(false)
    expect((await ask('portal', '社保卡补办')).body.hits).toMatchObject([{ id: 'faq-portal', site: { slug: 'portal' } }])
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
