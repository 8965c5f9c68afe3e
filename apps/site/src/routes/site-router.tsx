import { COLUMN_FEED_ROUTE, COLUMN_ROUTE, documentRoute, MEDIA_ROUTE } from '@govsite/domain'
import { Router } from 'express'

import { NotFoundPage } from '../pages/error-pages.js'
import { prefsRoute } from '../reading-prefs.js'
import { SitemapPage } from '../pages/sitemap-page.js'
import { sendPage } from '../render.js'
import { columnRoute } from './column-route.js'
import { robotsRoute, sitemapXmlRoute } from './crawler-routes.js'
import { columnFeedRoute } from './feed-route.js'
import { articleRoute, faqRoute, interpretationRoute, noticeRoute, policyRoute } from './document-routes.js'
import { homeRoute } from './home-route.js'
import { mediaRoute } from './media-route.js'
import { searchRoute } from './search-route.js'
import { siteLocals } from './site-locals.js'

/**
 * The pages of one (already resolved) site; mounted at `/` and at `/_site/<slug>`. `interaction`
 * (互动交流) comes first: it alone may serve a site remembered while the CMS is down.
 */
export function siteRouter(cmsUrl: string, interaction: Router): Router {
  const router = Router()
  router.use(interaction)
  router.use((_req, res, next) => next(siteLocals(res).cmsFailure))
  router.get('/', homeRoute)
  router.get(COLUMN_ROUTE, columnRoute)
  router.get(COLUMN_FEED_ROUTE, columnFeedRoute)
  router.get(documentRoute('articles'), articleRoute)
  router.get(documentRoute('notices'), noticeRoute)
  router.get(documentRoute('policy-documents'), policyRoute)
  router.get(documentRoute('interpretations'), interpretationRoute)
  router.get(documentRoute('faqs'), faqRoute)
  router.get('/sitemap', (_req, res) => sendPage(res, <SitemapPage ctx={siteLocals(res).ctx} />))
  router.get('/sitemap.xml', sitemapXmlRoute)
  router.get('/robots.txt', robotsRoute)
  router.get('/_prefs', prefsRoute)
  router.get('/search', searchRoute(cmsUrl))
  router.get(MEDIA_ROUTE, mediaRoute(cmsUrl))
  router.use((_req, res) => sendPage(res, <NotFoundPage ctx={siteLocals(res).ctx} />, 404))
  return router
}
