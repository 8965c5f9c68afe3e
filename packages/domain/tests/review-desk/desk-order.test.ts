import { describe, expect, it } from 'vitest'

import { formatWaiting, pageOfRows, reviewDeskQuerySchema, sortDeskRows, waitingMinutes, type ReviewDeskRow } from '../../src/index.js'

const row = (id: string, title: string, waiting: number, findings = 0): ReviewDeskRow => ({
  collection: 'articles',
  collectionLabel: '文章',
  id,
  title,
  site: { id: 's', name: '示例市' },
  column: null,
  author: null,
  since: new Date(Date.UTC(2026, 11, 1) - waiting * 60_000).toISOString(),
  waitingMinutes: waiting,
  waitingLabel: '',
  findings,
  approvable: true,
  notApprovableReason: null,
  previewable: true,
})

describe('review desk order and paging', () => {
  const rows = [row('b', '北京', 5, 2), row('a', '安徽', 90), row('c', '重庆', 5, 1)]

  it('sorts by Chinese collation, numbers and dates, ties by id', () => {
    expect(sortDeskRows(rows, 'title').map((r) => r.title)).toEqual(['安徽', '北京', '重庆'])
    expect(sortDeskRows(rows, '-waiting').map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(sortDeskRows(rows, 'waiting').map((r) => r.id)).toEqual(['b', 'c', 'a'])
    expect(sortDeskRows(rows, 'since').map((r) => r.id)).toEqual(['a', 'b', 'c'])
    expect(sortDeskRows(rows, '-findings').map((r) => r.id)).toEqual(['b', 'c', 'a'])
  })

  it('pages without overlap and reports totals past the end', () => {
    expect(pageOfRows([1, 2, 3, 4, 5], 2, 2)).toEqual({ docs: [3, 4], totalDocs: 5, totalPages: 3 })
    expect(pageOfRows([1, 2, 3], 3, 2)).toEqual({ docs: [], totalDocs: 3, totalPages: 2 })
  })

  it('states waiting time in Chinese', () => {
    expect(waitingMinutes(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-02T03:10:59Z'))).toBe(1630)
    expect(waitingMinutes(new Date('2026-12-01T00:01:00Z'), new Date('2026-12-01T00:00:00Z'))).toBe(0)
    expect(formatWaiting(1630)).toBe('1天3小时')
    expect(formatWaiting(1440)).toBe('1天')
    expect(formatWaiting(312)).toBe('5小时12分钟')
    expect(formatWaiting(8)).toBe('8分钟')
    expect(formatWaiting(0)).toBe('不到1分钟')
  })

  it('reads the query with defaults and refuses unknown values', () => {
    expect(reviewDeskQuerySchema.parse({})).toEqual({ queue: 'pending', sort: '-waiting', page: 1, limit: 20 })
    expect(reviewDeskQuerySchema.parse({ queue: 'returned', sort: 'title', page: '3' })).toMatchObject({ queue: 'returned', sort: 'title', page: 3 })
    expect(reviewDeskQuerySchema.safeParse({ queue: 'drafts' }).success).toBe(false)
    expect(reviewDeskQuerySchema.safeParse({ sort: 'password' }).success).toBe(false)
    expect(reviewDeskQuerySchema.safeParse({ page: '0' }).success).toBe(false)
    expect(reviewDeskQuerySchema.safeParse({ site: "x' or 1=1" }).success).toBe(false)
    expect(reviewDeskQuerySchema.safeParse({ extra: '1' }).success).toBe(false)
  })
})
