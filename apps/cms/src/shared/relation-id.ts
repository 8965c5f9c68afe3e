/** The id of a relationship value, whether stored as an id or populated as a document. */
export const idOf = (value: unknown): string | null =>
  value == null ? null : typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)
