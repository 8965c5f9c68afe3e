import type { Request, Response } from 'express'

import type { ContentCollection } from '../cms/content-client.js'
import { contentHref } from '../content-links.js'
import type { ListItem } from '../pages/item-list.js'
import { SearchPage } from '../pages/search-page.js'
import { sendPage } from '../render.js'
import { siteLocals } from './site-locals.js'

const COLLECTIONS: ContentCollection[] = ['articles', 'notices', 'policy-documents', 'interpretations']
const MAX_QUERY_LENGTH = 50
const PER_COLLECTION = 20

/** `/search?q=`: a first, title-only search through the CMS (`like`), scoped to the site. */
export async function searchRoute(req: Request, res: Response) {
  const { ctx, client } = siteLocals(res)
  const raw = typeof req.query.q === 'string' ? req.query.q : ''
  const query = raw.trim().slice(0, MAX_QUERY_LENGTH)
  if (!query) return sendPage(res, <SearchPage ctx={ctx} query="" results={null} />)
  const lists = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const { docs } = await client.list(collection, ctx.site.id, { limit: PER_COLLECTION, where: { 'where[title][like]': query } })
      return docs.map((doc): ListItem => ({ id: doc.id, title: doc.title, publishedAt: doc.publishedAt, href: contentHref(ctx, collection, doc.id) }))
    }),
  )
  const results = lists.flat().sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
  sendPage(res, <SearchPage ctx={ctx} query={query} results={results} />)
}
