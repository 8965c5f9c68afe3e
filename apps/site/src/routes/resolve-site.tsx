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
 * resolved to, remembering the failure (only the interaction forms go on; see SiteLocals).
 */
async function lookUp(known: KnownSites, key: string, client: ContentClient, resolve: () => Promise<CmsSite | null>): Promise<Resolution> {
  try {
    const site = await resolve()
    if (!site) return { found: null }
    const found = { site, columns: await client.columns(site.id) }
    known.remember(key, found)
    return { found }
  } catch (error) {
    const fallback = error instanceof CmsUnavailableError ? known.recall(key) : undefined
    if (!fallback) throw error
    return { found: fallback, cmsFailure: error as CmsUnavailableError }
  }
}

interface Resolution {
  found: KnownSite | null
  cmsFailure?: CmsUnavailableError
}

function attach(client: ContentClient, { found, cmsFailure }: Resolution, base: string, req: Request, res: Response, next: NextFunction) {
  if (!found) return sendPage(res, <NotFoundPage />, 404)
  const pageUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const locals: SiteLocals = { client, ctx: { ...found, base, now: new Date(), prefs: readingPrefs(req), pageUrl }, ...(cmsFailure ? { cmsFailure } : {}) }
  Object.assign(res.locals, locals)
  next()
}

/** Serve the site whose domain is the request's Host (the portal on localhost); unknown host → 404. */
export function resolveByHost(client: ContentClient, known = new KnownSites()) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const resolution = await lookUp(known, `host:${hostName(req.headers.host) ?? ''}`, client, () => resolveSiteByHost(client, req.headers.host))
    attach(client, resolution, '', req, res, next)
  }
}

/** Serve the site named by `/_site/<slug>/…`; its links keep the prefix. */
export function resolveBySlug(client: ContentClient, known = new KnownSites()) {
  return async (req: Request<{ slug: string }>, res: Response, next: NextFunction) => {
    const slug = req.params.slug
    const resolution = await lookUp(known, `slug:${slug}`, client, () => resolveSiteBySlug(client, slug))
    attach(client, resolution, `/_site/${encodeURIComponent(slug)}`, req, res, next)
  }
}
