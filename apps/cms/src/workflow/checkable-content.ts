import { extractCheckableContent, type ContentForCheck, type MediaFingerprint } from '@govsite/domain'

import { mediaCheckContents } from './media-check-contents'

/** Which parts of a document the pre-review checks read. */
export interface CheckableParts {
  texts: (string | null | undefined)[]
  richText: unknown[]
}

export type CheckableSelector = (doc: Record<string, unknown>) => CheckableParts

/**
 * Merge plain texts and every rich-text field of a document into one checkable content, with
 * what the public sees of the media it references (`mediaCheckContents`).
 */
export function checkableContent(parts: CheckableParts, media: readonly MediaFingerprint[]): ContentForCheck {
  const texts = parts.texts.filter((text): text is string => typeof text === 'string' && text.length > 0)
  const pieces = [...parts.richText.map((state) => extractCheckableContent(state)), ...mediaCheckContents(media)]
  return {
    texts: [...texts, ...pieces.flatMap((piece) => piece.texts)],
    links: pieces.flatMap((piece) => piece.links),
    images: pieces.flatMap((piece) => piece.images),
  }
}
