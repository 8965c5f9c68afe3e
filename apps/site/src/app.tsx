import type { SiteConfig } from '@govsite/domain'
import express, { type Express } from 'express'

import { servePageCache, serveStaleOnCmsFailure } from './cache/cache-middleware.js'
import { PageCache } from './cache/page-cache.js'
import { createContentClient } from './cms/content-client.js'
import { healthHandler } from './health.js'
import { INVALIDATE_HOOK_PATH, invalidateHook } from './hooks/invalidate-hook.js'
import { compress, httpPolicy } from './http/http-policy.js'
import { errorHandler } from './routes/error-handler.js'
import { resolveByHost, resolveBySlug } from './routes/resolve-site.js'
import { siteRouter } from './routes/site-router.js'

export interface SiteAppOptions {
  /** The page cache; by default one with `cacheTtlSeconds` when given, else no caching. */
  cache?: PageCache
  /** Clock for the webhook's timestamp check (tests). */
  now?: () => Date
}

/**
 * The public site's routes; kept free of listening so tests can mount it on any port.
 * `/_site/<slug>/…` serves any site by slug; everything else is the site named by the Host.
 */
export function createSiteApp(
  config: Pick<SiteConfig, 'cmsUrl'> & Partial<Pick<SiteConfig, 'webhookSecret' | 'cacheTtlSeconds'>>,
  options: SiteAppOptions = {},
): Express {
  const cache = options.cache ?? (config.cacheTtlSeconds ? new PageCache({ ttlMs: config.cacheTtlSeconds * 1000 }) : undefined)
  const client = createContentClient(config.cmsUrl)
  const app = express()
  app.disable('x-powered-by')
  app.set('query parser', 'simple')
  app.use(httpPolicy)
  if (cache) app.use(servePageCache(cache))
  app.use(compress)
  app.get('/healthz', healthHandler(config.cmsUrl))
  app.post(INVALIDATE_HOOK_PATH, invalidateHook({ secret: config.webhookSecret, cache, now: options.now }))
  app.use('/_site/:slug', resolveBySlug(client), siteRouter(config.cmsUrl))
  app.use(resolveByHost(client), siteRouter(config.cmsUrl))
  if (cache) app.use(serveStaleOnCmsFailure(cache))
  app.use(errorHandler)
  return app
}
