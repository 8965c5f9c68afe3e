import { extractCheckableContent } from '@govsite/domain'

/** Whether a Lexical state holds any visible text (an empty editor still stores a paragraph). */
export function hasRichText(state: unknown): boolean {
  if (!state || typeof state !== 'object') return false
  return extractCheckableContent(state).texts.some((text) => text.trim().length > 0)
}
