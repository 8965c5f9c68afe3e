import { describe, expect, it } from 'vitest'

import type { Doc } from './fake-cms.js'
import { useSite } from './site-harness.js'

const COUNTY = 'www.examplecounty.gov.cn'
const DAY = 24 * 60 * 60 * 1000

/** The homepage's 置顶公告 section. */
const pinnedSlot = (html: string) => {
  const start = html.indexOf('<section class="pinned"')
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start))
}

describe('pinned slot (R-NOTICE-30D, R-SITE-OPEN)', () => {
  const site = useSite()

  it('keeps the opening notice when many newer notices are pinned only for later or no longer', async () => {
    const notices = site.cms.collections.notices!
    const opening = notices.find((notice) => notice.id === 'county-opening')!
    const now = Date.now()
    const crowd: Doc[] = Array.from({ length: 60 }, (_, i) => ({
      ...opening,
      id: `county-crowd-${i}`,
      kind: 'general',
      title: `挤占置顶位的公告 ${i}`,
      publishedAt: new Date(now - DAY + i * 1000).toISOString(),
      // Half pinned from next year, half pinned until yesterday: none shows, none may take a place.
      pinnedFrom: i % 2 === 0 ? new Date(now + 200 * DAY).toISOString() : null,
      pinnedUntil: i % 2 === 0 ? null : new Date(now - DAY).toISOString(),
    }))
    notices.push(...crowd)
    try {
      const home = pinnedSlot((await site.get('/', COUNTY)).body)
      expect(home).toContain('关于示例县人民政府门户网站正式开通的公告')
      expect(home).not.toContain('挤占置顶位的公告')
      const column = pinnedSlot((await site.get('/columns/notices', COUNTY)).body)
      expect(column).toContain('关于示例县人民政府门户网站正式开通的公告')
    } finally {
      notices.splice(notices.length - crowd.length, crowd.length)
    }
  })
})
