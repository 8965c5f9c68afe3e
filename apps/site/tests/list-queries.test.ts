import { describe, expect, it } from 'vitest'

import { useSite } from './site-harness.js'

describe('list queries', () => {
  const site = useSite()

  it('leave keywords out of article and policy lists (slow on SQLite at scale), but detail pages still get them', async () => {
    site.cms.requests.length = 0
    await site.get('/')
    await site.get('/columns/news')
    await site.get('/columns/policies')
    const lists = site.cms.requests.filter((url) => /\/api\/(articles|policy-documents)$/.test(url.pathname) && !url.searchParams.has('where[id][equals]'))
    expect(lists.length).toBeGreaterThanOrEqual(3)
    for (const url of lists) expect(url.searchParams.get('select[keywords]'), url.href).toBe('false')

    site.cms.requests.length = 0
    const policy = await site.get('/policies/policy-old')
    const detail = site.cms.requests.find((url) => url.pathname === '/api/policy-documents')
    expect(detail?.searchParams.has('select[keywords]')).toBe(false)
    expect(policy.body).toContain('停车设施；管理办法')
  })
})
