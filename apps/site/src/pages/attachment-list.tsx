import type { PublicMedia } from '@govsite/domain'

import { mediaHref, type SiteContext } from '../site-context.js'

function size(bytes: number | null | undefined): string {
  if (!bytes) return ''
  return bytes >= 1024 * 1024 ? `（${(bytes / 1024 / 1024).toFixed(1)} MB）` : `（${Math.max(1, Math.round(bytes / 1024))} KB）`
}

/** 附件: the published document's attachments, served through the site's `/media/<file>` route. */
export function AttachmentList({ ctx, attachments }: { ctx: SiteContext; attachments: readonly (string | PublicMedia)[] | null | undefined }) {
  const files = (attachments ?? []).filter((item): item is PublicMedia => typeof item !== 'string' && Boolean(item.filename))
  if (files.length === 0) return null
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">附件</h2>
      <ul className="item-list">
        {files.map((file) => (
          <li key={file.id}>
            <a href={mediaHref(ctx, file.filename ?? '')}>{file.alt || file.filename}</a>
            <span>{size(file.filesize)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
