import { PUBLIC_COLLECTIONS } from '@govsite/domain'
import type { Request, Response } from 'express'

import { contentHref } from '../content-links.js'
import { columnHref, siteHref } from '../site-context.js'
import { siteLocals } from './site-locals.js'
import { xmlEscape } from './xml-escape.js'

/** Per collection; sitemaps may hold 50 000 URLs, search engines read the newest first anyway. */
const LATEST = 1000

/** Absolute URLs for crawlers: the address this site was reached at, including a `/_site/<slug>` prefix. */
const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`

/** `robots.txt`: everything public may be indexed; points crawlers at the sitemap. */
export function robotsRoute(req: Request, res: Response): void {
  const { ctx } = siteLocals(res)
  res.type('text/plain').send(`User-agent: *\nAllow: /\nSitemap: ${origin(req)}${siteHref(ctx, '/sitemap.xml')}\n`)
}

/** `sitemap.xml`: the homepage, every column and the newest published documents of this site. */
export async function sitemapXmlRoute(req: Request, res: Response): Promise<void> {
  const { ctx, client } = siteLocals(res)
  const base = origin(req)
  const entries: { loc: string; lastmod?: string }[] = [
    { loc: `${base}${siteHref(ctx, '/')}` },
    ...ctx.columns.map((column) => ({ loc: `${base}${columnHref(ctx, column)}` })),
  ]
  for (const collection of PUBLIC_COLLECTIONS) {
    const { docs } = await client.list(collection, ctx.site.id, { limit: LATEST })
    for (const doc of docs) {
      entries.push({ loc: `${base}${contentHref(ctx, collection, doc.id)}`, ...(doc.publishedAt ? { lastmod: new Date(doc.publishedAt).toISOString() } : {}) })
    }
  }
  const urls = entries.map((entry) => `<url><loc>${xmlEscape(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`).join('')
  res.type('application/xml').send(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`)
}
