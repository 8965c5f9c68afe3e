export { RichText } from './rich-text/RichText.js'
export type { RichTextProps } from './rich-text/RichText.js'
export type { InternalLinkTarget, ResolveInternalLink } from './rich-text/render-link.js'
export type { ResolveUploadUrl, UploadTarget } from './rich-text/render-upload.js'
// The text walker and the limits are the domain's; the renderer applies the same ones.
export { plainText, RICH_TEXT_LIMITS } from '@govsite/domain'
export { safeImageSrc, safeLink } from './rich-text/safe-url.js'
export type { SafeLink } from './rich-text/safe-url.js'
