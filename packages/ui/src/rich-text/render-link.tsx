import type { ReactNode } from 'react'
import { asNode, type LexicalNode, readString } from '@govsite/domain'
import type { SafeLink } from './safe-url.js'
import { safeLink } from './safe-url.js'

/** Payload's internal link target: `fields.doc` of a link with `linkType: 'internal'`. */
export interface InternalLinkTarget {
  relationTo: string | undefined
  /** The populated document, or its id when not populated. */
  value: unknown
}

/**
 * Turns an internal link's target into a URL (e.g. `/articles/…`). Its result is checked
 * like any stored URL. It receives unchecked stored data, so it must not throw.
 */
export type ResolveInternalLink = (target: InternalLinkTarget) => string | null | undefined

function storedHref(node: LexicalNode, resolveInternalLink: ResolveInternalLink | undefined): unknown {
  const fields = asNode(node.fields)
  if (readString(fields, 'linkType') === 'internal' && resolveInternalLink) {
    const doc = asNode(fields?.doc)
    const resolved = doc ? resolveInternalLink({ relationTo: readString(doc, 'relationTo'), value: doc.value }) : undefined
    if (resolved) return resolved
  }
  return fields?.url ?? node.url
}

/** `rel`/`target` for a checked link: external links never get the opener nor the referrer. */
export function linkAttributes(link: SafeLink, newTab: boolean): { href: string; rel?: string; target?: string } {
  const opensTab = newTab && link.web
  const rel = link.external ? 'noopener noreferrer' : opensTab ? 'noopener' : undefined
  return { href: link.href, rel, target: opensTab ? '_blank' : undefined }
}

/** link / autolink. A URL that fails the check renders the link's text without an anchor. */
export function renderLink(node: LexicalNode, children: ReactNode[], resolveInternalLink: ResolveInternalLink | undefined): ReactNode {
  const link = safeLink(storedHref(node, resolveInternalLink))
  if (!link) return <>{children}</>
  const newTab = asNode(node.fields)?.newTab === true || node.newTab === true
  return <a {...linkAttributes(link, newTab)}>{children}</a>
}
