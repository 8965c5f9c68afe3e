import { Parser } from 'htmlparser2'

/** The elements whose targets the link checker follows, and the attribute holding each. */
export const LINK_ATTRIBUTES = { a: 'href', area: 'href', iframe: 'src', img: 'src', link: 'href', script: 'src', source: 'src' } as const
export type LinkElement = keyof typeof LINK_ATTRIBUTES

/** Links a visitor follows (and the crawler may walk); the others load something into the page. */
const NAVIGATIONAL: ReadonlySet<LinkElement> = new Set(['a', 'area', 'iframe'])

/** `<link rel>` values that name an origin to warm up, not a resource. */
const ORIGIN_HINTS = new Set(['preconnect', 'dns-prefetch'])

/** Elements whose start and end separate texts, so words are never joined across a boundary. */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre section table tbody td tfoot th thead title tr ul'.split(
    ' ',
  ),
)
const INVISIBLE = new Set(['script', 'style', 'template'])
const TEXT_META = new Set(['description', 'keywords'])
const MAX_LINK_TEXT = 200

export interface ExtractedLink {
  /** Absolute, without its fragment. */
  url: string
  element: LinkElement
  navigational: boolean
  /**
   * False for a link marked `rel="nofollow"` (on its first occurrence): not content to walk into,
   * such as the public site's reading-preference toggles (`/_prefs?…&back=…`), which show the same
   * page again. It is still checked as a target.
   */
  follow: boolean
  /** What the visitor sees: the link's text (or its image's alt, its title), an image's alt, a frame's title. */
  text: string
}

export interface ExtractedPage {
  /** Every http(s) target once, in document order, with its first text. */
  links: ExtractedLink[]
  /** The texts a visitor (or a search engine) reads: title, description and keywords, and each block's text. */
  texts: string[]
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * R-DAILY-INSPECT: the links, images, frames, scripts, stylesheets and media sources of a page,
 * resolved against the page's URL (or its `<base href>`), keeping only http(s) targets; and its
 * readable texts, for the word-list checks. htmlparser2 parses as forgivingly as a browser.
 */
export function extractPage(html: string, pageUrl: string): ExtractedPage {
  let base = pageUrl
  let baseSeen = false
  const links = new Map<string, ExtractedLink>()
  const texts: string[] = []
  let block = ''
  let invisibleDepth = 0
  let openLink: { link: ExtractedLink; text: string; fallback: string } | undefined

  const flush = () => {
    const text = squeeze(block)
    if (text !== '') texts.push(text)
    block = ''
  }
  const resolve = (raw: string): string | undefined => {
    if (!URL.canParse(raw.trim(), base)) return undefined
    const url = new URL(raw.trim(), base)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    url.hash = ''
    return url.href
  }
  const add = (element: LinkElement, raw: string, text: string, follow: boolean): ExtractedLink | undefined => {
    const url = resolve(raw)
    if (url === undefined) return undefined
    const existing = links.get(url)
    if (existing) return existing.text === '' ? existing : undefined
    const link = { url, element, navigational: NAVIGATIONAL.has(element), follow, text: squeeze(text).slice(0, MAX_LINK_TEXT) }
    links.set(url, link)
    return link
  }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (INVISIBLE.has(name)) invisibleDepth++
        if (BLOCKS.has(name)) flush()
        if (name === 'base' && !baseSeen && attributes.href !== undefined) {
          baseSeen = true
          if (URL.canParse(attributes.href, pageUrl)) base = new URL(attributes.href, pageUrl).href
        }
        if (name === 'meta' && TEXT_META.has((attributes.name ?? '').toLowerCase()) && attributes.content) texts.push(squeeze(attributes.content))
        if (name === 'img' && openLink && attributes.alt) openLink.fallback ||= attributes.alt
        if (!(name in LINK_ATTRIBUTES)) return
        const element = name as LinkElement
        const raw = attributes[LINK_ATTRIBUTES[element]]
        if (raw === undefined || raw.trim() === '') return
        const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/)
        if (element === 'link' && rels.some((rel) => ORIGIN_HINTS.has(rel))) return
        const label = attributes.alt ?? attributes.title ?? attributes['aria-label'] ?? ''
        const link = add(element, raw, label, !rels.includes('nofollow'))
        if (element === 'a' && link) openLink = { link, text: '', fallback: label }
      },
      ontext(text) {
        if (invisibleDepth > 0) return
        block += text
        if (openLink) openLink.text += text
      },
      onclosetag(name) {
        if (INVISIBLE.has(name)) invisibleDepth = Math.max(invisibleDepth - 1, 0)
        if (BLOCKS.has(name)) flush()
        if (name === 'a' && openLink) {
          openLink.link.text = squeeze(openLink.text || openLink.fallback).slice(0, MAX_LINK_TEXT)
          openLink = undefined
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  flush()
  return { links: [...links.values()], texts }
}
