import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from './interaction-fixture'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

interface Refusal {
  status: number
  body: { code?: string; message?: string; findings?: { code: string; severity: string; field?: string; message: string }[] }
}

/**
 * R-NO-ADS, R-REVIEW-BEFORE-PUBLISH: forbidden words and spam addresses in any field the public
 * sees stop the submission, and the refusal names the field as the editor sees it.
 */
describe('pre-review checks on every public field at submit', () => {
  let f: WorkflowFixture
  let policyColumn: string
  let noticeColumn: string

  beforeAll(async () => {
    f = await workflowFixture()
    const column = (kind: 'policy' | 'notices', slug: string) =>
      f.payload.create({ collection: 'columns', data: { site: f.siteA, name: slug, slug, kind } }).then((doc) => doc.id)
    policyColumn = await column('policy', 'zcwj')
    noticeColumn = await column('notices', 'tzgg')
  })

  afterAll(async () => f?.cleanup())

  async function draft(collection: string, data: Record<string, unknown>): Promise<string> {
    const user = await f.userDoc('editorA')
    const doc = await f.payload.create({
      collection: collection as 'articles',
      data: { site: f.siteA, ...data } as never,
      draft: true,
      user,
      overrideAccess: false,
    })
    return String(doc.id)
  }

  const submit = async (collection: string, id: string) =>
    (await f.api.rest('POST', `${collection}/${id}/workflow/submit`, { token: f.tokenOf('editorA') })) as Refusal

  async function expectRefused(collection: string, id: string, field: string, code: string) {
    const response = await submit(collection, id)
    expect(response.status).toBe(403)
    expect(response.body.code).toBe('workflow.blocking_findings')
    expect(response.body.findings).toContainEqual(expect.objectContaining({ code, severity: 'blocking', field }))
    expect(response.body.message).toContain(`【${field}】`)
    const stored = await f.payload.findByID({ collection: collection as 'articles', id, draft: true, depth: 0, overrideAccess: true })
    expect(stored.reviewState).toBe('draft')
  }

  it.each([
    ['a casino name in its source', '来源', { source: '澳门新葡京' }, 'check.forbidden_word.gambling'],
    ['a letter-spaced gambling phrase in its byline', '作者', { byline: '百 家 乐 真 人 荷 官' }, 'check.forbidden_word.gambling'],
    ['a traditional-script fake-invoice keyword', '关键词', { keywords: ['政务公开', '代開發票'] }, 'check.forbidden_word.invoices'],
    ['a betting brand in its slug', '网址标识', { slug: 'bet365-tiyu' }, 'check.forbidden_word.gambling'],
    ['a bare spam domain typed in its body', '正文', { body: lexical('详情请访问 xpj8888点vip 了解。') }, 'check.spam_link'],
    ['an SEO keyword chain in its summary', '摘要', { summary: '足球比分_即时比分_皇冠体育' }, 'check.seo_keyword_chain'],
  ])('refuses an article with %s, naming 【%s】', async (_what, field, data, code) => {
    const id = await f.draftArticle('关于做好冬季安全生产工作的通知', data)
    await expectRefused('articles', id, field, code)
  })

  it('refuses a survey whose answer option is spam, naming the question and the option', async () => {
    const id = await draft('surveys', {
      title: '公共服务满意度调查',
      opensAt: '2026-12-01T00:00:00.000Z',
      closesAt: '2026-12-20T00:00:00.000Z',
      questions: [
        { label: '您对办事效率是否满意', kind: 'single', options: [{ label: '满意' }, { label: '加微信领红包' }] },
        { label: '其他建议', kind: 'text' },
      ],
    })
    await expectRefused('surveys', id, '问题 1 › 选项 2', 'check.forbidden_word.advertising')
  })

  it('refuses a policy document whose issuing agency or topic carries spam', async () => {
    const id = await draft('policy-documents', {
      title: '关于印发示例市营商环境优化措施的通知',
      column: policyColumn,
      issuingAgency: '示例市人民政府办公室',
      topic: '开云体育官网入口',
    })
    await expectRefused('policy-documents', id, '主题分类', 'check.seo_brand_token')
  })

  it('refuses a notice whose moved-to address is a spam domain', async () => {
    const id = await draft('notices', { title: '关于网站迁移的公告', column: noticeColumn, kind: 'closure-migration', movedTo: 'https://www.amjs333.vip/' })
    await expectRefused('notices', id, '内容迁移后的网址', 'check.spam_link')
  })

  it('refuses an FAQ whose category is spam', async () => {
    const id = await draft('faqs', { question: '如何办理居住证？', category: '无视征信 当天下款', answer: lexical('请携带身份证到派出所办理。') })
    await expectRefused('faqs', id, '分类', 'check.forbidden_word.loans')
  })

  it('lets clean government text with the same everyday words through', async () => {
    const id = await f.draftArticle('关于规范商品促销行为的提示', {
      source: '示例市市场监督管理局',
      byline: '市场监管局办公室',
      keywords: ['促销', '发票', '体育彩票'],
      summary: '经营者开展促销活动应当明示促销内容，购买商品时请索取发票；体育彩票公益金使用情况另行公告。',
      body: lexical('依法查处“全网最低价”等虚假宣传行为。详见www.example.gov.cn。'),
    })
    expect(await submit('articles', id)).toMatchObject({ status: 200, body: { reviewState: 'in_review' } })
  })
})
