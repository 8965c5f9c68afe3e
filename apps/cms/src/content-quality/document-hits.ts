import { findTermErrors, type TermHit, type TermLists } from '@govsite/domain'
import type { Field } from 'payload'

import { publicFieldContents } from '../workflow/public-fields'

export interface DocumentHit extends TermHit {
  /** The field of the first occurrence, by its Chinese label. */
  field: string
}

/**
 * R-DAILY-INSPECT: the listed wrong wordings in every text the public sees of a document (the
 * same fields as the pre-review checks), one per wrong form with the field it first appears in
 * and its occurrences over all fields.
 */
export function documentHits(fields: readonly Field[], doc: Record<string, unknown>, lists: TermLists): DocumentHit[] {
  const hits = new Map<string, DocumentHit>()
  for (const content of publicFieldContents(fields, doc)) {
    for (const hit of findTermErrors(content.texts, lists)) {
      const key = `${hit.list}|${hit.wrong}`
      const known = hits.get(key)
      if (known) known.occurrences += hit.occurrences
      else hits.set(key, { ...hit, field: content.field })
    }
  }
  return [...hits.values()]
}
