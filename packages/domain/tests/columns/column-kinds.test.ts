import { describe, expect, it } from 'vitest'

import { acceptedColumnKindLabels, columnAccepts } from '../../src/columns/column-kinds.js'

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
