import {
  DETAIL_POPULATE,
  isPublicSite,
  PUBLIC_DETAIL_SCHEMAS,
  PUBLIC_LISTED_SCHEMAS,
  publicColumnSchema,
  publicListSchema,
  publicMediaSchema,
  publicSiteSchema,
  selectOf,
  type PublicCollection,
  type PublicColumn,
  type PublicDetailOf,
  type PublicList,
  type PublicListedOf,
  type PublicMedia,
  type PublicSite,
} from '@govsite/domain'
import type { z } from 'zod'

import { cmsGet, type Query } from './cms-fetch.js'

/** The collections a column lists (knowledge-base entries belong to no column). */
export type ColumnCollection = Exclude<PublicCollection, 'faqs'>

/** How one document shape is read: the query part asking for its fields, and the list answer's validator. */
interface Reading<T> {
  select: Query
  answer: z.ZodType<PublicList<T>>
}

/** Built once per shape at start-up, not on every request. */
function reading<T>(schema: z.ZodObject & z.ZodType<T>): Reading<T> {
  return { select: selectOf(schema), answer: publicListSchema(schema) }
}

const DETAIL: { [C in PublicCollection]: Reading<PublicDetailOf[C]> } = {
  articles: reading(PUBLIC_DETAIL_SCHEMAS.articles),
  notices: reading(PUBLIC_DETAIL_SCHEMAS.notices),
  'policy-documents': reading(PUBLIC_DETAIL_SCHEMAS['policy-documents']),
  interpretations: reading(PUBLIC_DETAIL_SCHEMAS.interpretations),
  faqs: reading(PUBLIC_DETAIL_SCHEMAS.faqs),
}

const LISTED: { [C in PublicCollection]: Reading<PublicListedOf[C]> } = {
  articles: reading(PUBLIC_LISTED_SCHEMAS.articles),
  notices: reading(PUBLIC_LISTED_SCHEMAS.notices),
  'policy-documents': reading(PUBLIC_LISTED_SCHEMAS['policy-documents']),
  interpretations: reading(PUBLIC_LISTED_SCHEMAS.interpretations),
  faqs: reading(PUBLIC_LISTED_SCHEMAS.faqs),
}

const SITES = reading(publicSiteSchema)
const COLUMNS = reading(publicColumnSchema)
const MEDIA = reading(publicMediaSchema)

export interface ListOptions {
  /** Only these columns (usually a column and its descendants). */
  columnIds?: readonly string[]
  page?: number
  limit: number
  /** Extra Payload `where[...]` conditions, already in bracket syntax. */
  where?: Query
}

/** Ids are UUIDs (SQLite) or ObjectIds (MongoDB); anything else cannot name a document. */
export function isDocumentId(value: string): boolean {
  return /^[A-Za-z0-9-]{1,64}$/.test(value)
}

/**
 * Everything the public site reads from the CMS, anonymously over REST: only published content,
 * in the shapes of the shared contract (`@govsite/domain`, content/public-content.ts). Every
 * content query is scoped to one site explicitly, whatever the CMS's access rules do.
 */
export function createContentClient(cmsUrl: string) {
  async function firstSite(query: Query): Promise<PublicSite | null> {
    const { docs } = await cmsGet(cmsUrl, 'sites', { ...query, limit: 1, pagination: 'false', depth: 0, ...SITES.select }, SITES.answer)
    const site = docs[0]
    return site && isPublicSite(site) ? site : null
  }

  /**
   * The newest published documents of a site (or of some columns). Without `page` there is no
   * pager to fill, so the CMS is spared counting them (`pagination=false`).
   */
  async function list<C extends PublicCollection>(collection: C, siteId: string, options: ListOptions): Promise<PublicList<PublicListedOf[C]>> {
    const { select, answer } = LISTED[collection]
    const query: Query = {
      'where[site][equals]': siteId,
      sort: '-publishedAt',
      limit: options.limit,
      depth: 0,
      ...(options.page === undefined ? { pagination: 'false' } : { page: options.page }),
      ...select,
      ...options.where,
    }
    if (options.columnIds) query['where[column][in]'] = options.columnIds.join(',')
    return cmsGet(cmsUrl, collection, query, answer)
  }

  async function one<C extends PublicCollection>(collection: C, siteId: string, id: string): Promise<PublicDetailOf[C] | null> {
    if (!isDocumentId(id)) return null
    const { select, answer } = DETAIL[collection]
    const query: Query = { 'where[site][equals]': siteId, 'where[id][equals]': id, limit: 1, pagination: 'false', depth: 1, ...select, ...DETAIL_POPULATE }
    const { docs } = await cmsGet(cmsUrl, collection, query, answer)
    return docs[0] ?? null
  }

  return {
    siteByDomain: (domain: string) => firstSite({ 'where[or][0][englishDomain][equals]': domain, 'where[or][1][chineseDomain][equals]': domain }),
    siteBySlug: (slug: string) => firstSite({ 'where[slug][equals]': slug }),
    /** All columns of a site, in their configured order. */
    columns: async (siteId: string): Promise<PublicColumn[]> =>
      (
        await cmsGet(
          cmsUrl,
          'columns',
          { 'where[site][equals]': siteId, sort: 'order', limit: 500, pagination: 'false', depth: 0, ...COLUMNS.select },
          COLUMNS.answer,
        )
      ).docs,
    list,
    one,
    /** The site's uploaded file called `filename`, if any (media are public, but stay per site). */
    media: async (siteId: string, filename: string): Promise<PublicMedia | null> =>
      (
        await cmsGet(
          cmsUrl,
          'media',
          { 'where[site][equals]': siteId, 'where[filename][equals]': filename, limit: 1, pagination: 'false', depth: 0, ...MEDIA.select },
          MEDIA.answer,
        )
      ).docs[0] ?? null,
  }
}

export type ContentClient = ReturnType<typeof createContentClient>
