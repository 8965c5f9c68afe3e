import type { SearchIndex } from '@govsite/search'
import type { Payload } from 'payload'

/** The index each Payload instance owns (one per process; one per test file in the tests). */
const indexes = new WeakMap<Payload, SearchIndex>()

export const searchIndexOf = (payload: Payload): SearchIndex | undefined => indexes.get(payload)

export function attachSearchIndex(payload: Payload, index: SearchIndex): void {
  indexes.set(payload, index)
}
