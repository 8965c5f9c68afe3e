import type { SearchDocument } from '../src/index.js'

let serial = 0

/** A document with sensible defaults; every call gets a new id unless one is given. */
export function doc(fields: Partial<SearchDocument> & Pick<SearchDocument, 'title'>): SearchDocument {
  serial += 1
  const id = fields.id ?? `doc-${serial}`
  return {
    id,
    type: 'article',
    site: 'portal',
    siteSlug: 'portal',
    body: '',
    url: `/articles/${id}`,
    publishedAt: '2026-03-01T02:00:00.000Z',
    ...fields,
  }
}
