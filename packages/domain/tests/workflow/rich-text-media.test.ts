import { describe, expect, it } from 'vitest'

import { documentIdsInRichText, referencesInRichText } from '../../src/index.js'

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const state = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('documentIdsInRichText (R-REVIEW-BEFORE-PUBLISH)', () => {
  it('finds upload nodes, relationship nodes and internal links to the collection, at any depth, once each', () => {
    const body = state(
      { type: 'upload', relationTo: 'media', value: 'm1' },
      paragraph(
        { type: 'text', text: '见附件' },
        { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'media', value: { id: 'm2', filename: 'a.pdf' } } }, children: [] },
      ),
      { type: 'list', children: [{ type: 'listitem', children: [{ type: 'upload', relationTo: 'media', value: { id: 'm3' } }] }] },
      { type: 'relationship', relationTo: 'media', value: 'm4' },
      { type: 'upload', relationTo: 'media', value: 'm1' },
    )
    expect(documentIdsInRichText(body, 'media')).toEqual(['m1', 'm2', 'm3', 'm4'])
  })

  it('ignores other collections, external links and malformed parts', () => {
    const body = state(
      { type: 'relationship', relationTo: 'articles', value: 'a1' },
      { type: 'link', fields: { linkType: 'custom', url: 'https://www.gov.cn' }, children: [] },
      { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 'a2' } }, children: [] },
      { type: 'upload', relationTo: 'media', value: null },
      { type: 'upload', relationTo: 'media' },
      'text',
      null,
    )
    expect(documentIdsInRichText(body, 'media')).toEqual([])
    expect(documentIdsInRichText(null, 'media')).toEqual([])
    expect(documentIdsInRichText({ root: 'x' }, 'media')).toEqual([])
  })
})

describe('referencesInRichText (R-ROLE-SEPARATE: what a rich text points at is checked like a relationship)', () => {
  it('lists every referenced document of every collection once, with its collection', () => {
    const body = state(
      { type: 'relationship', relationTo: 'messages', value: { id: 'msg1' } },
      paragraph({ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'policy-documents', value: 'p1' } }, children: [] }),
      { type: 'upload', relationTo: 'media', value: 'm1' },
      { type: 'relationship', relationTo: 'messages', value: 'msg1' },
      { type: 'link', fields: { linkType: 'custom', url: 'https://www.gov.cn' }, children: [] },
    )
    expect(referencesInRichText(body)).toEqual([
      { relationTo: 'messages', id: 'msg1' },
      { relationTo: 'policy-documents', id: 'p1' },
      { relationTo: 'media', id: 'm1' },
    ])
  })
})
