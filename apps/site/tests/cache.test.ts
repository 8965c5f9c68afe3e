import { afterEach, describe, expect, it } from 'vitest'

import { uncompressed } from '../src/cache/encoded-page.js'
import { PageCache } from '../src/cache/page-cache.js'
import { TTL_MS, useCachedSite } from './cache-harness.js'
import { get } from './helpers.js'

describe('page cache', () => {
  const site = useCachedSite()

  afterEach(() => {
    site.cms.mode = 'ok'
  })

  it('serves a second request from the cache without calling the CMS', async () => {
    const first = await site.get('/columns/news')
    expect(first.status).toBe(200)
    expect(first.headers['x-cache']).toBe('miss')
    const calls = site.cmsCalls()
    const second = await site.get('/columns/news')
    expect(second.status).toBe(200)
    expect(second.headers['x-cache']).toBe('hit')
    expect(second.body).toBe(first.body)
    expect(site.cmsCalls()).toBe(calls)
  })

  it('replays the Last-Modified time of the stored render and answers If-Modified-Since with 304', async () => {
    const first = await site.get('/articles/portal-article-2')
    const lastModified = String(first.headers['last-modified'])
    expect(new Date(lastModified).toUTCString()).toBe(lastModified)
    const hit = await site.get('/articles/portal-article-2')
    expect(hit.headers['x-cache']).toBe('hit')
    expect(hit.headers['last-modified']).toBe(lastModified)
    const unchanged = await get(`${site.siteUrl}/articles/portal-article-2`, undefined, { 'if-modified-since': lastModified })
    expect(unchanged.status).toBe(304)
    expect(unchanged.body).toBe('')
    const older = new Date(Date.parse(lastModified) - 60_000).toUTCString()
    const changed = await get(`${site.siteUrl}/articles/portal-article-2`, undefined, { 'if-modified-since': older })
    expect(changed.status).toBe(200)
    expect(changed.body).toBe(first.body)
  })

  it('keys by host, path and query', async () => {
    await site.get('/columns/news?page=1')
    const calls = site.cmsCalls()
    const other = await site.get('/columns/news?page=2')
    expect(other.headers['x-cache']).toBe('miss')
    expect(site.cmsCalls()).toBeGreaterThan(calls)
    const county = await site.get('/', 'www.examplecounty.gov.cn')
    expect(county.headers['x-cache']).toBe('miss')
    expect(county.body).toContain('示例县人民政府')
  })

  it('renders again once the TTL has passed', async () => {
    await site.get('/articles/portal-article-3')
    site.cms.collections.articles!.find((doc) => doc.id === 'portal-article-3')!.title = '改过的标题'
    site.clock += TTL_MS - 1
    const cached = await site.get('/articles/portal-article-3')
    expect(cached.headers['x-cache']).toBe('hit')
    expect(cached.body).not.toContain('改过的标题')
    site.clock += 1
    const fresh = await site.get('/articles/portal-article-3')
    expect(fresh.headers['x-cache']).toBe('miss')
    expect(fresh.body).toContain('改过的标题')
  })

  it('serves a cached page, even past its TTL, when the CMS fails', async () => {
    const cached = await site.get('/articles/portal-article-5')
    expect(cached.status).toBe(200)
    site.clock += TTL_MS * 10
    for (const mode of ['http500', 'malformed', 'not-json'] as const) {
      site.cms.mode = mode
      const stale = await site.get('/articles/portal-article-5')
      expect(stale.status, mode).toBe(200)
      expect(stale.headers['x-cache']).toBe('stale')
      expect(stale.body).toBe(cached.body)
    }
  })

  it('answers the friendly 503 for an uncached page when the CMS fails, and keeps running', async () => {
    site.cms.mode = 'http500'
    const page = await site.get('/articles/portal-article-7')
    expect(page.status).toBe(503)
    expect(page.body).toContain('网站暂时无法访问')
    site.cms.mode = 'ok'
    expect((await site.get('/articles/portal-article-7')).status).toBe(200)
  })

  it('does not cache 404s, health or error pages', async () => {
    expect((await site.get('/articles/nope')).status).toBe(404)
    const calls = site.cmsCalls()
    expect((await site.get('/articles/nope')).headers['x-cache']).toBeUndefined()
    expect(site.cmsCalls()).toBeGreaterThan(calls)
  })
})

describe('PageCache bounds', () => {
  const page = (siteId: string, body = 'x') => ({ siteId, status: 200, contentType: 'text/html', body, lastModified: 'Sun, 01 Mar 2026 08:00:00 GMT' })

  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new PageCache({ ttlMs: 1000, maxEntries: 2, now: () => 0 })
    cache.store('a', page('s'), cache.startToken())
    cache.store('b', page('s'), cache.startToken())
    cache.lookup('a')
    cache.store('c', page('s'), cache.startToken())
    expect(cache.lookup('b')).toBeUndefined()
    expect(cache.lookup('a')).toBeDefined()
    expect(cache.lookup('c')).toBeDefined()
    expect(cache.size).toBe(2)
  })

  it('evicts by size beyond maxBytes, counting the page and its compressed forms', () => {
    const cache = new PageCache({ ttlMs: 1000, maxBytes: 100, now: () => 0 })
    cache.store('a', page('s', 'x'.repeat(60)), cache.startToken())
    cache.store('b', page('s', 'x'.repeat(60)), cache.startToken())
    expect(cache.size).toBe(1)
    expect(cache.lookup('b')).toBeDefined()
    cache.store('huge', page('s', 'x'.repeat(101)), cache.startToken())
    expect(cache.lookup('huge')).toBeUndefined()
    // Pages from 1 KB are kept in their gzip and brotli forms only: those count.
    const exact = new PageCache({ ttlMs: 1000, maxBytes: 20, now: () => 0 })
    exact.store('text', page('s', 'x'.repeat(2000)), exact.startToken())
    expect(exact.lookup('text')).toBeUndefined()
    const roomy = new PageCache({ ttlMs: 1000, maxBytes: 200, now: () => 0 })
    roomy.store('text', page('s', 'x'.repeat(2000)), roomy.startToken())
    const { encoded } = roomy.lookup('text')?.page ?? {}
    expect(encoded?.plain).toBeNull()
    expect(encoded?.gzip?.length).toBeGreaterThan(0)
    expect(encoded?.br?.length).toBeGreaterThan(0)
    expect(encoded && uncompressed(encoded).toString()).toBe('x'.repeat(2000))
  })

  it('drops a render that overlapped an invalidation of its site', () => {
    const cache = new PageCache({ ttlMs: 1000, now: () => 0 })
    const before = cache.startToken()
    cache.invalidateSite('s')
    cache.store('a', page('s'), before)
    cache.store('b', page('other'), before)
    expect(cache.lookup('a')).toBeUndefined()
    expect(cache.lookup('b')).toBeDefined()
    cache.store('a', page('s'), cache.startToken())
    expect(cache.lookup('a')).toBeDefined()
  })
})
