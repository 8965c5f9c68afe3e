import { describe, expect, it } from 'vitest'

import { columnPath, documentPath, PUBLIC_COLLECTIONS, publicPageOfUrl, sitePrefix } from '../../src/index.js'

describe('publicPageOfUrl (R-DAILY-INSPECT: a finding names its document)', () => {
  const onOwnHost = 'https://www.example.gov.cn/'
  const underPrefix = `http://localhost:3001${sitePrefix('county')}/`

  it('reads back every document path the site links, on its own host and under a site prefix', () => {
    for (const collection of PUBLIC_COLLECTIONS) {
      expect(publicPageOfUrl(new URL(documentPath(collection, 'a1b2').slice(1), onOwnHost).href, onOwnHost)).toEqual({
        kind: 'document',
        collection,
        id: 'a1b2',
      })
      expect(publicPageOfUrl(`http://localhost:3001${sitePrefix('county')}${documentPath(collection, 'x9')}?page=2#top`, underPrefix)).toEqual({
        kind: 'document',
        collection,
        id: 'x9',
      })
    }
  })

  it('reads column pages, decoding the slug', () => {
    expect(publicPageOfUrl(`https://www.example.gov.cn${columnPath('工作动态')}`, onOwnHost)).toEqual({ kind: 'column', slug: '工作动态' })
  })

  it('calls anything else another page: the homepage, other sites, other hosts, deeper paths, bad escapes', () => {
    for (const url of [
      'https://www.example.gov.cn/',
      'https://www.example.gov.cn/search?q=1',
      'https://www.example.gov.cn/articles/a/b',
      'https://www.example.gov.cn/unknown/a1',
      'https://www.example.gov.cn/articles/%E0%A4%A',
      'https://fgw.example.gov.cn/articles/a1',
      'not a url',
    ]) {
      expect(publicPageOfUrl(url, onOwnHost)).toEqual({ kind: 'other' })
    }
    expect(publicPageOfUrl(`http://localhost:3001${sitePrefix('fgw')}/articles/a1`, underPrefix)).toEqual({ kind: 'other' })
    expect(publicPageOfUrl('http://localhost:3001/articles/a1', underPrefix)).toEqual({ kind: 'other' })
  })
})
