import type { SiteConfig } from '@govsite/domain'
import express, { type Express } from 'express'

import { healthHandler } from './health.js'
import { NotFoundPage } from './pages/not-found-page.js'
import { PlaceholderPage } from './pages/placeholder-page.js'
import { sendPage } from './render.js'

/** The public site's routes; kept free of listening so tests can mount it on any port. */
export function createSiteApp(config: Pick<SiteConfig, 'cmsUrl'>): Express {
  const app = express()
  app.disable('x-powered-by')
  app.get('/healthz', healthHandler(config.cmsUrl))
  app.get('/', (_req, res) => sendPage(res, <PlaceholderPage cmsUrl={config.cmsUrl} />))
  app.use((_req, res) => sendPage(res, <NotFoundPage />, 404))
  return app
}
