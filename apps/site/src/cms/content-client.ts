import type { z } from 'zod'

import { cmsGet, type Query } from './cms-fetch.js'
import {
  articleSchema,
  columnSchema,
  faqSchema,
  interpretationSchema,
  listSchema,
  mediaSchema,
  noticeSchema,
  policySchema,
  siteSchema,
  type CmsArticle,
  type CmsColumn,
  type CmsFaq,
  type CmsInterpretation,
  type CmsList,
  type CmsMedia,
  type CmsNotice,
  type CmsPolicy,
  type CmsSite,
} from './schemas.js'

export interface ContentOf {
  articles: CmsArticle
  notices: CmsNotice
  'policy-documents': CmsPolicy
  interpretations: CmsInterpretation
  faqs: CmsFaq
}
/** The publishable collections, by REST slug. */
export type ContentCollection = keyof ContentOf
/** The collections a column lists (knowledge-base entries belong to no column). */
export type ColumnCollection = Exclude<ContentCollection, 'faqs'>

const COLLECTIONS: { [C in ContentCollection]: z.ZodType<ContentOf[C]> } = {
  articles: articleSchema,
  notices: noticeSchema,
  'policy-documents': policySchema,
  interpretations: interpretationSchema,
  faqs: faqSchema,
}

/**
 * Fields lists never show and leave out of the query: Payload on SQLite reads a hasMany text field
 * (keywords, 主题词) through an index it cannot use for that lookup, which takes seconds per list
 * once a site has thousands of documents (found by `npm run bench`). Detail pages still get them.
 */
const NOT_IN_LISTS: Partial<Record<ContentCollection, Query>> = {
  articles: { 'select[keywords]': 'false' },
  'policy-documents': { 'select[keywords]': 'false' },
}

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
 * Everything the public site reads from the CMS, anonymously over REST: only published content.
 * Every content query is scoped to one site explicitly, whatever the CMS's access rules do.
 */
export function createContentClient(cmsUrl: string) {
  const sitesList = listSchema(siteSchema)

  async function firstSite(query: Query): Promise<CmsSite | null> {
    const { docs } = await cmsGet(cmsUrl, 'sites', { ...query, limit: 1, depth: 0 }, sitesList)
    const site = docs[0]
    // A site still being built (筹建中) is not public yet.
    return site && site.status !== 'planned' ? site : null
  }

  async function list<C extends ContentCollection>(collection: C, siteId: string, options: ListOptions): Promise<CmsList<ContentOf[C]>> {
    const query: Query = {
      'where[site][equals]': siteId,
      sort: '-publishedAt',
      limit: options.limit,
      page: options.page ?? 1,
      depth: 0,
      ...NOT_IN_LISTS[collection],
      ...options.where,
    }
    if (options.columnIds) query['where[column][in]'] = options.columnIds.join(',')
    const schema = listSchema(COLLECTIONS[collection])
    return cmsGet(cmsUrl, collection, query, schema)
  }

  async function one<C extends ContentCollection>(collection: C, siteId: string, id: string): Promise<ContentOf[C] | null> {
    if (!isDocumentId(id)) return null
    const schema = listSchema(COLLECTIONS[collection])
    const { docs } = await cmsGet(cmsUrl, collection, { 'where[site][equals]': siteId, 'where[id][equals]': id, limit: 1, depth: 1 }, schema)
    return docs[0] ?? null
  }

  return {
    siteByDomain: (domain: string) =>
      firstSite({ 'where[or][0][englishDomain][equals]': domain, 'where[or][1][chineseDomain][equals]': domain }),
    siteBySlug: (slug: string) => firstSite({ 'where[slug][equals]': slug }),
    /** All columns of a site, in their configured order. */
    columns: async (siteId: string): Promise<CmsColumn[]> =>
      (await cmsGet(cmsUrl, 'columns', { 'where[site][equals]': siteId, sort: 'order', limit: 500, depth: 0 }, listSchema(columnSchema))).docs,
    list,
    one,
    /** The site's uploaded file called `filename`, if any (media are public, but stay per site). */
    media: async (siteId: string, filename: string): Promise<CmsMedia | null> =>
      (await cmsGet(cmsUrl, 'media', { 'where[site][equals]': siteId, 'where[filename][equals]': filename, limit: 1, depth: 0 }, listSchema(mediaSchema))).docs[0] ?? null,
  }
}

export type ContentClient = ReturnType<typeof createContentClient>
