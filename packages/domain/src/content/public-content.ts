import { z } from 'zod'

import { COLUMN_KINDS } from '../columns/column-kinds.js'
import { NOTICE_KINDS } from '../notices/notice-kinds.js'
import { INTERPRETATION_FORMS } from '../policies/interpretation-publishing.js'
import { POLICY_VALIDITY } from '../policies/policy-validity.js'
import { SITE_KINDS, SITE_STATUSES } from '../sites/site-kinds.js'
import type { PublicCollection } from './public-paths.js'

/**
 * What the public site reads from the CMS's REST API (published content only), field by field.
 * The site validates every answer with these schemas and asks for exactly their fields
 * (`selectOf`); the CMS's integration tests check the real CMS answers them
 * (apps/cms/tests/int/site-contract.test.ts). Unknown fields are dropped.
 */
const id = z.string().min(1)
const text = z.string().nullish()
const date = z.string().nullish()
/** Lexical JSON: rendered by `@govsite/ui`, which checks its shape itself. */
const richText = z.unknown().optional()
/** A relation at depth 0 is an id; at depth 1 the document (or the id when it is not readable). */
const ref = <T extends z.ZodType>(schema: T) => z.union([id, schema])
const idOnly = z.object({ id })

export const publicSiteSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  kind: z.enum(SITE_KINDS),
  englishDomain: z.string(),
  chineseDomain: text,
  status: z.enum(SITE_STATUSES),
  siteCode: text,
  icpNumber: text,
  securityRecordNumber: text,
  hostOrganization: text,
  operatorOrganization: text,
  contactPhone: text,
  contactEmail: text,
  contactAddress: text,
  mourningMode: z.boolean().nullish(),
})
export type PublicSite = z.infer<typeof publicSiteSchema>

export const publicColumnSchema = z.object({
  id,
  site: ref(idOnly),
  parent: ref(idOnly).nullish(),
  name: z.string(),
  slug: z.string(),
  kind: z.enum(COLUMN_KINDS),
  description: text,
  order: z.number().nullish(),
  showOnHomepage: z.boolean().nullish(),
})
export type PublicColumn = z.infer<typeof publicColumnSchema>

export const publicMediaSchema = z.object({
  id,
  filename: text,
  mimeType: text,
  filesize: z.number().nullish(),
  alt: text,
  /** SHA-256 of the stored file, computed by the CMS; the approval of the content binds it. */
  sha256: text,
  url: text,
  updatedAt: date,
})
export type PublicMedia = z.infer<typeof publicMediaSchema>

const attachments = z.array(ref(publicMediaSchema)).nullish()

export const publicArticleSchema = z.object({
  id,
  title: z.string(),
  site: ref(idOnly),
  column: ref(idOnly),
  summary: text,
  body: richText,
  source: text,
  byline: text,
  attachments,
  keywords: z.array(z.string()).nullish(),
  publishedAt: date,
})
export type PublicArticle = z.infer<typeof publicArticleSchema>

export const publicNoticeSchema = z.object({
  id,
  title: z.string(),
  site: ref(idOnly),
  column: ref(idOnly),
  kind: z.enum(NOTICE_KINDS),
  movedTo: text,
  body: richText,
  attachments,
  pinned: z.boolean().nullish(),
  pinnedFrom: date,
  pinnedUntil: date,
  publishedAt: date,
})
export type PublicNotice = z.infer<typeof publicNoticeSchema>

/** A policy as an interpretation or a revised policy links to it (populated at depth 1). */
export const publicPolicyLinkSchema = z.object({ id, title: z.string(), site: ref(idOnly) })
export type PublicPolicyLink = z.infer<typeof publicPolicyLinkSchema>

export const publicInterpretationSchema = z.object({
  id,
  title: z.string(),
  site: ref(idOnly),
  column: ref(idOnly),
  form: z.enum(INTERPRETATION_FORMS),
  policies: z.array(ref(publicPolicyLinkSchema)).nullish(),
  body: richText,
  publishedAt: date,
})
export type PublicInterpretation = z.infer<typeof publicInterpretationSchema>

/** An interpretation as its policy lists it (the `interpretations` join, populated at depth 1). */
export const publicInterpretationLinkSchema = z.object({ id, title: z.string(), site: ref(idOnly), publishedAt: date })
export type PublicInterpretationLink = z.infer<typeof publicInterpretationLinkSchema>

export const publicPolicySchema = z.object({
  id,
  title: z.string(),
  site: ref(idOnly),
  column: ref(idOnly),
  indexNumber: text,
  documentNumber: text,
  issuingAgency: text,
  topic: text,
  writtenOn: date,
  validity: z.enum(POLICY_VALIDITY),
  supersededBy: ref(publicPolicyLinkSchema).nullish(),
  keywords: z.array(z.string()).nullish(),
  body: richText,
  attachments,
  interpretations: z.object({ docs: z.array(ref(publicInterpretationLinkSchema)).nullish() }).nullish(),
  publishedAt: date,
})
export type PublicPolicy = z.infer<typeof publicPolicySchema>

/** A published knowledge-base entry (知识库, R-KB). */
export const publicFaqSchema = z.object({
  id,
  question: z.string(),
  site: ref(idOnly),
  category: text,
  answer: richText,
  publishedAt: date,
})
export type PublicFaq = z.infer<typeof publicFaqSchema>

/** What a list shows of a document: its title linked, and its date. */
export const publicListedSchema = z.object({ id, title: z.string(), publishedAt: date })
export type PublicListed = z.infer<typeof publicListedSchema>

/** Listed notices also carry their pinning window (R-NOTICE-30D), to put the pinned ones on top. */
export const publicListedNoticeSchema = publicListedSchema.extend({ pinned: z.boolean().nullish(), pinnedFrom: date, pinnedUntil: date })
export type PublicListedNotice = z.infer<typeof publicListedNoticeSchema>

export const publicListedFaqSchema = publicFaqSchema.pick({ id: true, question: true, publishedAt: true })
export type PublicListedFaq = z.infer<typeof publicListedFaqSchema>

/** Each collection's document as its own page shows it. */
export const PUBLIC_DETAIL_SCHEMAS = {
  articles: publicArticleSchema,
  notices: publicNoticeSchema,
  'policy-documents': publicPolicySchema,
  interpretations: publicInterpretationSchema,
  faqs: publicFaqSchema,
} as const satisfies Record<PublicCollection, z.ZodObject>
export type PublicDetailOf = { [C in PublicCollection]: z.infer<(typeof PUBLIC_DETAIL_SCHEMAS)[C]> }

/** Each collection's document as lists (homepage, columns, sitemap, feeds) show it. */
export const PUBLIC_LISTED_SCHEMAS = {
  articles: publicListedSchema,
  notices: publicListedNoticeSchema,
  'policy-documents': publicListedSchema,
  interpretations: publicListedSchema,
  faqs: publicListedFaqSchema,
} as const satisfies Record<PublicCollection, z.ZodObject>
export type PublicListedOf = { [C in PublicCollection]: z.infer<(typeof PUBLIC_LISTED_SCHEMAS)[C]> }

/** Payload's paginated list answer. */
export function publicListSchema<T extends z.ZodType>(doc: T) {
  return z.object({
    docs: z.array(doc),
    totalDocs: z.number().int().nonnegative(),
    totalPages: z.number().int().nonnegative(),
    page: z.number().int().positive().nullish(),
  })
}
export type PublicList<T> = { docs: T[]; totalDocs: number; totalPages: number; page?: number | null }

/** Query parameters in Payload's bracket syntax: `{ 'where[site][equals]': id, limit: 10 }`. */
export type PublicQuery = Record<string, string | number | undefined>

/**
 * `select[field]=true` for each field a shape reads: the CMS then loads only those (Payload on
 * SQLite reads every hasMany and relation table of a document otherwise; found by `npm run bench`).
 */
export function selectOf(shape: z.ZodObject, prefix = 'select'): PublicQuery {
  return Object.fromEntries(Object.keys(shape.shape).map((field) => [`${prefix}[${field}]`, 'true']))
}

/** At depth 1 a detail page needs only these fields of the documents it links to. */
export const DETAIL_POPULATE: PublicQuery = {
  ...selectOf(publicPolicyLinkSchema, 'populate[policy-documents]'),
  ...selectOf(publicInterpretationLinkSchema, 'populate[interpretations]'),
  ...selectOf(publicMediaSchema, 'populate[media]'),
}
