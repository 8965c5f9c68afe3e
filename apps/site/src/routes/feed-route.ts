import { columnFeedPath } from '@govsite/domain'
import type { Request, Response } from 'express'

import { collectionFor } from '../cms/page-reads.js'
import { contentHref } from '../content-links.js'
import { columnHref, columnWithDescendants, siteHref } from '../site-context.js'
import { siteLocals } from './site-locals.js'
import { xmlEscape } from './xml-escape.js'

const ENTRIES = 20

/** `/columns/<slug>/feed.xml`: an Atom feed of the column's newest published content. */
export async function columnFeedRoute(req: Request<{ slug: string }>, res: Response): Promise<void> {
  const { ctx, client } = siteLocals(res)
  const column = ctx.columns.find((entry) => entry.slug === req.params.slug)
  if (!column) {
    res.status(404).type('text/plain').send('栏目不存在')
    return
  }
  const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`
  const collection = collectionFor(column)
  const columnIds = columnWithDescendants(ctx.columns, column).map((entry) => entry.id)
  const { docs } = await client.list(collection, ctx.site.id, { columnIds, limit: ENTRIES })
  const columnUrl = `${origin}${columnHref(ctx, column)}`
  const updated = docs[0]?.publishedAt ? new Date(docs[0].publishedAt).toISOString() : new Date(0).toISOString()
  const entries = docs
    .map((doc) => {
      const url = xmlEscape(`${origin}${contentHref(ctx, collection, doc.id)}`)
      const when = doc.publishedAt ? new Date(doc.publishedAt).toISOString() : updated
      return `<entry><title>${xmlEscape(doc.title)}</title><id>${url}</id><link href="${url}"/><updated>${when}</updated></entry>`
    })
    .join('')
  res
    .type('application/atom+xml')
    .send(
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">` +
        `<title>${xmlEscape(`${ctx.site.name} - ${column.name}`)}</title><id>${xmlEscape(columnUrl)}</id>` +
        `<link href="${xmlEscape(columnUrl)}"/><link rel="self" href="${xmlEscape(`${origin}${siteHref(ctx, columnFeedPath(column.slug))}`)}"/>` +
        `<updated>${updated}</updated><author><name>${xmlEscape(ctx.site.name)}</name></author>${entries}</feed>`,
    )
}
