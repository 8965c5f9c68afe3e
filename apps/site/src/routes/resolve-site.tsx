import type { NextFunction, Request, Response } from 'express'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import type { ContentClient } from '../cms/content-client.js'
import type { CmsSite } from '../cms/schemas.js'
import { NotFoundPage } from '../pages/error-pages.js'
import { readingPrefs } from '../reading-prefs.js'
import { sendPage } from '../render.js'
import { hostName, resolveSiteByHost, resolveSiteBySlug } from '../site-resolution.js'
import { KnownSites, type KnownSite } from './known-sites.js'
import type { SiteLocals } from './site-locals.js'

/**
 * Resolve the site and its columns; when the CMS is unavailable, fall back to what this key last
 * resolved to (pages needing content still fail with 503; forms keep working, see KnownSites).
 */
async function lookUp(known: KnownSites, key: string, client: ContentClient, resolve: () => Promise<CmsSite | null>): Promise<KnownSite | null> {
  try {
    const site = await resolve()
    if (!site) return null
    const found = { site, columns: await client.columns(site.id) }
    known.remember(key, found)
    return found
  } catch (error) {
    const fallback = error instanceof CmsUnavailableError ? known.recall(key) : undefined
    if (!fallback) throw error
    return fallback
  }
}

function attach(client: ContentClient, found: KnownSite | null, base: string, req: Request, res: Response, next: NextFunction) {
  if (!found) return sendPage(res, <NotFoundPage />, 404)
  const pageUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const locals: SiteLocals = { client, ctx: { ...found, base, now: new Date(), prefs: readingPrefs(req), pageUrl } }
  Object.assign(res.locals, locals)
  next()
}

/** Serve the site whose domain is the request's Host (the portal on localhost); unknown host → 404. */
export function resolveByHost(client: ContentClient, known = new KnownSites()) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const found = await lookUp(known, `host:${hostName(req.headers.host) ?? ''}`, client, () => resolveSiteByHost(client, req.headers.host))
    attach(client, found, '', req, res, next)
  }
}

/** Serve the site named by `/_site/<slug>/…`; its links keep the prefix. */
export function resolveBySlug(client: ContentClient, known = new KnownSites()) {
  return async (req: Request<{ slug: string }>, res: Response, next: NextFunction) => {
    const slug = req.params.slug
    const found = await lookUp(known, `slug:${slug}`, client, () => resolveSiteBySlug(client, slug))
    attach(client, found, `/_site/${encodeURIComponent(slug)}`, req, res, next)
  }
}
