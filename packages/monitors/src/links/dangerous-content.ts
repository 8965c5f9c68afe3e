import { runPreReviewChecks, type Finding, type WordLists } from '@govsite/domain'

/**
 * The pre-review findings that make a linked page dangerous: gambling, pornography and
 * advertising words, and the shapes of gambling SEO injections (a betting brand, chained spam
 * keywords). Personal data, typed addresses and the like are the linked site's business.
 */
const DANGEROUS_CODES = new Set([
  'check.forbidden_word.gambling',
  'check.forbidden_word.pornography',
  'check.forbidden_word.advertising',
  'check.seo_brand_token',
  'check.seo_keyword_chain',
])

export type ContentMatch = Pick<Finding, 'code' | 'message' | 'excerpt'>

/**
 * R-VETO-SECURITY, R-NO-ADS: what of the platform's pre-review word lists (the shipped lexicon
 * and the platform's own) a linked page's texts carry — the same checks every editor's content
 * passes, so a page is judged by the words a government page may not carry either.
 */
export function findDangerousContent(texts: readonly string[], wordLists: WordLists): ContentMatch[] {
  return runPreReviewChecks({ texts: [...texts], links: [], images: [] }, wordLists)
    .filter((finding) => DANGEROUS_CODES.has(finding.code))
    .map(({ code, message, excerpt }) => ({ code, message, ...(excerpt === undefined ? {} : { excerpt }) }))
}
