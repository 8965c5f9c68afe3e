import { findForbiddenWords } from './forbidden-words.js'
import { findImagesWithoutAlt } from './image-alt.js'
import { findUnsafeLinks, webHostOf } from './links.js'
import { findPastePlaceholders } from './paste-placeholders.js'
import { findPersonalData } from './personal-data.js'
import { findSeoInjection } from './seo-injection.js'
import { findTypedAddresses } from './typed-addresses.js'
import type { ContentForCheck, FieldContent, Finding } from './types.js'
import type { WordLists } from './word-lists.js'

const blockingFirst = (findings: Finding[]): Finding[] => [
  ...findings.filter((f) => f.severity === 'blocking'),
  ...findings.filter((f) => f.severity === 'warning'),
]

/**
 * R-REVIEW-BEFORE-PUBLISH, R-NO-ADS: the checks a machine can make before a reviewer reads
 * the content. Blocking findings come first; any of them stops the submission. An address
 * typed in the text that is also a link target is reported once, as the link.
 */
export function runPreReviewChecks(content: ContentForCheck, wordLists: WordLists): Finding[] {
  return blockingFirst([
    ...findForbiddenWords(content.texts, wordLists),
    ...findSeoInjection(content.texts, wordLists),
    ...findPersonalData(content.texts),
    ...findUnsafeLinks(content.links),
    ...findTypedAddresses(content.texts, new Set(content.links.map(webHostOf))),
    ...findImagesWithoutAlt(content.images),
    ...findPastePlaceholders(content.texts),
  ])
}

/**
 * R-REVIEW-BEFORE-PUBLISH: the checks on every public field of a document, each finding naming
 * its field as the editor sees it (【来源】含有…).
 */
export function checkPublicFields(fields: readonly FieldContent[], wordLists: WordLists): Finding[] {
  return blockingFirst(
    fields.flatMap(({ field, ...content }) =>
      runPreReviewChecks(content, wordLists).map((finding) => ({ ...finding, field, message: `【${field}】${finding.message}` })),
    ),
  )
}
