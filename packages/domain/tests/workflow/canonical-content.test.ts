import { describe, expect, it } from 'vitest'

import { canonicalContent } from '../../src/index.js'

describe('canonicalContent (R-REVIEW-BEFORE-PUBLISH)', () => {
  const base = { id: 'a', title: '关于开展安全检查的通知', site: 's1', body: { root: { children: [{ text: '正文' }] } } }

  it('ignores key order, workflow fields and null versus missing', () => {
    const reordered = {
      body: { root: { children: [{ text: '正文' }] } },
      site: 's1',
      title: '关于开展安全检查的通知',
      reviewState: 'approved',
      approval: { hash: 'x' },
      updatedAt: '2026-11-24T00:00:00Z',
      _status: 'draft',
      summary: null,
    }
    expect(canonicalContent(reordered)).toBe(canonicalContent(base))
  })

  it('changes when any content changes, however small', () => {
    expect(canonicalContent({ ...base, title: '关于开展安全检查的通知 ' })).not.toBe(canonicalContent(base))
    expect(canonicalContent({ ...base, body: { root: { children: [{ text: '正文。' }] } } })).not.toBe(canonicalContent(base))
    expect(canonicalContent({ ...base, site: 's2' })).not.toBe(canonicalContent(base))
  })

  it('serialises dates and ids through toJSON', () => {
    const withDate = { ...base, writtenOn: new Date('2026-01-02T00:00:00Z') }
    expect(canonicalContent(withDate)).toBe(canonicalContent({ ...base, writtenOn: '2026-01-02T00:00:00.000Z' }))
  })
})
