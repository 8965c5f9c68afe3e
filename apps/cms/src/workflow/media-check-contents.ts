import type { FieldContent, MediaFingerprint } from '@govsite/domain'

/**
 * R-NO-ADS, 信息无障碍: what the public sees of each media document the content references — its
 * file name, alt text and caption — as checkable parts named after the file (媒体文件“a.png” ›
 * 替代文字); an image is checked for its alt text.
 */
export function mediaCheckContents(media: readonly MediaFingerprint[]): FieldContent[] {
  return media.flatMap((item) => {
    const name = `媒体文件“${item.filename ?? item.id}”`
    const image = item.mimeType?.startsWith('image/') ? [{ src: item.filename, alt: item.alt }] : []
    const parts: FieldContent[] = [
      { field: `${name} › 文件名`, texts: item.filename ? [item.filename] : [], links: [], images: [] },
      { field: `${name} › 替代文字`, texts: item.alt ? [item.alt] : [], links: [], images: image },
      { field: `${name} › 说明`, texts: item.caption ? [item.caption] : [], links: [], images: [] },
    ]
    return parts.filter((part) => part.texts.length + part.images.length > 0)
  })
}
