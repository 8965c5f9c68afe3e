import type { NextFunction, Request, Response } from 'express'
import { sitePrefix, type PublicSite } from '@govsite/domain'

import type { ResolvedSite, SiteDirectory, SiteLookup } from '../cache/site-directory.js'
import type { ContentClient } from '../cms/content-client.js'
import { NotFoundPage } from '../pages/error-pages.js'
import { readingPrefs } from '../reading-prefs.js'
import { sendPage } from '../render.js'
import { hostName, resolveSiteByHost, resolveSiteBySlug } from '../site-resolution.js'
import type { SiteLocals } from './site-locals.js'

/** The site `find` names, with its columns (asked for only when there is a site). */
function withColumns(client: ContentClient, find: () => Promise<PublicSite | null>): () => Promise<ResolvedSite | null> {
  return async () => {
    const site = await find()
    return site ? { site, columns: await client.columns(site.id) } : null
  }
}

function attach(client: ContentClient, { found, cmsFailure }: SiteLookup, base: string, req: Request, res: Response, next: NextFunction) {
  if (!found) return sendPage(res, <NotFoundPage />, 404)
  const pageUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const locals: SiteLocals = { client, ctx: { ...found, base, now: new Date(), prefs: readingPrefs(req), pageUrl }, ...(cmsFailure ? { cmsFailure } : {}) }
  Object.assign(res.locals, locals)
  next()
}

/** Serve the site whose domain is the request's Host (the portal on localhost); unknown host → 404. */
export function resolveByHost(client: ContentClient, directory: SiteDirectory) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const host = req.headers.host
    const lookup = await directory.lookUp(
      `host:${hostName(host) ?? ''}`,
      withColumns(client, () => resolveSiteByHost(client, host)),
    )
    attach(client, lookup, '', req, res, next)
  }
}

/** Serve the site named by `/_site/<slug>/…`; its links keep the prefix. */
export function resolveBySlug(client: ContentClient, directory: SiteDirectory) {
  return async (req: Request<{ slug: string }>, res: Response, next: NextFunction) => {
    const slug = req.params.slug
    const lookup = await directory.lookUp(
      `slug:${slug}`,
      withColumns(client, () => resolveSiteBySlug(client, slug)),
    )
    attach(client, lookup, sitePrefix(slug), req, res, next)
  }
}
