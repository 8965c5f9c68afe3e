import { publicQaAnswerSchema, type PublicQaAnswer } from '@govsite/domain'

import { cmsGet } from '../cms/cms-fetch.js'

/** Longest question passed on; the knowledge base answers short questions best anyway. */
export const MAX_QUESTION_LENGTH = 100

/** R-KB: the published FAQ entries of this site (and its portal) best matching a question (`GET /api/qa`, docs/search.md). */
export function askKnowledgeBase(cmsUrl: string, siteSlug: string, question: string): Promise<PublicQaAnswer> {
  return cmsGet(cmsUrl, 'qa', { site: siteSlug, q: question }, publicQaAnswerSchema, 3000)
}
