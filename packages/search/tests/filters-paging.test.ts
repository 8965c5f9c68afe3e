import { beforeAll, describe, expect, it } from 'vitest'

import { MemorySearchIndex, type SearchDocument } from '../src/index.js'
import { doc } from './fixtures.js'

const index = new MemorySearchIndex()
const documents: SearchDocument[] = [
  doc({ id: 'p-article', site: 'portal', type: 'article', title: '垃圾分类宣传周启动', publishedAt: '2026-01-10T02:00:00Z' }),
  doc({ id: 'p-policy', site: 'portal', type: 'policy', title: '垃圾分类管理办法', publishedAt: '2026-02-10T02:00:00Z' }),
  doc({ id: 'c-notice', site: 'county', siteSlug: 'county', type: 'notice', title: '垃圾分类督查通知', publishedAt: '2026-03-10T02:00:00Z' }),
  doc({ id: 'f-interp', site: 'fgw', siteSlug: 'fgw', type: 'interpretation', title: '垃圾分类管理办法解读', publishedAt: '2026-04-10T02:00:00Z' }),
]

beforeAll(async () => {
  for (const item of documents) await index.upsert(item)
})

const found = async (query: Parameters<MemorySearchIndex['search']>[0]) => (await index.search(query)).hits.map((hit) => hit.id).sort()

describe('filters', () => {
  it('by sites', async () => {
    expect(await found({ q: '垃圾分类', sites: ['portal'] })).toEqual(['p-article', 'p-policy'])
    expect(await found({ q: '垃圾分类', sites: ['county', 'fgw'] })).toEqual(['c-notice', 'f-interp'])
    expect(await found({ q: '垃圾分类', sites: [] })).toHaveLength(4)
  })

  it('by types', async () => {
    expect(await found({ q: '垃圾分类', types: ['policy', 'interpretation'] })).toEqual(['f-interp', 'p-policy'])
  })

  it('by publication date range (inclusive)', async () => {
    expect(await found({ q: '垃圾分类', publishedFrom: new Date('2026-02-10T02:00:00Z'), publishedTo: new Date('2026-03-10T02:00:00Z') })).toEqual([
      'c-notice',
      'p-policy',
    ])
    expect(await found({ q: '垃圾分类', publishedFrom: new Date('2026-04-01T00:00:00Z') })).toEqual(['f-interp'])
  })

  it('combines filters', async () => {
    expect(await found({ q: '垃圾分类', sites: ['portal'], types: ['policy'], publishedTo: new Date('2026-01-31T00:00:00Z') })).toEqual([])
  })

  it('returns the site and url of each hit', async () => {
    const [hit] = (await index.search({ q: '督查' })).hits
    expect(hit).toMatchObject({ id: 'c-notice', site: 'county', siteSlug: 'county', type: 'notice', url: '/articles/c-notice' })
  })
})

describe('pagination', () => {
  it('pages through every match once, in order, with the total and page count', async () => {
    const first = await index.search({ q: '垃圾分类', pageSize: 3 })
    const second = await index.search({ q: '垃圾分类', pageSize: 3, page: 2 })
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3, pageCount: 2 })
    expect(first.hits).toHaveLength(3)
    expect(second.hits).toHaveLength(1)
    const all = [...first.hits, ...second.hits].map((hit) => hit.id)
    expect(new Set(all).size).toBe(4)
    const scores = [...first.hits, ...second.hits].map((hit) => hit.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('a page past the end is empty, not an error', async () => {
    const result = await index.search({ q: '垃圾分类', pageSize: 3, page: 5 })
    expect(result).toMatchObject({ total: 4, hits: [] })
  })
})

describe('suggestions for an empty result', () => {
  it('offers the query without a word that has no match', async () => {
    const result = await index.search({ q: '垃圾分类 火星' })
    expect(result.total).toBe(0)
    expect(result.suggestions).toContainEqual({ kind: 'drop-word', q: '垃圾分类', total: 4 })
  })

  it('offers all sites when only other sites match', async () => {
    const result = await index.search({ q: '督查', sites: ['portal'] })
    expect(result.suggestions).toEqual([{ kind: 'all-sites', q: '督查', total: 1 }])
  })

  it('offers the search without type and date filters', async () => {
    const result = await index.search({ q: '宣传周', types: ['policy'] })
    expect(result.suggestions).toEqual([{ kind: 'no-filters', q: '宣传周', total: 1 }])
  })

  it('has no suggestions when something was found, and none that would find nothing', async () => {
    expect((await index.search({ q: '垃圾分类' })).suggestions).toEqual([])
    expect((await index.search({ q: '火星 月球' })).suggestions).toEqual([])
  })
})
