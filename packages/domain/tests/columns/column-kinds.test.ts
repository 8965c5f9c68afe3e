import { describe, expect, it } from 'vitest'

import { acceptedColumnKindLabels, COLUMN_KIND_LABELS, columnAccepts, columnCollection } from '../../src/columns/column-kinds.js'

describe('columnAccepts', () => {
  it('puts notices, policies and interpretations only into their own column kinds', () => {
    expect(columnAccepts('notices', 'notices')).toBe(true)
    expect(columnAccepts('news', 'notices')).toBe(false)
    expect(columnAccepts('policy', 'policy-documents')).toBe(true)
    expect(columnAccepts('policy', 'articles')).toBe(false)
    expect(columnAccepts('interpretation', 'interpretations')).toBe(true)
  })

  it('lets articles go into news and the other general columns', () => {
    expect(columnAccepts('news', 'articles')).toBe(true)
    expect(columnAccepts('overview', 'articles')).toBe(true)
    expect(acceptedColumnKindLabels('notices')).toEqual(['通知公告'])
  })
})

describe('columnCollection', () => {
  it('names the content type each kind holds, the one its column page lists', () => {
    expect(columnCollection('notices')).toBe('notices')
    expect(columnCollection('policy')).toBe('policy-documents')
    expect(columnCollection('interpretation')).toBe('interpretations')
    expect(columnCollection('news')).toBe('articles')
  })

  it('has 人事信息 and 规划计划 columns holding articles (R-VETO-STALE-10: 1 year)', () => {
    expect([COLUMN_KIND_LABELS.personnel.zh, COLUMN_KIND_LABELS.plans.zh]).toEqual(['人事信息', '规划计划'])
    expect([columnCollection('personnel'), columnCollection('plans')]).toEqual(['articles', 'articles'])
    expect(columnAccepts('personnel', 'articles')).toBe(true)
    expect(columnAccepts('plans', 'constructor')).toBe(false)
  })
})
