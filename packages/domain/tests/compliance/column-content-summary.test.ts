import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  columnCollection,
  COLUMN_KINDS,
  homepageLastPublishedAt,
  rollUpColumnContent,
  tallyColumnContent,
  type ColumnCollection,
  type ContentItemFacts,
} from '../../src/index.js'
import { china } from './site-fixture.js'

const item = (columnId: string, collection: ColumnCollection, publishedAt: string | null, published = true): ContentItemFacts => ({
  columnId,
  collection,
  published,
  publishedAt: publishedAt === null ? null : china(publishedAt),
})

describe('tallyColumnContent', () => {
  it('counts published items per column and type, and only visible publish times as updates', () => {
    const tallies = tallyColumnContent([
      item('news', 'articles', '2026-11-01 10:00'),
      item('news', 'articles', '2026-11-20 10:00'),
      item('news', 'articles', '2026-11-25 10:00', false),
      item('news', 'articles', null),
      item('notices', 'notices', null),
    ])
    expect(tallies).toEqual([
      { columnId: 'news', collection: 'articles', publishedCount: 3, lastPublishedAt: china('2026-11-20 10:00') },
      { columnId: 'notices', collection: 'notices', publishedCount: 1, lastPublishedAt: null },
    ])
  })
})

describe('rollUpColumnContent', () => {
  const columns = [
    { id: 'news', parentId: null, kind: 'news' as const },
    { id: 'headlines', parentId: 'news', kind: 'news' as const },
    { id: 'county', parentId: 'headlines', kind: 'news' as const },
    { id: 'policy', parentId: null, kind: 'policy' as const },
    { id: 'policy-news', parentId: 'policy', kind: 'news' as const },
    { id: 'policy-sub', parentId: 'policy', kind: 'policy' as const },
  ]

  it('adds the content of sub-columns at any depth that the column’s page lists (same type)', () => {
    const tallies = tallyColumnContent([
      item('news', 'articles', '2026-11-01 10:00'),
      item('county', 'articles', '2026-11-28 10:00'),
      item('policy-news', 'articles', '2026-11-30 10:00'),
      item('policy-sub', 'policy-documents', '2026-06-01 10:00'),
    ])
    const figures = rollUpColumnContent(columns, tallies)
    expect(figures.get('news')).toEqual({ publishedCount: 2, lastPublishedAt: china('2026-11-28 10:00') })
    expect(figures.get('headlines')).toEqual({ publishedCount: 1, lastPublishedAt: china('2026-11-28 10:00') })
    // A 政策文件 page lists policy documents: its news sub-column's articles are not shown there.
    expect(figures.get('policy')).toEqual({ publishedCount: 1, lastPublishedAt: china('2026-06-01 10:00') })
    expect(figures.get('policy-news')).toEqual({ publishedCount: 1, lastPublishedAt: china('2026-11-30 10:00') })
  })

  it('gives a column with nothing listed zero, and cuts a parent cycle', () => {
    const cyclic = [
      { id: 'a', parentId: 'b', kind: 'other' as const },
      { id: 'b', parentId: 'a', kind: 'other' as const },
    ]
    const figures = rollUpColumnContent(cyclic, tallyColumnContent([item('a', 'articles', '2026-11-01 10:00'), item('b', 'articles', '2026-11-02 10:00')]))
    expect(figures.get('a')).toEqual({ publishedCount: 2, lastPublishedAt: china('2026-11-02 10:00') })
    expect(figures.get('b')).toEqual({ publishedCount: 1, lastPublishedAt: china('2026-11-02 10:00') })
    expect(rollUpColumnContent(columns, []).get('news')).toEqual({ publishedCount: 0, lastPublishedAt: null })
  })

  it('equals counting every item under every ancestor of the same type, for any tree (property)', () => {
    const tree = fc.array(fc.record({ parent: fc.nat(), kind: fc.constantFrom(...COLUMN_KINDS) }), { minLength: 1, maxLength: 25 }).map((specs) =>
      specs.map((spec, index) => ({
        id: `c${index}`,
        parentId: index === 0 || spec.parent % (index + 1) === index ? null : `c${spec.parent % index}`,
        kind: spec.kind,
      })),
    )
    const collections: ColumnCollection[] = ['articles', 'notices', 'policy-documents', 'interpretations']
    fc.assert(
      fc.property(
        tree,
        fc.array(
          fc.record({
            column: fc.nat(),
            collection: fc.constantFrom(...collections),
            day: fc.option(fc.integer({ min: 1, max: 28 })),
            published: fc.boolean(),
          }),
        ),
        (columns, raw) => {
          const items = raw.map((entry) =>
            item(
              columns[entry.column % columns.length]!.id,
              entry.collection,
              entry.day === null ? null : `2026-11-${String(entry.day).padStart(2, '0')} 10:00`,
              entry.published,
            ),
          )
          const figures = rollUpColumnContent(columns, tallyColumnContent(items))
          const parentOf = new Map(columns.map((column) => [column.id, column.parentId]))
          for (const column of columns) {
            const listed = items.filter((entry) => {
              if (!entry.published || entry.collection !== columnCollection(column.kind)) return false
              for (let at: string | null = entry.columnId; at !== null; at = parentOf.get(at) ?? null) if (at === column.id) return true
              return false
            })
            const times = listed.flatMap((entry) => (entry.publishedAt ? [entry.publishedAt.getTime()] : []))
            expect(figures.get(column.id)).toEqual({ publishedCount: listed.length, lastPublishedAt: times.length > 0 ? new Date(Math.max(...times)) : null })
          }
        },
      ),
    )
  })
})

describe('homepageLastPublishedAt (R-VETO-HOME)', () => {
  it('takes the latest of the news columns’ articles and every notice, policy document and interpretation', () => {
    const columns = [
      { id: 'news', parentId: null, kind: 'news' as const },
      { id: 'about', parentId: null, kind: 'overview' as const },
      { id: 'notices', parentId: null, kind: 'notices' as const },
    ]
    const tallies = tallyColumnContent([
      item('news', 'articles', '2026-11-20 10:00'),
      item('about', 'articles', '2026-11-30 10:00'),
      item('notices', 'notices', '2026-11-25 10:00'),
    ])
    expect(homepageLastPublishedAt(columns, tallies)).toEqual(china('2026-11-25 10:00'))
    expect(homepageLastPublishedAt(columns, tallyColumnContent([item('about', 'articles', '2026-11-30 10:00')]))).toBeNull()
  })
})
