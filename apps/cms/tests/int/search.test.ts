import { MemorySearchIndex } from '@govsite/search'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSearchIndex } from '../../src/search/build-search-index'
import { searchIndexOf } from '../../src/search/search-index-store'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

interface Hit {
  id: string
  type: string
  url: string
  site: { id: string; slug: string; name: string }
  title: { text: string; match: boolean }[]
  snippet: { text: string; match: boolean }[]
}

describe('search through GET /api/search on real SQLite (published content only)', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
    await f.payload.update({ collection: 'sites', id: f.siteA, data: { creditCode: '11610100MB2955123X' } })
  })
  afterAll(async () => {
    await f?.cleanup()
  })

  const search = async (query: string) => {
    const response = await f.api.rest('GET', `search?${query}`)
    return { status: response.status, body: response.body as { total: number; hits: Hit[]; words: string[]; suggestions: unknown[] }, raw: response.body }
  }
  const found = async (query: string) => (await search(query)).body.hits.map((hit) => hit.id)
  const q = (text: string) => `q=${encodeURIComponent(text)}`

  const publishedArticle = async (title: string, summary: string) => {
    const id = await f.draftArticle(title, { summary })
    await f.approve('articles', id)
    await f.act('editorA', id, 'publish')
    return id
  }

  it('a draft, a submitted and an approved article are never found; publishing makes it findable at once', async () => {
    const id = await f.draftArticle('冬季供暖保障工作方案', { summary: '确保居民冬季供暖温度达标。' })
    expect(await found(q('供暖保障'))).toEqual([])
    await f.act('editorA', id, 'submit')
    expect(await found(q('供暖保障'))).toEqual([])
    await f.act('reviewerA', id, 'approve', { checklist: { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true } })
    expect(await found(q('供暖保障'))).toEqual([])
    await f.act('editorA', id, 'publish')
    const { status, body } = await search(q('供暖保障'))
    expect(status).toBe(200)
    expect(body.hits).toHaveLength(1)
    expect(body.hits[0]).toMatchObject({ id, type: 'article', url: `/articles/${id}`, site: { id: f.siteA, slug: 'portal', name: '示例市人民政府' } })
    expect(body.hits[0]!.title).toContainEqual({ text: '供暖保障', match: true })
  })

  it('政务新媒体 finds documents containing 政务 and 新媒体 as words, not those with only one of them', async () => {
    const apart = await publishedArticle('关于规范账号运营的通知', '各单位要加强政务公开，规范新媒体账号的开设和运营。')
    const together = await publishedArticle('政务新媒体季度检查结果', '本季度共检查账号十二个。')
    await publishedArticle('政务服务大厅开放时间调整', '大厅搬迁至市民中心。')
    const { body } = await search(q('政务新媒体'))
    expect(body.words).toEqual(['政务', '新媒体'])
    expect(body.hits.map((hit) => hit.id)).toEqual([together, apart])
  })

  it('withdrawing (unpublish) removes it from the results before the response returns', async () => {
    const id = await publishedArticle('秸秆禁烧工作通报', '加强秸秆综合利用。')
    expect(await found(q('秸秆禁烧'))).toEqual([id])
    await f.act('reviewerA', id, 'unpublish', { comment: '内容需要更新' })
    expect(await found(q('秸秆禁烧'))).toEqual([])
  })

  it('a new draft of a published article does not change what is found: the public version is', async () => {
    const id = await publishedArticle('城市绿道建设进展', '已建成绿道三十公里。')
    await f.payload.update({
      collection: 'articles',
      id,
      data: { title: '城市绿道建设进展（修订稿）', summary: '草稿：计划新增湿地公园。' },
      draft: true,
      user: await f.userDoc('editorA'),
      overrideAccess: false,
    })
    expect(await found(q('湿地公园'))).toEqual([])
    expect(await found(q('绿道'))).toEqual([id])
  })

  it('publishing an important policy also indexes the interpretation published with it (同步发布)', async () => {
    const column = async (kind: 'policy' | 'interpretation') =>
      (await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: kind, slug: `search-${kind}`, kind } })).id
    const policyId = (
      await f.payload.create({
        collection: 'policy-documents',
        data: { title: '示例市数据要素市场培育方案', site: f.siteA, column: await column('policy'), issuingAgency: '示例市人民政府办公室', important: true },
        draft: true,
        user: await f.userDoc('editorA'),
        overrideAccess: false,
      })
    ).id
    const interpretationId = (
      await f.payload.create({
        collection: 'interpretations',
        data: { title: '一图读懂数据要素市场培育方案', site: f.siteA, column: await column('interpretation'), form: 'text', policies: [policyId] },
        draft: true,
        user: await f.userDoc('editorA'),
        overrideAccess: false,
      })
    ).id
    await f.approve('policy-documents', policyId)
    await f.approve('interpretations', interpretationId)
    expect(await found(q('数据要素'))).toEqual([])
    await f.actOn('editorA', 'policy-documents', policyId, 'publish')
    const { body } = await search(q('数据要素'))
    expect(body.hits.map((hit) => [hit.type, hit.id, hit.url]).sort()).toEqual([
      ['interpretation', interpretationId, `/interpretations/${interpretationId}`],
      ['policy', policyId, `/policies/${policyId}`],
    ])
    expect((await search(`${q('数据要素')}&type=policy`)).body.hits.map((hit) => hit.id)).toEqual([policyId])
  })

  it('filters by site (slug or id), type and China-time date range', async () => {
    const countyEditor = await f.userDoc('editorB')
    const countyDoc = await f.payload.create({
      collection: 'articles',
      data: { title: '县域森林防火工作部署', site: f.siteB, column: f.columnB, summary: '森林防火期内严禁野外用火。' },
      draft: true,
      user: countyEditor,
      overrideAccess: false,
    })
    await f.actOn('editorB', 'articles', countyDoc.id, 'submit')
    await f.actOn('reviewerB', 'articles', countyDoc.id, 'approve', {
      checklist: { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true },
    })
    await f.actOn('editorB', 'articles', countyDoc.id, 'publish')
    const cityDoc = await publishedArticle('城区森林防火宣传', '森林防火人人有责。')

    expect((await found(q('森林防火'))).sort()).toEqual([countyDoc.id, cityDoc].sort())
    expect(await found(`${q('森林防火')}&site=county`)).toEqual([countyDoc.id])
    expect(await found(`${q('森林防火')}&site=${f.siteA}`)).toEqual([cityDoc])
    expect(await found(`${q('森林防火')}&type=notice,policy`)).toEqual([])
    // The fixture's clock publishes at 2026-11-24 10:00 China time.
    expect((await found(`${q('森林防火')}&from=2026-11-24&to=2026-11-24`)).sort()).toEqual([countyDoc.id, cityDoc].sort())
    expect(await found(`${q('森林防火')}&from=2026-11-25`)).toEqual([])
    const narrowed = await search(`${q('森林防火')}&site=portal&type=notice`)
    expect(narrowed.body.suggestions).toContainEqual({ kind: 'no-filters', q: '森林防火', total: 1 })
  })

  it('pages results', async () => {
    for (let n = 1; n <= 3; n++) await publishedArticle(`第${n}期人才引进公告`, '人才引进计划。')
    const first = await search(`${q('人才引进')}&pageSize=2`)
    const second = await search(`${q('人才引进')}&pageSize=2&page=2`)
    expect(first.body.total).toBe(3)
    expect(first.body.hits).toHaveLength(2)
    expect(second.body.hits).toHaveLength(1)
    expect(new Set([...first.body.hits, ...second.body.hits].map((hit) => hit.id)).size).toBe(3)
  })

  it('answers bad input with 400 [code] and a Chinese message, never 500', async () => {
    const cases: [string, string][] = [
      ['q=', 'search.empty_query'],
      [q('，。'), 'search.empty_query'],
      [q('政'.repeat(150)), 'search.query_too_long'],
      [q('政'.repeat(201)), 'search.invalid'],
      [`${q('通知')}&type=video`, 'search.invalid'],
      [`${q('通知')}&page=0`, 'search.invalid'],
      [`${q('通知')}&pageSize=500`, 'search.invalid'],
      [`${q('通知')}&page=abc`, 'search.invalid'],
      [`${q('通知')}&from=2026-02-30`, 'search.invalid'],
      [`${q('通知')}&from=2026/01/01`, 'search.invalid'],
      [`${q('通知')}&from=2026-03-01&to=2026-02-01`, 'search.invalid'],
      [`${q('通知')}&site=no-such-site`, 'search.invalid'],
    ]
    for (const [query, code] of cases) {
      const response = await search(query)
      expect({ query, status: response.status }).toEqual({ query, status: 400 })
      const [error] = (response.raw as { errors: { message: string }[] }).errors
      expect(error!.message).toMatch(new RegExp(`^\\[${code.replace('.', '\\.')}\\] \\p{Script=Han}`, 'u'))
    }
  })

  it('rebuilds the index from the database: every published document, no draft', async () => {
    await f.draftArticle('未发布的草稿不应进入索引', { summary: '草稿内容。' })
    const published = await f.payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
    const index = new MemorySearchIndex()
    const count = await buildSearchIndex(f.payload, index)
    expect(searchIndexOf(f.payload)).toBe(index)
    expect((await index.stats()).byType.article).toBe(published.totalDocs)
    expect(count).toBeGreaterThanOrEqual(published.totalDocs)
    expect(await found(q('未发布的草稿'))).toEqual([])
    expect((await found(q('政务新媒体'))).length).toBe(2)
  })
})
