import { findForbiddenWords } from './forbidden-words.js'
import { findImagesWithoutAlt } from './image-alt.js'
import { findUnsafeLinks } from './links.js'
import { findPersonalData } from './personal-data.js'
import type { ContentForCheck, Finding } from './types.js'
import type { WordLists } from './word-lists.js'

/**
 * R-REVIEW-BEFORE-PUBLISH, R-NO-ADS: the checks a machine can make before a reviewer reads
 * the content. Blocking findings come first; any of them stops the submission.
 */
export function runPreReviewChecks(content: ContentForCheck, wordLists: WordLists): Finding[] {
  const findings = [
    ...findForbiddenWords(content.texts, wordLists),
    ...findPersonalData(content.texts),
    ...findUnsafeLinks(content.links),
    ...findImagesWithoutAlt(content.images),
  ]
  return [...findings.filter((f) => f.severity === 'blocking'), ...findings.filter((f) => f.severity === 'warning')]
}
