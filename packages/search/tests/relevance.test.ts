import { describe, expect, it } from 'vitest'

import { MemorySearchIndex, queryWords } from '../src/index.js'
import { doc } from './fixtures.js'

async function indexOf(...docs: ReturnType<typeof doc>[]) {
  const index = new MemorySearchIndex()
  for (const item of docs) await index.upsert(item)
  return index
}

const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id)

describe('Chinese relevance', () => {
  it('segments 政务新媒体 into the words 政务 and 新媒体 (Intl.Segmenter plus lone-character joining)', () => {
    expect(queryWords('政务新媒体').map((word) => word.surface)).toEqual(['政务', '新媒体'])
  })

  it('a search for 政务新媒体 finds documents that contain 政务 and 新媒体 as separate words', async () => {
    const index = await indexOf(
      doc({ id: 'apart', title: '关于规范管理工作的通知', body: '各单位要加强政务公开，规范新媒体账号的开设和运营。' }),
      doc({ id: 'together', title: '政务新媒体检查结果', body: '本季度共检查账号十二个。' }),
      doc({ id: 'only-one', title: '政务服务大厅开放时间', body: '媒体报道了大厅的新址。' }),
      doc({ id: 'none', title: '春季植树活动', body: '全市共植树一万株。' }),
    )
    const result = await index.search({ q: '政务新媒体' })
    expect(ids(result).sort()).toEqual(['apart', 'together'])
    expect(result.words).toEqual(['政务', '新媒体'])
  })

  it('ranks a title match above a body match (title boost)', async () => {
    const index = await indexOf(
      doc({ id: 'body', title: '关于开展工作检查的通知', body: '重点检查营商环境改善情况，以及其他事项的落实进度和整改效果。' }),
      doc({ id: 'title', title: '优化营商环境实施方案', body: '为贯彻落实上级部署，结合本市实际，制定本方案，请认真组织实施。' }),
    )
    expect(ids(await index.search({ q: '营商环境' }))).toEqual(['title', 'body'])
  })

  it('ranks more occurrences higher, and the newer document first on equal scores', async () => {
    const index = await indexOf(
      doc({ id: 'once', title: '工作动态', body: '召开防汛会议。' }),
      doc({ id: 'twice', title: '工作动态', body: '召开防汛会议，部署防汛工作。' }),
      doc({ id: 'old', title: '工作动态', body: '召开防汛会议。', publishedAt: '2020-01-01T00:00:00Z' }),
    )
    expect(ids(await index.search({ q: '防汛' }))).toEqual(['twice', 'once', 'old'])
  })

  it('matches full-width letters and digits and any letter case', async () => {
    const index = await indexOf(doc({ id: 'ipv6', title: 'ＩＰｖ６ 改造进展', body: '２０２６年完成全部改造。' }))
    expect(ids(await index.search({ q: 'ipv6 2026' }))).toEqual(['ipv6'])
    expect(ids(await index.search({ q: 'IPV6' }))).toEqual(['ipv6'])
  })

  it('a single character finds it inside longer words', async () => {
    const index = await indexOf(doc({ id: 'tax', title: '税收优惠政策解读', body: '' }))
    expect(ids(await index.search({ q: '税' }))).toEqual(['tax'])
  })

  it('requires every word by default: a document missing one word is not found', async () => {
    const index = await indexOf(doc({ id: 'a', title: '教育工作会议召开', body: '' }))
    expect((await index.search({ q: '教育 卫生' })).total).toBe(0)
  })

  it('`any` mode finds documents with some of the words, those with more words first', async () => {
    const index = await indexOf(doc({ id: 'both', title: '教育和卫生工作会议', body: '' }), doc({ id: 'one', title: '教育工作会议召开', body: '' }))
    const result = await index.search({ q: '教育 卫生', match: 'any' })
    expect(ids(result)).toEqual(['both', 'one'])
    expect(result.hits.map((hit) => hit.coverage)).toEqual([1, 0.5])
  })
})
