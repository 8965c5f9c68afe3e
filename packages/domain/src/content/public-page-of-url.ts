import { PUBLIC_COLLECTIONS, PUBLIC_DOCUMENTS, type PublicCollection } from './public-paths.js'

/** What a public page of a site shows, read back from its address. */
export type PublicPage = { kind: 'document'; collection: PublicCollection; id: string } | { kind: 'column'; slug: string } | { kind: 'other' }

const decoded = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * R-DAILY-INSPECT: the page a URL under a site's public address (`https://www.example.gov.cn/`,
 * `http://localhost:3001/_site/county/`) is — a document page (`/articles/<id>`, `/policies/<id>` …,
 * the routes of `PUBLIC_DOCUMENTS`), a column page (`/columns/<slug>`), or another page — so a link
 * finding names the document, its column and its editor. A URL outside the address is `other`.
 */
export function publicPageOfUrl(url: string, publicAddress: string): PublicPage {
  if (!URL.canParse(url) || !URL.canParse(publicAddress)) return { kind: 'other' }
  const page = new URL(url)
  const base = new URL(publicAddress)
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`
  if (page.host !== base.host || !`${page.pathname}/`.startsWith(basePath)) return { kind: 'other' }
  const segments = page.pathname.slice(basePath.length).split('/').filter(Boolean)
  if (segments.length !== 2) return { kind: 'other' }
  const [first, second] = segments as [string, string]
  const value = decoded(second)
  if (value === null) return { kind: 'other' }
  if (first === 'columns') return { kind: 'column', slug: value }
  const collection = PUBLIC_COLLECTIONS.find((candidate) => PUBLIC_DOCUMENTS[candidate].segment === first)
  return collection ? { kind: 'document', collection, id: value } : { kind: 'other' }
}
