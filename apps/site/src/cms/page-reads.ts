import type { PublicColumn, PublicList, PublicListed, PublicListedNotice } from '@govsite/domain'

import { readPinnedNotices } from '../pinned-notices.js'
import { PAGE_SIZE } from '../routes/pagination.js'
import { columnWithDescendants, type SiteContext } from '../site-context.js'
import type { ColumnCollection, ContentClient } from './content-client.js'

/**
 * The CMS reads of the pages made of several lists, apart from their rendering so the CMS's
 * contract test (apps/cms/tests/int/site-contract.test.ts) runs exactly what the pages run.
 */
const HOME_LIST_LENGTH = 8
const PINNED_SLOT_LENGTH = 20
/** A notice column's pinned slot. */
const COLUMN_PINNED_LENGTH = 50

type PageSite = Pick<SiteContext, 'site' | 'columns' | 'now'>

export interface HomeData {
  pinned: PublicListedNotice[]
  news: PublicListed[]
  notices: PublicListedNotice[]
  policies: PublicListed[]
  interpretations: PublicListed[]
}

/** The homepage: the notices pinned now, the newest of news columns (sub-columns too), notices, policies, interpretations; in parallel. */
export async function readHomepage(client: ContentClient, ctx: PageSite): Promise<HomeData> {
  const siteId = ctx.site.id
  const newsColumnIds = ctx.columns.filter((column) => column.kind === 'news').map((column) => column.id)
  const [pinned, news, notices, policies, interpretations] = await Promise.all([
    readPinnedNotices(client, siteId, ctx.now, { limit: PINNED_SLOT_LENGTH }),
    newsColumnIds.length > 0 ? client.list('articles', siteId, { columnIds: newsColumnIds, limit: HOME_LIST_LENGTH }) : { docs: [] },
    client.list('notices', siteId, { limit: HOME_LIST_LENGTH }),
    client.list('policy-documents', siteId, { limit: HOME_LIST_LENGTH }),
    client.list('interpretations', siteId, { limit: HOME_LIST_LENGTH }),
  ])
  return { pinned, news: news.docs, notices: notices.docs, policies: policies.docs, interpretations: interpretations.docs }
}

/** What a column lists, by its kind (docs/content-model.md: the kind decides what goes in). */
export function collectionFor(column: PublicColumn): ColumnCollection {
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

export interface ColumnData {
  collection: ColumnCollection
  /** A notice column's notices pinned now, on its first page only. */
  pinned: PublicListedNotice[]
  list: PublicList<PublicListed>
}

/**
 * Page `page` of a column: its and its sub-columns' documents, newest first. In a notice column
 * the notices pinned now come first and are not repeated below.
 */
export async function readColumnPage(client: ContentClient, ctx: PageSite, column: PublicColumn, page: number): Promise<ColumnData> {
  const collection = collectionFor(column)
  const columnIds = columnWithDescendants(ctx.columns, column).map((entry) => entry.id)
  let pinned: PublicListedNotice[] = []
  const where: Record<string, string> = {}
  if (collection === 'notices') {
    const current = await readPinnedNotices(client, ctx.site.id, ctx.now, { columnIds, limit: COLUMN_PINNED_LENGTH })
    if (current.length > 0) where['where[id][not_in]'] = current.map((notice) => notice.id).join(',')
    if (page === 1) pinned = current
  }
  const list = await client.list(collection, ctx.site.id, { columnIds, page, limit: PAGE_SIZE, where })
  return { collection, pinned, list }
}
