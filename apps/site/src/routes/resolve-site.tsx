import type { NextFunction, Request, Response } from 'express'

import type { ContentClient } from '../cms/content-client.js'
import type { CmsSite } from '../cms/schemas.js'
import { NotFoundPage } from '../pages/error-pages.js'
import { readingPrefs } from '../reading-prefs.js'
import { sendPage } from '../render.js'
import { resolveSiteByHost, resolveSiteBySlug } from '../site-resolution.js'
import type { SiteLocals } from './site-locals.js'

async function attach(client: ContentClient, site: CmsSite | null, base: string, req: Request, res: Response, next: NextFunction) {
  if (!site) return sendPage(res, <NotFoundPage />, 404)
  const columns = await client.columns(site.id)
  const pageUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const locals: SiteLocals = { client, ctx: { site, columns, base, now: new Date(), prefs: readingPrefs(req), pageUrl } }
  Object.assign(res.locals, locals)
  next()
}

/** Serve the site whose domain is the request's Host (the portal on localhost); unknown host → 404. */
export function resolveByHost(client: ContentClient) {
  return async (req: Request, res: Response, next: NextFunction) => attach(client, await resolveSiteByHost(client, req.headers.host), '', req, res, next)
}

/** Serve the site named by `/_site/<slug>/…`; its links keep the prefix. */
export function resolveBySlug(client: ContentClient) {
  return async (req: Request<{ slug: string }>, res: Response, next: NextFunction) => {
    const slug = req.params.slug
    attach(client, await resolveSiteBySlug(client, slug), `/_site/${encodeURIComponent(slug)}`, req, res, next)
  }
}
