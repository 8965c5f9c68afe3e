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
    expect(canonicalContent(reordered, [])).toBe(canonicalContent(base, []))
  })

  it('changes when any content changes, however small', () => {
    expect(canonicalContent({ ...base, title: '关于开展安全检查的通知 ' }, [])).not.toBe(canonicalContent(base, []))
    expect(canonicalContent({ ...base, body: { root: { children: [{ text: '正文。' }] } } }, [])).not.toBe(canonicalContent(base, []))
    expect(canonicalContent({ ...base, site: 's2' }, [])).not.toBe(canonicalContent(base, []))
  })

  it('serialises dates and ids through toJSON', () => {
    const withDate = { ...base, writtenOn: new Date('2026-01-02T00:00:00Z') }
    expect(canonicalContent(withDate, [])).toBe(canonicalContent({ ...base, writtenOn: '2026-01-02T00:00:00.000Z' }, []))
  })

  describe('with the media it references', () => {
    const pdf = { id: 'm1', sha256: 'a'.repeat(64), filename: '实施细则.pdf', mimeType: 'application/pdf', alt: null, caption: null }
    const photo = { id: 'm2', sha256: 'b'.repeat(64), filename: 'photo.png', mimeType: 'image/png', alt: '会议现场', caption: '常务会议' }
    const withMedia = { ...base, attachments: ['m1'], cover: 'm2' }

    it('changes when a referenced file, its alt text, caption or name changes', () => {
      const text = canonicalContent(withMedia, [pdf, photo])
      expect(canonicalContent(withMedia, [{ ...pdf, sha256: 'c'.repeat(64) }, photo])).not.toBe(text)
      expect(canonicalContent(withMedia, [pdf, { ...photo, alt: '会议现场。' }])).not.toBe(text)
      expect(canonicalContent(withMedia, [pdf, { ...photo, caption: null }])).not.toBe(text)
      expect(canonicalContent(withMedia, [{ ...pdf, filename: '实施细则(1).pdf' }, photo])).not.toBe(text)
      expect(canonicalContent(withMedia, [pdf])).not.toBe(text)
    })

    it('does not depend on the order the media were loaded in, nor on duplicates', () => {
      expect(canonicalContent(withMedia, [photo, pdf, photo])).toBe(canonicalContent(withMedia, [pdf, photo]))
    })

    it('reads as before for content without media, so older approvals of such content stay valid', () => {
      expect(canonicalContent(base, [])).toBe(JSON.stringify({ body: { root: { children: [{ text: '正文' }] } }, site: 's1', title: '关于开展安全检查的通知' }))
    })

    it('leaves out the media references the CMS derives from the content', () => {
      expect(canonicalContent({ ...withMedia, mediaRefs: ['m1', 'm2'] }, [pdf, photo])).toBe(canonicalContent(withMedia, [pdf, photo]))
    })
  })
})
