import { z } from 'zod'

import { PUBLIC_DOCUMENT_TYPES } from './public-paths.js'

/**
 * The CMS's search answers as the public site reads them (`GET /api/search`, `GET /api/qa`,
 * docs/search.md). A hit names its document by type and id; the site links it with
 * `documentPath` under the hit's site.
 */
/** Highlighted text from the search index: `match` pieces are shown as <mark>, never as HTML. */
export const highlightSegmentsSchema = z.array(z.object({ text: z.string(), match: z.boolean() }))
export type HighlightSegments = z.infer<typeof highlightSegmentsSchema>

/** The site a hit belongs to, as the CMS reads it at query time. */
const hitSite = z.object({ id: z.string(), slug: z.string(), name: z.string() })

export const publicSearchHitSchema = z.object({
  id: z.string().min(1),
  type: z.enum(PUBLIC_DOCUMENT_TYPES),
  publishedAt: z.string(),
  category: z.string().optional(),
  site: hitSite,
  title: highlightSegmentsSchema,
  snippet: highlightSegmentsSchema,
})
export type PublicSearchHit = z.infer<typeof publicSearchHitSchema>

export const PUBLIC_SEARCH_SUGGESTION_KINDS = ['drop-word', 'all-sites', 'no-filters'] as const

export const publicSearchResultSchema = z.object({
  q: z.string(),
  words: z.array(z.string()),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  pageCount: z.number().int().min(0),
  hits: z.array(publicSearchHitSchema),
  suggestions: z.array(z.object({ kind: z.enum(PUBLIC_SEARCH_SUGGESTION_KINDS), q: z.string(), total: z.number() })),
})
export type PublicSearchResult = z.infer<typeof publicSearchResultSchema>
export type PublicSearchSuggestion = PublicSearchResult['suggestions'][number]

/** One FAQ entry answering a question (R-KB): its highlighted question and answer excerpt. */
export const publicQaHitSchema = publicSearchHitSchema.pick({ id: true, type: true, category: true, title: true, snippet: true }).extend({
  site: hitSite.pick({ id: true, slug: true }),
})
export type PublicQaHit = z.infer<typeof publicQaHitSchema>

export const publicQaAnswerSchema = z.object({ hits: z.array(publicQaHitSchema), suggestMessage: z.boolean() })
export type PublicQaAnswer = z.infer<typeof publicQaAnswerSchema>

/** A refused search (400): Payload's error shape, the message prefixed with `[code]`. */
export const publicSearchRefusalSchema = z.object({ errors: z.array(z.object({ message: z.string() })).min(1) })
