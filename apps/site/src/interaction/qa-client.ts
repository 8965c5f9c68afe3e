import { lexicalStateSchema } from '@govsite/domain'
import { z } from 'zod'

import { cmsGet } from '../cms/cms-fetch.js'

/** Highlighted text from the search index: `match` pieces are shown as <mark>, never as HTML. */
const segmentsSchema = z.array(z.object({ text: z.string(), match: z.boolean() }))
export type TextSegments = z.output<typeof segmentsSchema>

/**
 * One FAQ entry answering the question. The search index names the question `title` (highlighted
 * segments); a plain `question` string is accepted as well.
 */
const qaHitSchema = z
  .object({
    id: z.string(),
    question: z.union([z.string(), segmentsSchema]).optional(),
    title: segmentsSchema.optional(),
    answer: lexicalStateSchema.optional(),
    snippet: segmentsSchema.optional(),
    category: z.string().nullish(),
  })
  .refine((hit) => hit.question !== undefined || hit.title !== undefined, { error: 'FAQ hit without a question' })
  .transform((hit) => ({
    id: hit.id,
    question: typeof hit.question === 'string' ? [{ text: hit.question, match: false }] : (hit.question ?? hit.title ?? []),
    answer: hit.answer,
    snippet: hit.snippet,
    category: hit.category ?? undefined,
  }))
export type QaHit = z.output<typeof qaHitSchema>

export const qaAnswerSchema = z.object({ hits: z.array(qaHitSchema), suggestMessage: z.boolean() })
export type QaAnswer = z.output<typeof qaAnswerSchema>

/** Longest question passed on; the knowledge base answers short questions best anyway. */
export const MAX_QUESTION_LENGTH = 100

/** R-KB: the FAQ entries of this site best matching a question (`GET /api/qa`, published entries only). */
export function askKnowledgeBase(cmsUrl: string, siteSlug: string, question: string): Promise<QaAnswer> {
  return cmsGet(cmsUrl, 'qa', { site: siteSlug, q: question }, qaAnswerSchema, 3000)
}
