import type { z } from 'zod'

import { cmsGet, type Query } from './cms-fetch.js'
import {
  articleSchema,
  columnSchema,
  faqSchema,
  interpretationLinkSchema,
  interpretationSchema,
  listedFaqSchema,
  listedNoticeSchema,
  listedSchema,
  listSchema,
  mediaSchema,
  noticeSchema,
  policyLinkSchema,
  policySchema,
  siteSchema,
  type CmsArticle,
  type CmsColumn,
  type CmsFaq,
  type CmsInterpretation,
  type CmsList,
  type CmsListed,
  type CmsListedFaq,
  type CmsListedNotice,
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
/** What lists get of each collection. */
export interface ListedOf {
  articles: CmsListed
  notices: CmsListedNotice
  'policy-documents': CmsListed
  interpretations: CmsListed
  faqs: CmsListedFaq
}
/** The publishable collections, by REST slug. */
export type ContentCollection = keyof ContentOf
/** The collections a column lists (knowledge-base entries belong to no column). */
export type ColumnCollection = Exclude<ContentCollection, 'faqs'>

/**
 * `select[field]=true` for each field the schema reads: the CMS then loads only those (Payload on
 * SQLite reads every hasMany and relation table of a document otherwise; found by `npm run bench`).
 */
function selectOf(schema: z.ZodObject<z.ZodRawShape>, prefix = 'select'): Query {
  return Object.fromEntries(Object.keys(schema.shape).map((field) => [`${prefix}[${field}]`, 'true']))
}

/** How one document shape is read: the query part asking for its fields, and the list answer's validator. */
interface Reading<T> {
  select: Query
  answer: z.ZodType<CmsList<T>>
}

/** Built once per shape at start-up, not on every request. */
function reading<T>(schema: z.ZodObject<z.ZodRawShape> & z.ZodType<T>): Reading<T> {
  return { select: selectOf(schema), answer: listSchema(schema) }
}

const DETAIL: { [C in ContentCollection]: Reading<ContentOf[C]> } = {
  articles: reading(articleSchema),
  notices: reading(noticeSchema),
  'policy-documents': reading(policySchema),
  interpretations: reading(interpretationSchema),
  faqs: reading(faqSchema),
}

const LISTED: { [C in ContentCollection]: Reading<ListedOf[C]> } = {
  articles: reading(listedSchema),
  notices: reading(listedNoticeSchema),
  'policy-documents': reading(listedSchema),
  interpretations: reading(listedSchema),
  faqs: reading(listedFaqSchema),
}

const SITES = reading(siteSchema)
const COLUMNS = reading(columnSchema)
const MEDIA = reading(mediaSchema)

/** At depth 1 a detail page needs only these fields of the documents it links to. */
const POPULATE: Query = {
  ...selectOf(policyLinkSchema, 'populate[policy-documents]'),
  ...selectOf(interpretationLinkSchema, 'populate[interpretations]'),
  ...selectOf(mediaSchema, 'populate[media]'),
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
  async function firstSite(query: Query): Promise<CmsSite | null> {
    const { docs } = await cmsGet(cmsUrl, 'sites', { ...query, limit: 1, pagination: 'false', depth: 0, ...SITES.select }, SITES.answer)
    const site = docs[0]
    // A site still being built (筹建中) is not public yet.
    return site && site.status !== 'planned' ? site : null
  }

  /**
   * The newest published documents of a site (or of some columns). Without `page` there is no
   * pager to fill, so the CMS is spared counting them (`pagination=false`).
   */
  async function list<C extends ContentCollection>(collection: C, siteId: string, options: ListOptions): Promise<CmsList<ListedOf[C]>> {
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

  async function one<C extends ContentCollection>(collection: C, siteId: string, id: string): Promise<ContentOf[C] | null> {
    if (!isDocumentId(id)) return null
    const { select, answer } = DETAIL[collection]
    const query: Query = { 'where[site][equals]': siteId, 'where[id][equals]': id, limit: 1, pagination: 'false', depth: 1, ...select, ...POPULATE }
    const { docs } = await cmsGet(cmsUrl, collection, query, answer)
    return docs[0] ?? null
  }

  return {
    siteByDomain: (domain: string) => firstSite({ 'where[or][0][englishDomain][equals]': domain, 'where[or][1][chineseDomain][equals]': domain }),
    siteBySlug: (slug: string) => firstSite({ 'where[slug][equals]': slug }),
    /** All columns of a site, in their configured order. */
    columns: async (siteId: string): Promise<CmsColumn[]> =>
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
    media: async (siteId: string, filename: string): Promise<CmsMedia | null> =>
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
