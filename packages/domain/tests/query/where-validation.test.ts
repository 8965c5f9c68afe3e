import { describe, expect, it } from 'vitest'

import { whereProblem, type WhereField } from '../../src/index.js'

const FIELDS: Record<string, WhereField> = {
  title: { type: 'text', label: '标题' },
  publishedAt: { type: 'date', label: '发布时间' },
  'site.createdAt': { type: 'date', label: '创建时间' },
}
const fieldAt = (path: string) => FIELDS[path] ?? null

describe('where filters', () => {
  it.each(['all', 'near', 'within', 'intersects'])('refuses the operator %s on any field', (operator) => {
    expect(whereProblem({ title: { [operator]: '1,2' } }, fieldAt)).toMatchObject({ code: 'query.operator_unsupported' })
    expect(whereProblem({ or: [{ title: { equals: 'a' } }, { and: [{ unknown: { [operator]: 'x' } }] }] }, fieldAt)).toMatchObject({
      code: 'query.operator_unsupported',
    })
  })

  it.each([
    [{ publishedAt: { greater_than: 'notadate' } }, 'notadate'],
    [{ publishedAt: { equals: '2026-13-45' } }, '2026-13-45'],
    [{ publishedAt: { in: '2026-01-01,someday' } }, 'someday'],
    [{ publishedAt: { not_in: ['2026-01-01', { a: 1 }] } }, '[object Object]'],
    [{ and: [{ 'site.createdAt': { less_than: 'xyz' } }] }, 'xyz'],
    [{ publishedAt: { like: 'abc' } }, 'abc'],
  ])('refuses a date condition that is no date: %j', (where, value) => {
    const problem = whereProblem(where, fieldAt)
    expect(problem?.code).toBe('query.invalid_value')
    expect(problem?.message).toContain(`的值“${value}”不是有效的日期时间`)
  })

  it.each([
    { publishedAt: { greater_than: '2026-03-01T00:00:00.000Z' } },
    { publishedAt: { less_than_equal: 1767225600000 } },
    { publishedAt: { equals: 'null' } },
    { publishedAt: { exists: 'anything' } },
    { publishedAt: { in: ['2026-01-01', '2026-02-01'] } },
    { title: { like: 'notadate' } },
    { unknown: { equals: 'x' } },
    { or: [{ title: { equals: 'a' } }, { title: { not_equals: 'b' } }] },
    'not-an-object',
  ])('accepts %j', (where) => {
    expect(whereProblem(where, fieldAt)).toBeNull()
  })
})
