/**
 * What the paste cleaner leaves where an image cannot be read from the clipboard (Word's
 * `file://` pictures), so the editor sees in place which image to upload by hand.
 */
export const manualImagePlaceholder = (name: string): string => `【图片“${name}”需手动上传】`

/** Every placeholder `manualImagePlaceholder` wrote, in any text. */
export const MANUAL_IMAGE_PLACEHOLDER = /【图片“([^”]*)”需手动上传】/g
