import { SITE_STATUSES, type SiteStatus } from '../sites/site-kinds.js'

/**
 * The publishable collections the public site shows, by REST slug: the path segment of their
 * pages and their type in the search index. The one place public document URLs are defined;
 * the site's routes and links and the CMS's search index both read it.
 */
export const PUBLIC_DOCUMENTS = {
  articles: { segment: 'articles', searchType: 'article' },
  notices: { segment: 'notices', searchType: 'notice' },
  'policy-documents': { segment: 'policies', searchType: 'policy' },
  interpretations: { segment: 'interpretations', searchType: 'interpretation' },
  faqs: { segment: 'faqs', searchType: 'faq' },
} as const
export type PublicCollection = keyof typeof PUBLIC_DOCUMENTS
export const PUBLIC_COLLECTIONS = Object.keys(PUBLIC_DOCUMENTS) as PublicCollection[]
/** A document's type in search answers (`article`, `policy` …). */
export type PublicDocumentType = (typeof PUBLIC_DOCUMENTS)[PublicCollection]['searchType']
export const PUBLIC_DOCUMENT_TYPES = PUBLIC_COLLECTIONS.map((collection) => PUBLIC_DOCUMENTS[collection].searchType) as [
  PublicDocumentType,
  ...PublicDocumentType[],
]

export function collectionOfType(type: PublicDocumentType): PublicCollection {
  return PUBLIC_COLLECTIONS.find((collection) => PUBLIC_DOCUMENTS[collection].searchType === type) as PublicCollection
}

/** The site's route for a collection's documents (`/articles/:id`). */
export const documentRoute = (collection: PublicCollection): string => `/${PUBLIC_DOCUMENTS[collection].segment}/:id`
export const COLUMN_ROUTE = '/columns/:slug'
export const COLUMN_FEED_ROUTE = '/columns/:slug/feed.xml'
export const MEDIA_ROUTE = '/media/:filename'
/** Every site is also served under any host at `/_site/<slug>/…`, which is how one site links to another's documents. */
export const SITE_PREFIX_ROUTE = '/_site/:slug'

/** A published document's address within its site: `/articles/<id>`, `/policies/<id>` … */
export function documentPath(collection: PublicCollection, id: string): string {
  return `/${PUBLIC_DOCUMENTS[collection].segment}/${encodeURIComponent(id)}`
}

export function columnPath(slug: string): string {
  return `/columns/${encodeURIComponent(slug)}`
}

/** The column's Atom feed. */
export function columnFeedPath(slug: string): string {
  return `${columnPath(slug)}/feed.xml`
}

/** An uploaded file of the site, served by the site itself (never the CMS's address). */
export function mediaPath(filename: string): string {
  return `/media/${encodeURIComponent(filename)}`
}

/** Where a site's pages start when it is not served on its own host. */
export function sitePrefix(slug: string): string {
  return `/_site/${encodeURIComponent(slug)}`
}

/**
 * R-SITE-OPEN, R-SITE-OFFLINE, R-SITE-CLOSE: a site is public once it has gone online. A site
 * still 筹建中 is not served; a temporarily offline or closed site stays reachable, since its
 * 临时下线公告 or 关停迁移公告 must stay pinned there.
 */
export const PUBLIC_SITE_STATUSES: readonly SiteStatus[] = SITE_STATUSES.filter((status) => status !== 'planned')

export function isPublicSite(site: { status: string }): boolean {
  return (PUBLIC_SITE_STATUSES as readonly string[]).includes(site.status)
}
