import { RichText } from '@govsite/ui'

import { mediaHref, type SiteContext } from '../site-context.js'

/**
 * Rich text of published content. Its images and files are served by this site's `/media/`
 * route, like attachments: visitors never need the CMS's address, and every file is checked
 * against the fingerprint its approval bound.
 */
export function SiteRichText({ ctx, state }: { ctx: SiteContext; state: unknown }) {
  return <RichText state={state} resolveUploadUrl={(target) => (target.filename ? mediaHref(ctx, target.filename) : null)} />
}
