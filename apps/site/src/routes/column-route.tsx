import type { Request, Response } from 'express'

import type { ColumnCollection } from '../cms/content-client.js'
import type { CmsColumn } from '../cms/schemas.js'
import { contentHref } from '../content-links.js'
import { ColumnPage } from '../pages/column-page.js'
import { NotFoundPage } from '../pages/error-pages.js'
import type { ListItem } from '../pages/item-list.js'
import { readPinnedNotices } from '../pinned-notices.js'
import { sendPage } from '../render.js'
import { columnWithDescendants } from '../site-context.js'
import { PAGE_SIZE, parsePage } from './pagination.js'
import { siteLocals } from './site-locals.js'

/** What a column lists, by its kind (docs/content-model.md: the kind decides what goes in). */
export function collectionFor(column: CmsColumn): ColumnCollection {
  switch (column.kind) {
    case 'notices':
      return 'notices'
    case 'policy':
      return 'policy-documents'
    case 'interpretation':
      return 'interpretations'
    default:
      return 'articles'
  }
}

/** `/columns/<slug>?page=n`: the column's content and its sub-columns' content, newest first. */
export async function columnRoute(req: Request<{ slug: string }>, res: Response) {
  const { ctx, client } = siteLocals(res)
  const column = ctx.columns.find((entry) => entry.slug === req.params.slug)
  const page = parsePage(req.query.page)
  if (!column || page === null) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
  const collection = collectionFor(column)
  const columnIds = columnWithDescendants(ctx.columns, column).map((entry) => entry.id)
  const toItem = (doc: { id: string; title: string; publishedAt?: string | null | undefined }): ListItem => ({
    ...doc,
    href: contentHref(ctx, collection, doc.id),
  })

  let pinned: ListItem[] = []
  const where: Record<string, string> = {}
  if (collection === 'notices') {
    const current = await readPinnedNotices(client, ctx.site.id, ctx.now, { columnIds, limit: 50 })
    if (current.length > 0) where['where[id][not_in]'] = current.map((notice) => notice.id).join(',')
    if (page === 1) pinned = current.map(toItem)
  }
  const list = await client.list(collection, ctx.site.id, { columnIds, page, limit: PAGE_SIZE, where })
  if (page > 1 && page > list.totalPages) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
  sendPage(res, <ColumnPage ctx={ctx} data={{ column, pinned, items: list.docs.map(toItem), page, totalPages: Math.max(1, list.totalPages) }} />)
}
