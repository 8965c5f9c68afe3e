import type { SiteConfig } from '@govsite/domain'
import express, { type Express } from 'express'

import { createContentClient } from './cms/content-client.js'
import { healthHandler } from './health.js'
import { httpPolicy } from './http/http-policy.js'
import { errorHandler } from './routes/error-handler.js'
import { resolveByHost, resolveBySlug } from './routes/resolve-site.js'
import { siteRouter } from './routes/site-router.js'

/**
 * The public site's routes; kept free of listening so tests can mount it on any port.
 * `/_site/<slug>/…` serves any site by slug; everything else is the site named by the Host.
 */
export function createSiteApp(config: Pick<SiteConfig, 'cmsUrl'>): Express {
  const client = createContentClient(config.cmsUrl)
  const app = express()
  app.disable('x-powered-by')
  app.set('query parser', 'simple')
  app.use(httpPolicy)
  app.get('/healthz', healthHandler(config.cmsUrl))
  app.use('/_site/:slug', resolveBySlug(client), siteRouter(config.cmsUrl))
  app.use(resolveByHost(client), siteRouter(config.cmsUrl))
  app.use(errorHandler)
  return app
}
