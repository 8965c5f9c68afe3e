import type { ContentForCheck, MediaFingerprint } from '@govsite/domain'

/** One checkable part of a document, named as the editor sees it. */
export type NamedContent = ContentForCheck & { field: string }

/**
 * R-NO-ADS, 信息无障碍: what the public sees of each media document the content references — its
 * file name, alt text and caption — as checkable parts named after the file (媒体文件“a.png” ›
 * 替代文字); an image is checked for its alt text.
 */
export function mediaCheckContents(media: readonly MediaFingerprint[]): NamedContent[] {
  return media.flatMap((item) => {
    const name = `媒体文件“${item.filename ?? item.id}”`
    const image = item.mimeType?.startsWith('image/') ? [{ src: item.filename, alt: item.alt }] : []
    const parts: NamedContent[] = [
      { field: `${name} › 文件名`, texts: item.filename ? [item.filename] : [], links: [], images: [] },
      { field: `${name} › 替代文字`, texts: item.alt ? [item.alt] : [], links: [], images: image },
      { field: `${name} › 说明`, texts: item.caption ? [item.caption] : [], links: [], images: [] },
    ]
    return parts.filter((part) => part.texts.length + part.images.length > 0)
  })
}
