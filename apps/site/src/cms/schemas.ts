import { COLUMN_KINDS, NOTICE_KINDS, POLICY_VALIDITY } from '@govsite/domain'
import { z } from 'zod'

/**
 * The shapes of the CMS's REST answers the site relies on. Only the fields the pages use are
 * checked; anything else is ignored. A malformed answer becomes `CmsUnavailableError` (503 page).
 */
const id = z.string().min(1)
const text = z.string().nullish()
const date = z.string().nullish()
/** Lexical JSON: rendered by `@govsite/ui`, which checks its shape itself. */
const richText = z.unknown()

export const siteSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  kind: z.string(),
  englishDomain: z.string(),
  chineseDomain: text,
  status: z.string(),
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
export type CmsSite = z.infer<typeof siteSchema>

export const columnSchema = z.object({
  id,
  site: z.union([id, z.object({ id })]),
  parent: z.union([id, z.object({ id })]).nullish(),
  name: z.string(),
  slug: z.string(),
  kind: z.enum(COLUMN_KINDS),
  description: text,
  order: z.number().nullish(),
  showOnHomepage: z.boolean().nullish(),
})
export type CmsColumn = z.infer<typeof columnSchema>

/** A relation at depth 0 is an id; at depth 1 the document (or the id when it is not readable). */
const ref = <T extends z.ZodType>(schema: T) => z.union([id, schema])

export const mediaSchema = z.object({
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
export type CmsMedia = z.infer<typeof mediaSchema>

const attachments = z.array(ref(mediaSchema)).nullish()

export const articleSchema = z.object({
  id,
  title: z.string(),
  site: ref(z.object({ id })),
  column: ref(z.object({ id })),
  summary: text,
  body: richText,
  source: text,
  byline: text,
  attachments,
  keywords: z.array(z.string()).nullish(),
  publishedAt: date,
})
export type CmsArticle = z.infer<typeof articleSchema>

export const noticeSchema = z.object({
  id,
  title: z.string(),
  site: ref(z.object({ id })),
  column: ref(z.object({ id })),
  kind: z.enum(NOTICE_KINDS),
  movedTo: text,
  body: richText,
  attachments,
  pinned: z.boolean().nullish(),
  pinnedFrom: date,
  pinnedUntil: date,
  publishedAt: date,
})
export type CmsNotice = z.infer<typeof noticeSchema>

/** A policy as its interpretations link to it (populated at depth 1). */
export const policyLinkSchema = z.object({ id, title: z.string(), site: ref(z.object({ id })) })

export const interpretationSchema = z.object({
  id,
  title: z.string(),
  site: ref(z.object({ id })),
  column: ref(z.object({ id })),
  form: z.string(),
  policies: z.array(ref(policyLinkSchema)).nullish(),
  body: richText,
  publishedAt: date,
})
export type CmsInterpretation = z.infer<typeof interpretationSchema>

/** An interpretation as its policy lists it (the `interpretations` join, populated at depth 1). */
export const interpretationLinkSchema = z.object({ id, title: z.string(), site: ref(z.object({ id })), publishedAt: date })

export const policySchema = z.object({
  id,
  title: z.string(),
  site: ref(z.object({ id })),
  column: ref(z.object({ id })),
  indexNumber: text,
  documentNumber: text,
  issuingAgency: text,
  topic: text,
  writtenOn: date,
  validity: z.enum(POLICY_VALIDITY),
  supersededBy: ref(policyLinkSchema).nullish(),
  keywords: z.array(z.string()).nullish(),
  body: richText,
  attachments,
  interpretations: z.object({ docs: z.array(ref(interpretationLinkSchema)).nullish() }).nullish(),
  publishedAt: date,
})
export type CmsPolicy = z.infer<typeof policySchema>

/** Payload's paginated list answer. */
export function listSchema<T extends z.ZodType>(doc: T) {
  return z.object({
    docs: z.array(doc),
    totalDocs: z.number().int().nonnegative(),
    totalPages: z.number().int().nonnegative(),
    page: z.number().int().positive().nullish(),
  })
}
export type CmsList<T> = { docs: T[]; totalDocs: number; totalPages: number; page?: number | null }

/** A published knowledge-base entry (知识库, R-KB). */
export const faqSchema = z.object({
  id,
  question: z.string(),
  site: ref(z.object({ id })),
  category: text,
  answer: richText,
  publishedAt: date,
})
export type CmsFaq = z.infer<typeof faqSchema>

/** What a list shows of a document: its title linked, and its date. */
export const listedSchema = z.object({ id, title: z.string(), publishedAt: date })
export type CmsListed = z.infer<typeof listedSchema>

/** Listed notices also carry their pinning window (R-NOTICE-30D), to put the pinned ones on top. */
export const listedNoticeSchema = listedSchema.extend({ pinned: z.boolean().nullish(), pinnedFrom: date, pinnedUntil: date })
export type CmsListedNotice = z.infer<typeof listedNoticeSchema>

export const listedFaqSchema = faqSchema.pick({ id: true, question: true, publishedAt: true })
export type CmsListedFaq = z.infer<typeof listedFaqSchema>
