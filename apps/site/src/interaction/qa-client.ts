import { z } from 'zod'

import { cmsGet } from '../cms/cms-fetch.js'

/** Highlighted text from the search index: `match` pieces are shown as <mark>, never as HTML. */
const segmentsSchema = z.array(z.object({ text: z.string(), match: z.boolean() }))
export type TextSegments = z.output<typeof segmentsSchema>

/** One FAQ entry answering the question, as the search index returns it (highlighted question and answer excerpt). */
const qaHitSchema = z.object({
  id: z.string(),
  category: z.string().optional(),
  url: z.string(),
  site: z.object({ id: z.string(), slug: z.string() }),
  title: segmentsSchema,
  snippet: segmentsSchema,
})
export type QaHit = z.output<typeof qaHitSchema>

export const qaAnswerSchema = z.object({ hits: z.array(qaHitSchema), suggestMessage: z.boolean() })
export type QaAnswer = z.output<typeof qaAnswerSchema>

/** Longest question passed on; the knowledge base answers short questions best anyway. */
export const MAX_QUESTION_LENGTH = 100

/** R-KB: the published FAQ entries of this site (and its portal) best matching a question (`GET /api/qa`, docs/search.md). */
export function askKnowledgeBase(cmsUrl: string, siteSlug: string, question: string): Promise<QaAnswer> {
  return cmsGet(cmsUrl, 'qa', { site: siteSlug, q: question }, qaAnswerSchema, 3000)
}
