import { extractCheckableContent, type ContentForCheck, type MediaFingerprint } from '@govsite/domain'

/** Which parts of a document the pre-review checks read. */
export interface CheckableParts {
  texts: (string | null | undefined)[]
  richText: unknown[]
}

export type CheckableSelector = (doc: Record<string, unknown>) => CheckableParts

/**
 * Merge plain texts and every rich-text field of a document into one checkable content, with
 * what the public sees of the media it references: file names, alt texts and captions, and each
 * image with its alt text (R-NO-ADS, 信息无障碍).
 */
export function checkableContent(parts: CheckableParts, media: readonly MediaFingerprint[]): ContentForCheck {
  const mediaTexts = media.flatMap((item) => [item.filename, item.alt, item.caption])
  const texts = [...parts.texts, ...mediaTexts].filter((text): text is string => typeof text === 'string' && text.length > 0)
  const pieces = parts.richText.map((state) => extractCheckableContent(state))
  const images = media.filter((item) => item.mimeType?.startsWith('image/')).map((item) => ({ src: item.filename, alt: item.alt }))
  return {
    texts: [...texts, ...pieces.flatMap((piece) => piece.texts)],
    links: pieces.flatMap((piece) => piece.links),
    images: [...images, ...pieces.flatMap((piece) => piece.images)],
  }
}
