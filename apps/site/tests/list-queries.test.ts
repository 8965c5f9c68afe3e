import { describe, expect, it } from 'vitest'

import { useSite } from './site-harness.js'

const selectedFields = (url: URL) => [...url.searchParams.keys()].flatMap((key) => /^select\[(\w+)\]$/.exec(key)?.[1] ?? []).sort()

describe('CMS queries', () => {
  const site = useSite()

  it('lists select only what a list shows (no body, no keywords: slow on SQLite at scale)', async () => {
    site.cms.requests.length = 0
    await site.get('/')
    await site.get('/columns/news')
    await site.get('/columns/policies')
    const lists = site.cms.requests.filter((url) => /\/api\/(articles|policy-documents|interpretations)$/.test(url.pathname))
    expect(lists.length).toBeGreaterThanOrEqual(4)
    for (const url of lists) expect(selectedFields(url), url.href).toEqual(['id', 'publishedAt', 'title'])
    const notices = site.cms.requests.filter((url) => url.pathname === '/api/notices')
    expect(notices.length).toBeGreaterThanOrEqual(2)
    for (const url of notices) expect(selectedFields(url), url.href).toEqual(['id', 'pinned', 'pinnedFrom', 'pinnedUntil', 'publishedAt', 'title'])
  })

  it('only paged lists make the CMS count: the homepage lists ask for no pagination, a column page for its page', async () => {
    site.cms.requests.length = 0
    await site.get('/')
    const home = site.cms.requests.filter((url) => /\/api\/(articles|notices|policy-documents|interpretations)$/.test(url.pathname))
    expect(home.length).toBe(5)
    for (const url of home) expect([url.searchParams.get('pagination'), url.searchParams.get('page')], url.href).toEqual(['false', null])

    site.cms.requests.length = 0
    const page2 = await site.get('/columns/news?page=2')
    expect(page2.status).toBe(200)
    const paged = site.cms.requests.find((url) => url.pathname === '/api/articles')
    expect([paged?.searchParams.get('pagination'), paged?.searchParams.get('page')]).toEqual([null, '2'])
  })

  it('a detail page selects its own fields (keywords included) and only the linked fields it shows', async () => {
    site.cms.requests.length = 0
    const policy = await site.get('/policies/policy-old')
    expect(policy.body).toContain('停车设施；管理办法')
    const detail = site.cms.requests.find((url) => url.pathname === '/api/policy-documents')
    expect(detail?.searchParams.get('depth')).toBe('1')
    expect(selectedFields(detail!)).toEqual(expect.arrayContaining(['keywords', 'body', 'supersededBy', 'interpretations', 'attachments']))
    expect(detail?.searchParams.get('populate[media][filename]')).toBe('true')
    expect(detail?.searchParams.get('populate[policy-documents][title]')).toBe('true')
    expect(detail?.searchParams.get('populate[interpretations][publishedAt]')).toBe('true')
    expect(detail?.searchParams.has('populate[policy-documents][body]')).toBe(false)
  })

  it('asks for uncompressed JSON: compressing on the CMS and inflating on the site only costs CPU between neighbours', async () => {
    site.cms.encodings.length = 0
    await site.get('/articles/portal-article-2')
    await site.get('/search?q=政务')
    expect(site.cms.encodings.length).toBeGreaterThanOrEqual(2)
    for (const encoding of site.cms.encodings) expect(encoding).toBe('identity')
  })
})
