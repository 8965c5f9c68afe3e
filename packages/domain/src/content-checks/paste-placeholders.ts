import { MANUAL_IMAGE_PLACEHOLDER } from '../editor/manual-image-placeholder.js'
import type { Finding } from './types.js'

/**
 * R-REVIEW-BEFORE-PUBLISH: a placeholder the paste cleaner left for an image it could not read
 * must not reach the public: the image is uploaded, or the placeholder removed, before review.
 */
export function findPastePlaceholders(texts: readonly string[]): Finding[] {
  return texts.flatMap((text) =>
    [...text.matchAll(MANUAL_IMAGE_PLACEHOLDER)].map((match) => ({
      code: 'check.paste_image_placeholder',
      severity: 'blocking' as const,
      message: `粘贴时未能读取的图片“${match[1]}”尚未上传，请上传该图片或删除占位文字后再提交`,
      excerpt: match[0],
    })),
  )
}
