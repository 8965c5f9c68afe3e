import { checkPublicFields, findTermErrors, type TermHit, type TermLists, type WordLists } from '@govsite/domain'
import type { Field } from 'payload'

import { publicFieldContents } from '../workflow/public-fields'

/** What a check of published content finds: a listed wrong wording, or content the pre-review checks block (违规内容). */
export type QualityFindingKind = TermHit['list'] | 'prohibited'

export interface DocumentHit {
  /** Stable for the same problem in the same document across checks. */
  key: string
  kind: QualityFindingKind
  /** The wrong wording as listed, or the blocked content as written. */
  wrong: string
  /** The right wording; null for prohibited content (it is removed, not corrected). */
  right: string | null
  excerpt: string
  context: string
  /** The field of the first occurrence, by its Chinese label. */
  field: string
  occurrences: number
  /** For prohibited content, the pre-review check's message. */
  detail: string | null
}

/**
 * R-DAILY-INSPECT, R-VETO-SECURITY: what the public sees of a document (the same fields as the
 * pre-review checks) checked against the platform's lists: each listed wrong wording once, with
 * the field it first appears in and its occurrences over all fields; and every blocking
 * pre-review finding (forbidden words, SEO injection, ID numbers, unsafe links) under the word
 * lists as they are now, since content published before a word was listed still carries it.
 */
export function documentHits(fields: readonly Field[], doc: Record<string, unknown>, lists: TermLists, wordLists: WordLists): DocumentHit[] {
  const hits = new Map<string, DocumentHit>()
  const contents = publicFieldContents(fields, doc)
  for (const content of contents) {
    for (const hit of findTermErrors(content.texts, lists)) {
      const key = `${hit.list}|${hit.wrong}`
      const known = hits.get(key)
      if (known) known.occurrences += hit.occurrences
      else
        hits.set(key, {
          key: `${hit.list}:${hit.wrong}`,
          kind: hit.list,
          wrong: hit.wrong,
          right: hit.right,
          excerpt: hit.excerpt,
          context: hit.context,
          field: content.field,
          occurrences: hit.occurrences,
          detail: null,
        })
    }
  }
  for (const finding of checkPublicFields(contents, wordLists)) {
    if (finding.severity !== 'blocking') continue
    const wrong = finding.excerpt ?? finding.code
    const key = `prohibited|${finding.code}|${wrong}`
    if (hits.has(key)) continue
    hits.set(key, {
      key: `prohibited:${finding.code}:${wrong}`,
      kind: 'prohibited',
      wrong,
      right: null,
      excerpt: wrong,
      context: wrong,
      field: finding.field ?? '',
      occurrences: 1,
      detail: finding.message,
    })
  }
  return [...hits.values()]
}
