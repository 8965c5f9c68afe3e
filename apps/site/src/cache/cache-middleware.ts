import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import Negotiator from 'negotiator'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import { readingPrefs } from '../reading-prefs.js'
import type { SiteLocals } from '../routes/site-locals.js'
import { uncompressed } from './encoded-page.js'
import type { CachedPage, PageCache } from './page-cache.js'

/**
 * Paths that are never page-cached: health, hooks, media files (streamed) and search, whose
 * results change when any site publishes (the webhook invalidates one site's pages only).
 */
const UNCACHED = /^\/(?:healthz|_hooks\/)|\/media\/|\/search$/

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
function replay(req: Request, res: Response, page: CachedPage, state: 'hit' | 'miss' | 'stale'): void {
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
 * Serve fresh cached pages without touching the CMS; otherwise render, and keep the rendered
 * 200 answer (HTML, XML, text) of a resolved site for the next visitor — unless it sets a cookie
 * or is marked `no-store` (the per-visitor interaction pages).
 */
export function servePageCache(cache: PageCache): RequestHandler {
  return (req, res, next) => {
    if (!cacheable(req)) return next()
    const key = cacheKey(req)
    const found = cache.lookup(key)
    if (found?.fresh) return replay(req, res, found.page, 'hit')
    const startToken = cache.startToken()
    const send = res.send.bind(res)
    res.send = (body?: unknown) => {
      const siteId = (res.locals as Partial<SiteLocals>).ctx?.site.id
      const contentType = String(res.get('content-type') ?? '')
      if (
        siteId &&
        typeof body === 'string' &&
        res.statusCode === 200 &&
        !/no-store/.test(String(res.getHeader('cache-control') ?? '')) &&
        !res.getHeader('x-cache') &&
        !res.getHeader('set-cookie') &&
        /^(?:text\/|application\/(?:xml|rss\+xml|atom\+xml))/.test(contentType)
      ) {
        const lastModified = String(res.get('last-modified') ?? new Date().toUTCString())
        const stored = cache.store(key, { siteId, status: 200, contentType, body, lastModified }, startToken)
        // The page was just hashed and compressed for the cache: answer with that, not a second time.
        if (stored) {
          replay(req, res, stored, 'miss')
          return res
        }
      }
      return send(body)
    }
    next()
  }
}

/**
 * When the CMS fails, a page still in the cache (even past its TTL) is served instead of the 503.
 * Invalidated pages are gone from the cache, so unpublished content is never served this way.
 */
export function serveStaleOnCmsFailure(cache: PageCache): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (!(error instanceof CmsUnavailableError) || res.headersSent || !cacheable(req)) return next(error)
    const found = cache.lookup(cacheKey(req))
    if (!found) return next(error)
    console.error(`GovSite 公共网站 ${req.method} ${req.originalUrl}: [${error.code}] 内容管理系统不可用，返回缓存页面`)
    replay(req, res, found.page, 'stale')
  }
}
