import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express'
import Negotiator from 'negotiator'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import { readingPrefs } from '../reading-prefs.js'
import type { SiteLocals } from '../routes/site-locals.js'
import { uncompressed } from './encoded-page.js'
import type { CachedPage, PageCache, PageToStore } from './page-cache.js'
import { SharedInFlight } from './shared-in-flight.js'

/**
 * Paths that are never page-cached: health, hooks, reviewers' previews (per token, unpublished),
 * media files (streamed) and search, whose results change when any site publishes (the webhook
 * invalidates one site's pages only).
 */
const UNCACHED = /^\/(?:healthz|_hooks\/|_preview\/)|\/media\/|\/search$/

/** Site + path + query (via Host and URL) and the reader's preferences, which change the markup. */
export function cacheKey(req: Request): string {
  const prefs = readingPrefs(req)
  return `${req.protocol}://${req.get('host') ?? ''}${req.originalUrl}#${prefs.fontSize}${prefs.care ? 'c' : ''}`
}

function cacheable(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && !UNCACHED.test(req.path)
}

/** negotiator 1.x breaks ties by the server's preference; its published types predate that option. */
type PreferringNegotiator = { encoding(available: string[], options: { preferred: string[] }): string | undefined }

/** br, gzip or identity, chosen as the compression middleware chooses for rendered pages, so both agree. */
function negotiateEncoding(req: Request): string | undefined {
  return (new Negotiator(req) as unknown as PreferringNegotiator).encoding(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip'] })
}

/**
 * Answer from the cache with the body compressed at store time: no rendering, hashing or
 * compressing per visitor (and none twice for the visitor whose render was just stored).
 * Revalidation (If-None-Match) gets a 304 as for rendered pages.
 */
function replay(req: Request, res: Response, page: CachedPage, state: 'hit' | 'miss' | 'shared' | 'stale'): void {
  const { encoded } = page
  res.setHeader('x-cache', state)
  res.setHeader('content-type', page.contentType)
  res.setHeader('etag', encoded.etag)
  res.setHeader('last-modified', page.lastModified)
  res.vary('Accept-Encoding')
  res.status(page.status)
  if (req.fresh) {
    res.status(304).end()
    return
  }
  const encoding = encoded.plain ? undefined : negotiateEncoding(req)
  const compressed = encoding === 'br' ? encoded.br : encoding === 'gzip' ? encoded.gzip : null
  if (compressed) res.setHeader('content-encoding', encoding ?? '')
  const body = compressed ?? uncompressed(encoded)
  res.setHeader('content-length', String(body.length))
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * What a render leaves for the requests that missed the same page while it ran: its answer when it
 * is the same for every visitor (replayed to each), the CMS's failure (each answers as the CMS
 * being down: a stale page or the 503), or `own` (a per-visitor page, or any other failure: each
 * renders its own).
 */
type RenderOutcome = { page: () => CachedPage } | { cmsFailure: CmsUnavailableError } | 'own'

/** How the render a request leads ends, for its followers; settling twice keeps the first outcome. */
type Settle = (outcome: RenderOutcome) => void

/** The leading render of each response, for serveStaleOnCmsFailure to hand the CMS's failure on. */
const leaders = new WeakMap<Response, Settle>()

/** 404s are the same for every visitor too (shared, never kept: the page may be published any moment). */
const SHARED_STATUSES = new Set([200, 404])

/**
 * The rendered answer as the cache keeps it, when it is the same for every visitor: text, HTML or
 * a feed of a resolved site that sets no cookie and is not marked `no-store` (the per-visitor
 * interaction pages); otherwise undefined.
 */
function sharedAnswer(res: Response, body: unknown): PageToStore | undefined {
  const siteId = (res.locals as Partial<SiteLocals>).ctx?.site.id
  const contentType = String(res.get('content-type') ?? '')
  if (
    !siteId ||
    typeof body !== 'string' ||
    !SHARED_STATUSES.has(res.statusCode) ||
    /no-store/.test(String(res.getHeader('cache-control') ?? '')) ||
    res.getHeader('x-cache') ||
    res.getHeader('set-cookie') ||
    !/^(?:text\/|application\/(?:xml|rss\+xml|atom\+xml))/.test(contentType)
  ) {
    return undefined
  }
  const lastModified = String(res.get('last-modified') ?? new Date().toUTCString())
  return { siteId, status: res.statusCode, contentType, body, lastModified }
}

/**
 * Render, keep a 200 answer for the next visitors, and tell the followers (`settle`, when this
 * request leads) what it came to. A render that overlapped an invalidation of its site is not
 * kept; it still answers the followers, who all arrived before that invalidation.
 */
function render(cache: PageCache, key: string, startToken: number, req: Request, res: Response, next: NextFunction, settle?: Settle): void {
  const send = res.send.bind(res)
  res.send = (body?: unknown) => {
    const answer = sharedAnswer(res, body)
    const stored = answer?.status === 200 ? cache.store(key, answer, startToken) : undefined
    if (stored) {
      settle?.({ page: () => stored })
      // The page was just hashed and compressed for the cache: answer with that, not a second time.
      replay(req, res, stored, 'miss')
      return res
    }
    if (!answer) settle?.('own')
    else {
      let prepared: CachedPage | undefined
      settle?.({ page: () => (prepared ??= cache.prepare(answer)) })
    }
    return send(body)
  }
  next()
}

/**
 * Serve fresh cached pages without touching the CMS; otherwise render, and keep the rendered 200
 * answer of a resolved site for the next visitor (see sharedAnswer). Concurrent misses of a page
 * share one render, so one set of CMS reads: the first leads, the others wait for its outcome —
 * but only while no invalidation came since it started (PageCache.startToken); a request arriving
 * after one renders afresh, so a page unpublished by then is never served to it.
 */
export function servePageCache(cache: PageCache): RequestHandler {
  const renders = new SharedInFlight<RenderOutcome>()
  return (req, res, next) => {
    if (!cacheable(req)) return next()
    const key = cacheKey(req)
    const found = cache.lookup(key)
    if (found?.fresh) return replay(req, res, found.page, 'hit')
    const startToken = cache.startToken()
    const shared = renders.join(key, startToken)
    if (shared) {
      void shared.then((outcome) => {
        if (outcome === 'own') render(cache, key, startToken, req, res, next)
        else if ('cmsFailure' in outcome) next(outcome.cmsFailure)
        else replay(req, res, outcome.page(), 'shared')
      })
      return
    }
    let settle!: Settle
    renders.lead(key, startToken, new Promise<RenderOutcome>((resolve) => (settle = resolve)))
    leaders.set(res, settle)
    // Whatever else ends this response (another error, a redirect, the visitor gone): followers render their own.
    res.once('close', () => settle('own'))
    render(cache, key, startToken, req, res, next, settle)
  }
}

/**
 * When the CMS fails, a page still in the cache (even past its TTL) is served instead of the 503;
 * requests that waited on this render answer the same way. Invalidated pages are gone from the
 * cache, so unpublished content is never served this way.
 */
export function serveStaleOnCmsFailure(cache: PageCache): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (!(error instanceof CmsUnavailableError) || res.headersSent || !cacheable(req)) return next(error)
    leaders.get(res)?.({ cmsFailure: error })
    const found = cache.lookup(cacheKey(req))
    if (!found) return next(error)
    console.error(`GovSite 公共网站 ${req.method} ${req.originalUrl}: [${error.code}] 内容管理系统不可用，返回缓存页面`)
    replay(req, res, found.page, 'stale')
  }
}
