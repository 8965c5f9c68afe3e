import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { postHook, TTL_MS, useCachedSite } from './cache-harness.js'
import type { FakeCms } from './fake-cms.js'
import { get } from './helpers.js'

const notification = (id: string, event = 'publish') => ({ event, collection: 'articles', id, site: 'site-portal' })

/** Until `condition` holds, letting both servers run in between. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve))
}

/** Hold every CMS answer (computed as its request arrives, from the data as it is then) until the returned function is called. */
function holdCms(cms: FakeCms): () => void {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  cms.delay = () => held
  return () => {
    cms.delay = undefined
    release()
  }
}

const xCache = (pages: { headers: Record<string, unknown> }[]) => pages.map((page) => String(page.headers['x-cache'])).sort()

describe('concurrent misses of a page', () => {
  const site = useCachedSite()

  beforeEach(() => {
    vi.spyOn(site.cache, 'lookup')
  })

  afterEach(() => {
    vi.restoreAllMocks()
    site.cms.delay = undefined
    site.cms.mode = 'ok'
  })

  /** Requests for `path` that reached the page cache since the last mockClear (each has joined or led a render). */
  const arrived = (path: string) => vi.mocked(site.cache.lookup).mock.calls.filter(([key]) => key.includes(`${path}#`)).length
  /** CMS reads of one document since CMS request number `since`. */
  const readsOf = (id: string, since: number) => site.cms.requests.slice(since).filter((url) => url.searchParams.get('where[id][equals]') === id).length
  const article = (id: string) => site.cms.collections.articles!.find((doc) => doc.id === id)!

  it('answers them from one render: one CMS read, and the same page, ETag and Last-Modified for each', async () => {
    await site.get('/sitemap')
    const since = site.cms.requests.length
    const path = '/articles/portal-article-8'
    const release = holdCms(site.cms)
    const pages = Array.from({ length: 20 }, () => site.get(path))
    await until(() => arrived(path) === 20)
    release()
    const answers = await Promise.all(pages)
    expect(readsOf('portal-article-8', since)).toBe(1)
    expect(answers.map((page) => page.status)).toEqual(Array(20).fill(200))
    expect(xCache(answers)).toEqual(['miss', ...Array(19).fill('shared')])
    for (const header of ['etag', 'last-modified', 'content-type', 'content-length']) {
      expect(new Set(answers.map((page) => page.headers[header])).size, header).toBe(1)
    }
    expect(new Set(answers.map((page) => page.body)).size).toBe(1)
    expect(answers[0]!.body).toContain('示例市新闻第8条')
    expect((await site.get(path)).headers['x-cache']).toBe('hit')
  })

  it('answers each follower as a hit would: HEAD without a body, a matching If-None-Match with 304, gzip when asked', async () => {
    const path = '/articles/portal-article-10'
    const first = await site.get(path)
    expect((await postHook(site.siteUrl, site.clock, notification('portal-article-10'))).status).toBe(204)
    vi.mocked(site.cache.lookup).mockClear()
    const since = site.cms.requests.length
    const release = holdCms(site.cms)
    const url = `${site.siteUrl}${path}`
    const leader = site.get(path)
    await until(() => arrived(path) === 1)
    const followers = [
      get(url, undefined, {}, 'HEAD'),
      get(url, undefined, { 'if-none-match': String(first.headers.etag) }),
      get(url, undefined, { 'accept-encoding': 'gzip' }),
    ]
    await until(() => arrived(path) === 4)
    release()
    const [page, head, revalidation, gzipped] = await Promise.all([leader, ...followers])
    expect(readsOf('portal-article-10', since)).toBe(1)
    expect(page!.headers['x-cache']).toBe('miss')
    expect(page!.body).toBe(first.body)
    expect(head!.status).toBe(200)
    expect(head!.headers['x-cache']).toBe('shared')
    expect(head!.body).toBe('')
    expect(head!.headers['content-length']).toBe(page!.headers['content-length'])
    expect(revalidation!.status).toBe(304)
    expect(revalidation!.headers['x-cache']).toBe('shared')
    expect(revalidation!.body).toBe('')
    expect(gzipped!.headers['content-encoding']).toBe('gzip')
    expect(gzipped!.headers.etag).toBe(page!.headers.etag)
  })

  it('shares a 404 between concurrent misses, but does not keep it', async () => {
    await site.get('/sitemap')
    const since = site.cms.requests.length
    const release = holdCms(site.cms)
    const pages = Array.from({ length: 10 }, () => site.get('/articles/not-published'))
    await until(() => arrived('/articles/not-published') === 10)
    release()
    const answers = await Promise.all(pages)
    expect(answers.map((page) => page.status)).toEqual(Array(10).fill(404))
    expect(answers.every((page) => page.body.includes('页面不存在'))).toBe(true)
    expect(xCache(answers)).toEqual([...Array(9).fill('shared'), 'undefined'])
    expect(readsOf('not-published', since)).toBe(1)
    const again = await site.get('/articles/not-published')
    expect(again.status).toBe(404)
    expect(again.headers['x-cache']).toBeUndefined()
    expect(readsOf('not-published', since)).toBe(2)
  })

  it('never shares a per-visitor page: each request waiting on one renders its own, with its own cookie', async () => {
    // The site is resolved again after this notice, with the CMS held: the form requests overlap.
    expect((await postHook(site.siteUrl, site.clock, { event: 'site-change', collection: 'sites', id: 'site-portal', site: 'site-portal' })).status).toBe(204)
    const release = holdCms(site.cms)
    const pages = Array.from({ length: 5 }, () => site.get('/messages/new'))
    await until(() => arrived('/messages/new') === 5)
    release()
    const answers = await Promise.all(pages)
    expect(answers.map((page) => page.status)).toEqual(Array(5).fill(200))
    expect(answers.map((page) => page.headers['x-cache'])).toEqual(Array(5).fill(undefined))
    const cookies = answers.map((page) => String(page.headers['set-cookie']))
    expect(cookies.every((cookie) => cookie.startsWith('govsite-form='))).toBe(true)
    expect(new Set(cookies).size).toBe(5)
  })

  it('shares a render that started before an invalidation only with requests that arrived before it, and does not keep it', async () => {
    await site.get('/sitemap')
    const since = site.cms.requests.length
    const path = '/articles/portal-article-9'
    const release = holdCms(site.cms)
    const before = site.get(path)
    await until(() => readsOf('portal-article-9', since) === 1)
    const joinedBefore = site.get(path)
    await until(() => arrived(path) === 2)
    article('portal-article-9').title = '更正后的第9条新闻'
    expect((await postHook(site.siteUrl, site.clock, notification('portal-article-9'))).status).toBe(204)
    const after = Array.from({ length: 5 }, () => site.get(path))
    await until(() => arrived(path) === 7)
    release()
    const [old, oldShared] = await Promise.all([before, joinedBefore])
    expect(old!.body).toContain('示例市新闻第9条')
    expect(old!.headers['x-cache']).toBeUndefined()
    expect(oldShared!.body).toBe(old!.body)
    expect(oldShared!.headers['x-cache']).toBe('shared')
    const fresh = await Promise.all(after)
    expect(fresh.every((page) => page.status === 200 && page.body.includes('更正后的第9条新闻'))).toBe(true)
    expect(xCache(fresh)).toEqual(['miss', ...Array(4).fill('shared')])
    expect(readsOf('portal-article-9', since)).toBe(2)
    const next = await site.get(path)
    expect(next.headers['x-cache']).toBe('hit')
    expect(next.body).toBe(fresh[0]!.body)
  })

  it('hands the CMS failure of the render to every request waiting on it: one CMS read, the 503 page for each', async () => {
    await site.get('/sitemap')
    const since = site.cms.requests.length
    site.cms.mode = 'http500'
    const release = holdCms(site.cms)
    const pages = Array.from({ length: 10 }, () => site.get('/articles/portal-article-12'))
    await until(() => arrived('/articles/portal-article-12') === 10)
    release()
    const answers = await Promise.all(pages)
    expect(readsOf('portal-article-12', since)).toBe(1)
    expect(site.cms.requests.length - since).toBe(1)
    expect(answers.map((page) => page.status)).toEqual(Array(10).fill(503))
    expect(answers.every((page) => page.body.includes('网站暂时无法访问') && page.headers['retry-after'] === '30')).toBe(true)
    site.cms.mode = 'ok'
    const recovered = await site.get('/articles/portal-article-12')
    expect(recovered.status).toBe(200)
    expect(recovered.headers['x-cache']).toBe('miss')
  })

  it('serves the stale page to every request waiting on a render the CMS failed, as to the render itself', async () => {
    const path = '/articles/portal-article-13'
    const cached = await site.get(path)
    site.clock += TTL_MS
    const since = site.cms.requests.length
    site.cms.mode = 'http500'
    const release = holdCms(site.cms)
    const pages = Array.from({ length: 10 }, () => site.get(path))
    await until(() => arrived(path) === 11)
    release()
    const answers = await Promise.all(pages)
    // One CMS request in all: the site's lookup (expired with the page), which failed.
    expect(site.cms.requests.length - since).toBe(1)
    expect(answers.map((page) => page.status)).toEqual(Array(10).fill(200))
    expect(answers.map((page) => page.headers['x-cache'])).toEqual(Array(10).fill('stale'))
    expect(answers.every((page) => page.body === cached.body)).toBe(true)
  })
})

describe('unpublishing under concurrent load', () => {
  const site = useCachedSite()

  afterEach(() => {
    site.cms.delay = undefined
  })

  it('serves the withdrawn article to no request that starts after the webhook was answered', async () => {
    const id = 'portal-article-24'
    const title = '示例市新闻第24条'
    const paths = ['/', `/articles/${id}`, '/columns/headlines', '/columns/news']
    for (const path of paths) expect((await site.get(path)).body, path).toContain(title)
    // A CMS answering in 0 to 8 ms, so that renders overlap each other and the webhook.
    let turn = 0
    site.cms.delay = () => new Promise((resolve) => setTimeout(resolve, (turn++ % 5) * 2))
    let hookAnswered = false
    const served: { afterHook: boolean; withdrawn: boolean; cache: string }[] = []
    const client = async (worker: number) => {
      for (let n = 0; n < 50; n++) {
        const path = paths[(worker + n) % paths.length]!
        const afterHook = hookAnswered
        const page = await site.get(path)
        served.push({ afterHook, withdrawn: page.status !== 404 && page.body.includes(title), cache: String(page.headers['x-cache']) })
      }
    }
    const load = Array.from({ length: 12 }, (_, worker) => client(worker))
    await until(() => served.length >= 60)
    // Another publication just before: the unpublish notice comes while its re-renders read the CMS.
    const since = site.cms.requests.length
    expect((await postHook(site.siteUrl, site.clock, notification('portal-article-1'))).status).toBe(204)
    await until(() => site.cms.requests.length >= since + 4)
    const articles = site.cms.collections.articles!
    articles.splice(
      articles.findIndex((doc) => doc.id === id),
      1,
    )
    expect((await postHook(site.siteUrl, site.clock, notification(id, 'unpublish'))).status).toBe(204)
    hookAnswered = true
    await Promise.all(load)
    const after = served.filter((answer) => answer.afterHook)
    expect(served.some((answer) => !answer.afterHook && answer.withdrawn)).toBe(true)
    expect(after.length).toBeGreaterThan(300)
    expect(after.some((answer) => answer.cache === 'shared')).toBe(true)
    expect(after.filter((answer) => answer.withdrawn)).toEqual([])
  })
})
