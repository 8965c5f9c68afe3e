import type { ReactNode } from 'react'
import { asNode, type LexicalNode, readInteger, readString } from '@govsite/domain'
import { fileLabel } from './file-label.js'
import { linkAttributes } from './render-link.js'
import { safeImageSrc, safeLink } from './safe-url.js'

function dimension(doc: LexicalNode, key: string): number | undefined {
  const value = readInteger(doc, key)
  return value !== undefined && value > 0 ? value : undefined
}

/** The media document of an upload node, as stored (unchecked). */
export interface UploadTarget {
  filename: string | undefined
  mimeType: string | undefined
  url: string | undefined
}

/**
 * Where the page serves an upload node's file (e.g. the site's own `/media/…` route instead of
 * the CMS's address). Its result is checked like any stored URL; it must not throw.
 */
export type ResolveUploadUrl = (target: UploadTarget) => string | null | undefined

/**
 * An upload node. Payload stores `value` as the populated media document
 * (`{ url, alt, mimeType, filename, width, height }`) or, unpopulated, as its id: an id
 * cannot be shown and renders nothing. Images become a lazy `img` (alt always a string);
 * other files a download link named after the file, followed by its type and size. The file's address is `resolveUploadUrl`'s when
 * given, else the stored `url`.
 */
export function renderUpload(node: LexicalNode, resolveUploadUrl?: ResolveUploadUrl): ReactNode {
  const doc = asNode(node.value)
  if (!doc) return null
  const mimeType = readString(doc, 'mimeType') ?? ''
  const url = resolveUploadUrl?.({ filename: readString(doc, 'filename'), mimeType: readString(doc, 'mimeType'), url: readString(doc, 'url') }) || doc.url
  if (mimeType.startsWith('image/')) {
    const src = safeImageSrc(url)
    if (!src) return null
    const alt = readString(asNode(node.fields), 'alt') || readString(doc, 'alt') || ''
    return <img src={src} alt={alt} width={dimension(doc, 'width')} height={dimension(doc, 'height')} loading="lazy" decoding="async" />
  }
  const name = readString(doc, 'filename') || readString(doc, 'title') || '附件'
  const label = fileLabel(doc)
  const link = safeLink(url)
  if (!link) return name + label
  return (
    <span className="rt-file">
      <a {...linkAttributes(link, false)} download>
        {name}
      </a>
      {label}
    </span>
  )
}
