import type { ReactNode } from 'react'
import type { LexicalNode } from './read-node.js'
import { asNode, readInteger, readString } from './read-node.js'
import { linkAttributes } from './render-link.js'
import { safeImageSrc, safeLink } from './safe-url.js'

function dimension(doc: LexicalNode, key: string): number | undefined {
  const value = readInteger(doc, key)
  return value !== undefined && value > 0 ? value : undefined
}

/**
 * An upload node. Payload stores `value` as the populated media document
 * (`{ url, alt, mimeType, filename, width, height }`) or, unpopulated, as its id: an id
 * cannot be shown and renders nothing. Images become a lazy `img` (alt always a string);
 * other files a link named after the file.
 */
export function renderUpload(node: LexicalNode): ReactNode {
  const doc = asNode(node.value)
  if (!doc) return null
  const mimeType = readString(doc, 'mimeType') ?? ''
  if (mimeType.startsWith('image/')) {
    const src = safeImageSrc(doc.url)
    if (!src) return null
    const alt = readString(asNode(node.fields), 'alt') || readString(doc, 'alt') || ''
    return (
      <img
        src={src}
        alt={alt}
        width={dimension(doc, 'width')}
        height={dimension(doc, 'height')}
        loading="lazy"
        decoding="async"
      />
    )
  }
  const name = readString(doc, 'filename') || readString(doc, 'title') || '附件'
  const link = safeLink(doc.url)
  if (!link) return name
  return <a {...linkAttributes(link, false)}>{name}</a>
}
