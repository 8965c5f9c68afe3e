import { afterEach, describe, expect, it } from 'vitest'

import { postHook, SECRET, sign, TTL_MS, useCachedSite } from './cache-harness.js'
import { metaContent } from './helpers.js'

const publish = { event: 'publish', collection: 'articles', id: 'portal-article-25', site: 'site-portal' }

describe('invalidation webhook', () => {
  const site = useCachedSite()

  afterEach(() => {
    site.cms.mode = 'ok'
  })

  it('refreshes every cached page of the notified site after a signed notification', async () => {
    await site.get('/')
    await site.get('/articles/portal-article-25')
    await site.get('/', 'www.examplecounty.gov.cn')
    site.cms.collections.articles!.find((doc) => doc.id === 'portal-article-25')!.title = '刚刚更新的新闻'
    expect((await site.get('/')).headers['x-cache']).toBe('hit')

    const answer = await postHook(site.siteUrl, site.clock, publish)
    expect(answer.status).toBe(204)

    const home = await site.get('/')
    expect(home.headers['x-cache']).toBe('miss')
    expect(home.body).toContain('刚刚更新的新闻')
    expect((await site.get('/articles/portal-article-25')).body).toContain('刚刚更新的新闻')
    // Another site's pages stay cached.
    expect((await site.get('/', 'www.examplecounty.gov.cn')).headers['x-cache']).toBe('hit')
  })

  it('never serves unpublished content after its invalidation, even when the CMS then fails', async () => {
    const before = await site.get('/articles/portal-article-11')
    expect(before.status).toBe(200)
    const articles = site.cms.collections.articles!
    articles.splice(
      articles.findIndex((doc) => doc.id === 'portal-article-11'),
      1,
    )
    expect((await postHook(site.siteUrl, site.clock, { ...publish, event: 'unpublish', id: 'portal-article-11' })).status).toBe(204)
    site.cms.mode = 'http500'
    expect((await site.get('/articles/portal-article-11')).status).toBe(503)
    site.cms.mode = 'ok'
    expect((await site.get('/articles/portal-article-11')).status).toBe(404)
  })

  it('drops every site’s cached pages and site lookups when a CMS announces it started (it may have died before notifying)', async () => {
    await site.get('/articles/portal-article-12')
    await site.get('/', 'www.examplecounty.gov.cn')
    const articles = site.cms.collections.articles!
    articles.splice(
      articles.findIndex((doc) => doc.id === 'portal-article-12'),
      1,
    )
    site.cms.collections.sites!.find((doc) => doc.id === 'site-county')!.mourningMode = true
    expect((await site.get('/articles/portal-article-12')).status).toBe(200)

    expect((await postHook(site.siteUrl, site.clock, { event: 'cms-start' })).status).toBe(204)
    expect((await site.get('/articles/portal-article-12')).status).toBe(404)
    const county = await site.get('/', 'www.examplecounty.gov.cn')
    expect(county.headers['x-cache']).toBe('miss')
    expect(county.body).toContain('<html lang="zh-CN" class="mourning">')
  })

  it.each([
    ['no signature', { signature: undefined }, 'hooks.signature_missing'],
    ['no timestamp', { timestamp: undefined }, 'hooks.signature_missing'],
    ['a wrong signature', { signature: sign('another-secret-0123456789abcdefghij', '1', '{}') }, 'hooks.signature_invalid'],
    ['a malformed signature', { signature: 'sha256=zz' }, 'hooks.signature_invalid'],
  ])('answers 401 for %s and keeps the cache', async (_name, override, code) => {
    await site.get('/columns/news')
    const answer = await postHook(site.siteUrl, site.clock, publish, override)
    expect(answer.status).toBe(401)
    expect(answer.json?.code).toBe(code)
    expect(answer.json?.message).toMatch(/[\u4e00-\u9fff]/)
    expect((await site.get('/columns/news')).headers['x-cache']).toBe('hit')
  })

  it('answers 401 for a signature over a different body', async () => {
    await site.get('/columns/news')
    const timestamp = String(site.clock)
    const answer = await postHook(site.siteUrl, site.clock, publish, {
      body: JSON.stringify(publish),
      signature: sign(SECRET, timestamp, JSON.stringify({ ...publish, site: 'site-county' })),
    })
    expect(answer.status).toBe(401)
    expect(answer.json?.code).toBe('hooks.signature_invalid')
    expect((await site.get('/columns/news')).headers['x-cache']).toBe('hit')
  })

  it.each([
    ['more than 5 minutes old', -5 * 60_000 - 1],
    ['more than 5 minutes ahead', 5 * 60_000 + 1],
  ])('answers 401 for a correctly signed timestamp %s', async (_name, offset) => {
    await site.get('/columns/news')
    const answer = await postHook(site.siteUrl, site.clock, publish, { timestamp: String(site.clock + offset) })
    expect(answer.status).toBe(401)
    expect(answer.json?.code).toBe('hooks.timestamp_expired')
    expect((await site.get('/columns/news')).headers['x-cache']).toBe('hit')
  })

  it('accepts a timestamp just within 5 minutes', async () => {
    expect((await postHook(site.siteUrl, site.clock, publish, { timestamp: String(site.clock - 5 * 60_000) })).status).toBe(204)
  })

  it('answers 400 for a correctly signed but malformed body', async () => {
    for (const body of ['not json', JSON.stringify({ event: 'publish' }), JSON.stringify({ ...publish, event: 'drop-all' })]) {
      const answer = await postHook(site.siteUrl, site.clock, undefined, { body })
      expect(answer.status, body).toBe(400)
      expect(answer.json?.code).toBe('hooks.body_invalid')
    }
  })
})

describe('site resolution with the page cache on', () => {
  const site = useCachedSite()
  const MOURNING = '<html lang="zh-CN" class="mourning">'

  /** How many CMS requests to `/api/<collection>` were made since request number `since`. */
  const callsTo = (collection: string, since: number) => site.cms.requests.slice(since).filter((url) => url.pathname === `/api/${collection}`).length

  it('looks the site and its columns up once per TTL, not once per uncached page', async () => {
    const since = site.cms.requests.length
    for (const path of ['/articles/portal-article-1', '/articles/portal-article-2']) {
      const page = await site.get(path)
      expect(page.status, path).toBe(200)
      expect(page.headers['x-cache'], path).toBe('miss')
    }
    expect(callsTo('sites', since)).toBe(1)
    expect(callsTo('columns', since)).toBe(1)
    site.clock += TTL_MS
    expect((await site.get('/articles/portal-article-3')).status).toBe(200)
    expect(callsTo('sites', since)).toBe(2)
    expect(callsTo('columns', since)).toBe(2)
  })

  it('keeps the site and its columns through a content notification: the dropped pages render without looking them up again', async () => {
    expect((await site.get('/articles/portal-article-4')).status).toBe(200)
    const since = site.cms.requests.length
    for (const event of ['publish', 'unpublish', 'scheduled-publish', 'auto-unpin']) {
      expect((await postHook(site.siteUrl, site.clock, { ...publish, event })).status).toBe(204)
      const page = await site.get('/articles/portal-article-4')
      expect(page.headers['x-cache'], event).toBe('miss')
    }
    expect(callsTo('articles', since)).toBe(4)
    expect(callsTo('sites', since)).toBe(0)
    expect(callsTo('columns', since)).toBe(0)
  })

  it('shows a changed site and a renamed column on the very next request after their notifications', async () => {
    expect((await site.get('/articles/portal-article-6')).body).not.toContain(MOURNING)
    site.cms.collections.sites!.find((doc) => doc.id === 'site-portal')!.mourningMode = true
    site.cms.collections.columns!.find((doc) => doc.id === 'portal-col-news')!.name = '新闻中心'
    const beforeNotice = await site.get('/articles/portal-article-7')
    expect(beforeNotice.headers['x-cache']).toBe('miss')
    expect(beforeNotice.body).not.toContain(MOURNING)
    expect(beforeNotice.body).toContain('>工作动态</a>')

    expect((await postHook(site.siteUrl, site.clock, { event: 'site-change', collection: 'sites', id: 'site-portal', site: 'site-portal' })).status).toBe(204)
    expect(
      (await postHook(site.siteUrl, site.clock, { event: 'column-change', collection: 'columns', id: 'portal-col-news', site: 'site-portal' })).status,
    ).toBe(204)
    for (const path of ['/articles/portal-article-6', '/articles/portal-article-7', '/_site/portal/']) {
      const page = await site.get(path)
      expect(page.body, path).toContain(MOURNING)
      expect(page.body, path).toContain('>新闻中心</a>')
    }
  })

  it('serves a site that did not exist yet once it is notified, and keeps other sites resolved', async () => {
    expect((await site.get('/', 'www.planned.gov.cn')).status).toBe(404)
    expect((await site.get('/columns/news', 'www.examplecounty.gov.cn')).status).toBe(200)
    site.cms.collections.sites!.find((doc) => doc.id === 'site-planned')!.status = 'online'
    expect((await site.get('/', 'www.planned.gov.cn')).status).toBe(404)

    expect((await postHook(site.siteUrl, site.clock, { event: 'site-change', collection: 'sites', id: 'site-planned', site: 'site-planned' })).status).toBe(204)
    const since = site.cms.requests.length
    const page = await site.get('/', 'www.planned.gov.cn')
    expect(page.status).toBe(200)
    expect(metaContent(page.body, 'SiteName')).toBe('筹建示例网')
    expect(callsTo('sites', since)).toBe(1)
    expect((await site.get('/columns/notices', 'www.examplecounty.gov.cn')).status).toBe(200)
    expect(callsTo('sites', since)).toBe(1)
  })
})

describe('invalidation webhook without a secret', () => {
  const site = useCachedSite({ secret: undefined })

  it('answers 503 hooks.disabled', async () => {
    const answer = await postHook(site.siteUrl, site.clock, publish)
    expect(answer.status).toBe(503)
    expect(answer.json?.code).toBe('hooks.disabled')
    expect(answer.json?.message).toContain('SITE_WEBHOOK_SECRET')
  })
})
