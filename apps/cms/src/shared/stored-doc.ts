/** A document as the Local API returns it at depth 0, read by code that handles any collection. */
export type StoredDoc = Record<string, unknown> & { id: string }
