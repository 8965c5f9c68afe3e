import type { ContentForCheck, Finding } from './types.js'

/** Screen-reader users learn what an image shows only from its alt text (信息无障碍). */
export function findImagesWithoutAlt(images: ContentForCheck['images']): Finding[] {
  return images
    .filter(({ alt }) => !alt?.trim())
    .map(({ src }) => ({
      code: 'check.image_alt_missing',
      severity: 'warning' as const,
      message: '图片缺少替代文字（alt），请补充图片内容说明',
      ...(src ? { excerpt: src } : {}),
    }))
}
