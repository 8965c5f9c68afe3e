import { PREVIEW_ROUTE, SITE_PREFIX_ROUTE, type SiteConfig } from '@govsite/domain'
import { compileTrust, RateLimiter } from '@govsite/node-kit'
import express, { type Express } from 'express'

import { servePageCache, serveStaleOnCmsFailure } from './cache/cache-middleware.js'
import { PageCache } from './cache/page-cache.js'
import { SiteDirectory } from './cache/site-directory.js'
import { createContentClient } from './cms/content-client.js'
import { healthHandler } from './health.js'
import { INVALIDATE_HOOK_PATH, invalidateHook } from './webhooks/invalidation-webhook.js'
import { compress, httpPolicy } from './http/http-policy.js'
import { FormGuard } from './interaction/form-guard.js'
import { createServiceClient } from './interaction/service-client.js'
import { errorHandler } from './routes/error-handler.js'
import { interactionRouter } from './routes/interaction-router.js'
import { previewRoute } from './routes/preview-route.js'
import { resolveByHost, resolveBySlug } from './routes/resolve-site.js'
import { siteRouter } from './routes/site-router.js'

export interface SiteAppOptions {
  /**
   * The page cache; by default one with `cacheTtlSeconds` when given, else no caching. Site
   * resolutions are kept as long as its pages, on its clock.
   */
  cache?: PageCache
  /** Clock for the webhook's timestamp check and the submission rate limits (tests). */
  now?: () => Date
}

const TEN_MINUTES_MS = 10 * 60 * 1000

/**
 * The public site's routes; kept free of listening so tests can mount it on any port.
 * `/_site/<slug>/…` serves any site by slug; everything else is the site named by the Host.
 */
export function createSiteApp(
  config: Pick<SiteConfig, 'cmsUrl'> & Partial<Pick<SiteConfig, 'webhookSecret' | 'cacheTtlSeconds' | 'serviceSecret' | 'trustProxy'>>,
  options: SiteAppOptions = {},
): Express {
  const cache = options.cache ?? (config.cacheTtlSeconds ? new PageCache({ ttlMs: config.cacheTtlSeconds * 1000 }) : undefined)
  const client = createContentClient(config.cmsUrl)
  const directory = new SiteDirectory({ ttlMs: cache?.ttlMs ?? 0, now: cache?.now })
  const clock = () => (options.now ? options.now().getTime() : Date.now())
  const interaction = interactionRouter({
    cmsUrl: config.cmsUrl,
    service: createServiceClient({ cmsUrl: config.cmsUrl, secret: config.serviceSecret }),
    guard: new FormGuard(config.serviceSecret),
    messageLimiter: new RateLimiter(5, TEN_MINUTES_MS, { now: clock }),
    submissionLimiter: new RateLimiter(10, TEN_MINUTES_MS, { now: clock }),
  })
  const app = express()
  app.disable('x-powered-by')
  // req.ip (rate limits, the visitor address sent to the CMS) and req.secure follow TRUST_PROXY, judged as the CMS judges them.
  app.set('trust proxy', compileTrust(config.trustProxy ?? false))
  app.set('query parser', 'simple')
  app.use(httpPolicy)
  if (cache) app.use(servePageCache(cache))
  app.use(compress)
  app.get('/healthz', healthHandler(config.cmsUrl))
  app.post(INVALIDATE_HOOK_PATH, invalidateHook({ secret: config.webhookSecret, cache, directory, now: options.now }))
  app.get(PREVIEW_ROUTE, previewRoute({ cmsUrl: config.cmsUrl, secret: config.webhookSecret, client, now: options.now }))
  app.use(SITE_PREFIX_ROUTE, resolveBySlug(client, directory), siteRouter(config.cmsUrl, interaction))
  app.use(resolveByHost(client, directory), siteRouter(config.cmsUrl, interaction))
  if (cache) app.use(serveStaleOnCmsFailure(cache))
  app.use(errorHandler)
  return app
}
