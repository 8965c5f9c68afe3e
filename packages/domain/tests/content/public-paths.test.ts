import { describe, expect, it } from 'vitest'

import {
  collectionOfType,
  columnFeedPath,
  columnPath,
  documentPath,
  documentRoute,
  isPublicSite,
  mediaPath,
  PUBLIC_COLLECTIONS,
  PUBLIC_DOCUMENT_TYPES,
  SITE_STATUSES,
  sitePrefix,
} from '../../src/index.js'

describe('public URLs', () => {
  it('gives every public collection its own page address, the one its route serves', () => {
    expect(PUBLIC_COLLECTIONS.map((collection) => documentPath(collection, 'x1'))).toEqual([
      '/articles/x1',
      '/notices/x1',
      '/policies/x1',
      '/interpretations/x1',
      '/faqs/x1',
    ])
    for (const collection of PUBLIC_COLLECTIONS) expect(documentPath(collection, 'x1')).toBe(documentRoute(collection).replace(':id', 'x1'))
  })

  it('names each search type after exactly one collection', () => {
    expect(PUBLIC_DOCUMENT_TYPES).toEqual(['article', 'notice', 'policy', 'interpretation', 'faq'])
    expect(PUBLIC_DOCUMENT_TYPES.map(collectionOfType)).toEqual(PUBLIC_COLLECTIONS)
  })

  it('escapes what it puts in a path', () => {
    expect(documentPath('articles', '../users')).toBe('/articles/..%2Fusers')
    expect(columnPath('a b')).toBe('/columns/a%20b')
    expect(columnFeedPath('news')).toBe('/columns/news/feed.xml')
    expect(mediaPath('实施细则.pdf')).toBe('/media/%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99.pdf')
    expect(sitePrefix('county')).toBe('/_site/county')
  })
})

describe('public sites (R-SITE-OPEN, R-SITE-OFFLINE, R-SITE-CLOSE)', () => {
  it('serves every site that has gone online, also while offline or closed (their notices stay pinned), never one still planned', () => {
    expect(SITE_STATUSES.filter((status) => isPublicSite({ status }))).toEqual(['online', 'temporarily-offline', 'closed'])
    expect(isPublicSite({ status: 'unknown' })).toBe(false)
  })
})
