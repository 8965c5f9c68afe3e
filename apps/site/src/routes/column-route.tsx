import type { Request, Response } from 'express'

import { readColumnPage } from '../cms/page-reads.js'
import { contentHref } from '../content-links.js'
import { ColumnPage } from '../pages/column-page.js'
import { NotFoundPage } from '../pages/error-pages.js'
import type { ListItem } from '../pages/item-list.js'
import { sendPage } from '../render.js'
import { parsePage } from './pagination.js'
import { siteLocals } from './site-locals.js'

/** `/columns/<slug>?page=n`: the column's content and its sub-columns' content, newest first. */
export async function columnRoute(req: Request<{ slug: string }>, res: Response) {
  const { ctx, client } = siteLocals(res)
  const column = ctx.columns.find((entry) => entry.slug === req.params.slug)
  const page = parsePage(req.query.page)
  if (!column || page === null) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
  const { collection, pinned, list } = await readColumnPage(client, ctx, column, page)
  if (page > 1 && page > list.totalPages) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
  const toItem = (doc: { id: string; title: string; publishedAt?: string | null | undefined }): ListItem => ({
    ...doc,
    href: contentHref(ctx, collection, doc.id),
  })
  sendPage(
    res,
    <ColumnPage ctx={ctx} data={{ column, pinned: pinned.map(toItem), items: list.docs.map(toItem), page, totalPages: Math.max(1, list.totalPages) }} />,
  )
}
