import { describe, expect, it } from 'vitest'

import { MemorySearchIndex, SearchQueryError, type HighlightSegment } from '../src/index.js'
import { doc } from './fixtures.js'

const marked = (segments: HighlightSegment[]) => segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('')

describe('highlighting', () => {
  it('marks the query words in the title and the body snippet, as text segments', async () => {
    const index = new MemorySearchIndex()
    await index.upsert(doc({ id: 'a', title: '政务新媒体管理办法', body: '为规范政务新媒体运营，制定本办法。各单位要落实新媒体账号的内容审核责任。' }))
    const [hit] = (await index.search({ q: '政务新媒体' })).hits
    expect(marked(hit!.title)).toBe('[政务新媒体]管理办法')
    expect(marked(hit!.snippet)).toBe('为规范[政务新媒体]运营，制定本办法。各单位要落实[新媒体]账号的内容审核责任。')
  })

  it('keeps the original characters (full width, case) while matching normalized ones', async () => {
    const index = new MemorySearchIndex()
    await index.upsert(doc({ id: 'a', title: 'ＩＰｖ６改造', body: '' }))
    const [hit] = (await index.search({ q: 'ipv6' })).hits
    expect(hit!.title).toEqual([
      { text: 'ＩＰｖ６', match: true },
      { text: '改造', match: false },
    ])
  })

  it('cuts long bodies around the matches, with … where text was left out', async () => {
    const index = new MemorySearchIndex()
    const filler = '本市持续推进各项工作。'.repeat(30)
    await index.upsert(doc({ id: 'a', title: '工作动态', body: `${filler}重点推进乡村振兴战略实施。${filler}` }))
    const [hit] = (await index.search({ q: '乡村振兴' })).hits
    const text = hit!.snippet.map((segment) => segment.text).join('')
    expect(hit!.snippet[0]).toEqual({ text: '…', match: false })
    expect(hit!.snippet.at(-1)).toEqual({ text: '…', match: false })
    expect(text.length).toBeLessThanOrEqual(122)
    expect(hit!.snippet).toContainEqual({ text: '乡村振兴', match: true })
  })

  it('never produces markup: text that looks like HTML stays text', async () => {
    const index = new MemorySearchIndex()
    await index.upsert(doc({ id: 'a', title: '<b>通知</b>', body: '' }))
    const [hit] = (await index.search({ q: '通知' })).hits
    expect(hit!.title).toEqual([
      { text: '<b>', match: false },
      { text: '通知', match: true },
      { text: '</b>', match: false },
    ])
  })
})

describe('removal and replacement', () => {
  it('a removed document is never returned', async () => {
    const index = new MemorySearchIndex()
    await index.upsert(doc({ id: 'keep', title: '防汛工作部署' }))
    await index.upsert(doc({ id: 'gone', title: '防汛物资调拨' }))
    await index.remove('gone')
    const result = await index.search({ q: '防汛' })
    expect(result.hits.map((hit) => hit.id)).toEqual(['keep'])
    expect(result.total).toBe(1)
    expect((await index.search({ q: '物资调拨' })).total).toBe(0)
    await index.remove('never-indexed')
    expect((await index.stats()).documents).toBe(1)
  })

  it('an upsert replaces the old text: old words no longer find it', async () => {
    const index = new MemorySearchIndex()
    await index.upsert(doc({ id: 'a', title: '旧标题 春耕' }))
    await index.upsert(doc({ id: 'a', title: '新标题 秋收' }))
    expect((await index.search({ q: '春耕' })).total).toBe(0)
    expect((await index.search({ q: '秋收' })).hits.map((hit) => hit.id)).toEqual(['a'])
    expect((await index.stats()).documents).toBe(1)
  })

  it('stays correct across compaction of many removals', async () => {
    const index = new MemorySearchIndex()
    for (let n = 0; n < 3000; n++) await index.upsert(doc({ id: `d${n}`, title: n % 2 ? '单数 公告' : '双数 公告' }))
    for (let n = 0; n < 3000; n += 2) await index.remove(`d${n}`)
    expect((await index.search({ q: '双数' })).total).toBe(0)
    expect((await index.search({ q: '公告' })).total).toBe(1500)
    const stats = await index.stats()
    expect(stats.documents).toBe(1500)
    expect(stats.postings).toBeLessThan(1500 * 12)
  })
})

describe('bad queries and documents', () => {
  const index = new MemorySearchIndex()
  const refusal = async (query: Parameters<MemorySearchIndex['search']>[0]) => {
    try {
      await index.search(query)
    } catch (error) {
      if (error instanceof SearchQueryError) return error.code
      throw error
    }
    return 'accepted'
  }

  it('refuses empty, punctuation-only, overlong and too many words with a code and a Chinese message', async () => {
    expect(await refusal({ q: '' })).toBe('search.empty_query')
    expect(await refusal({ q: '   ' })).toBe('search.empty_query')
    expect(await refusal({ q: '，。！' })).toBe('search.empty_query')
    expect(await refusal({ q: '政'.repeat(101) })).toBe('search.query_too_long')
    expect(await refusal({ q: Array.from({ length: 13 }, (_, n) => `w${n}`).join(' ') })).toBe('search.too_many_words')
    await expect(index.search({ q: '' })).rejects.toThrow('请输入要搜索的词语')
  })

  it('refuses bad paging, types and date ranges', async () => {
    expect(await refusal({ q: '通知', page: 0 })).toBe('search.bad_page')
    expect(await refusal({ q: '通知', page: 1.5 })).toBe('search.bad_page')
    expect(await refusal({ q: '通知', pageSize: 51 })).toBe('search.bad_page_size')
    expect(await refusal({ q: '通知', types: ['video' as never] })).toBe('search.bad_type')
    expect(await refusal({ q: '通知', publishedFrom: new Date('2026-02-01'), publishedTo: new Date('2026-01-01') })).toBe('search.bad_date_range')
    expect(await refusal({ q: '通知', publishedFrom: new Date('garbage') })).toBe('search.bad_date')
    expect(await refusal({ q: '通知', page: 100, pageSize: 50 })).toBe('accepted')
  })

  it('refuses documents without an id, a known type or a date', async () => {
    await expect(index.upsert(doc({ id: '', title: 'x' }))).rejects.toThrow('id is required')
    await expect(index.upsert(doc({ title: 'x', type: 'video' as never }))).rejects.toThrow('unknown type')
    await expect(index.upsert(doc({ title: 'x', publishedAt: 'yesterday' }))).rejects.toThrow('not a date')
  })
})
