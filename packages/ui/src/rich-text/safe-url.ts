/**
 * URL checks for links and images taken from stored content. URLs are parsed with the
 * WHATWG parser browsers use (which strips tabs, newlines and leading control characters,
 * so `java\tscript:` is seen as `javascript:`), against a placeholder base so relative
 * URLs parse too.
 */
import { isGovernmentHost } from '@govsite/domain'

const PLACEHOLDER_BASE = 'https://relative.invalid'
const PLACEHOLDER_HOST = 'relative.invalid'

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const IMAGE_PROTOCOLS = new Set(['http:', 'https:'])

export interface SafeLink {
  href: string
  /** Absolute http(s) URL to a host that is no government host (`gov.cn`, `.政务`). */
  external: boolean
  /** http(s) or relative, i.e. a page that may open in a new tab (not mailto:/tel:). */
  web: boolean
}

interface ParsedUrl {
  url: URL
  href: string
  relative: boolean
}

function parse(raw: unknown): ParsedUrl | null {
  if (typeof raw !== 'string') return null
  const trimmed = raw.trim()
  if (trimmed === '') return null
  let url: URL
  try {
    url = new URL(trimmed, PLACEHOLDER_BASE)
  } catch {
    return null
  }
  // Relative URLs keep their original text so that they resolve against the page as
  // written; scheme and host are the page's, which the parse above has just shown.
  const relative = url.host === PLACEHOLDER_HOST && (url.protocol === 'https:' || url.protocol === 'http:')
  return { url, href: relative ? trimmed : url.href, relative }
}

/** A link target that is http(s), mailto:, tel: or relative; null for anything else (javascript:, data:, vbscript:, file:, unparsable). */
export function safeLink(raw: unknown): SafeLink | null {
  const parsed = parse(raw)
  if (!parsed || !LINK_PROTOCOLS.has(parsed.url.protocol)) return null
  const web = parsed.url.protocol === 'http:' || parsed.url.protocol === 'https:'
  const external = web && !parsed.relative && !isGovernmentHost(parsed.url.hostname)
  return { href: parsed.href, external, web }
}

/** An image source that is http(s) or relative; null otherwise (data:, javascript:, …). */
export function safeImageSrc(raw: unknown): string | null {
  const parsed = parse(raw)
  return parsed && IMAGE_PROTOCOLS.has(parsed.url.protocol) ? parsed.href : null
}
