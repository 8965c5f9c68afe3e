/** What can be searched; `faq` entries feed the Q&A box (R-KB). */
export const SEARCH_DOCUMENT_TYPES = ['article', 'policy', 'interpretation', 'notice', 'faq'] as const
export type SearchDocumentType = (typeof SEARCH_DOCUMENT_TYPES)[number]

/** One published document as the index stores it. */
export interface SearchDocument {
  /** Unique across all types (the CMS's document id). */
  id: string
  type: SearchDocumentType
  /** Site id. */
  site: string
  siteSlug?: string
  title: string
  /** Plain text, no markup. */
  body: string
  /** Path on the public site, relative to the site (`/articles/<id>`). */
  url: string
  /** ISO 8601. */
  publishedAt: string
  category?: string
}

export interface SearchQuery {
  q: string
  /** Only documents of these sites (ids); all sites when absent or empty. */
  sites?: readonly string[]
  types?: readonly SearchDocumentType[]
  publishedFrom?: Date
  publishedTo?: Date
  /** 1-based. */
  page?: number
  pageSize?: number
  /** `all` (default): every word must occur. `any`: at least one, more is better (Q&A). */
  match?: 'all' | 'any'
}

/** A piece of highlighted text: the page renders `match` pieces as <mark>. Never HTML. */
export interface HighlightSegment {
  text: string
  match: boolean
}

export interface SearchHit {
  id: string
  type: SearchDocumentType
  site: string
  siteSlug?: string
  url: string
  publishedAt: string
  category?: string
  score: number
  /** Share (0–1) of the query's terms the document contains: 1 unless searched with `match: 'any'`. */
  coverage: number
  title: HighlightSegment[]
  snippet: HighlightSegment[]
}

/** Another search worth offering when nothing was found; `total` is how many it finds. */
export interface SearchSuggestion {
  kind: 'drop-word' | 'all-sites' | 'no-filters'
  q: string
  total: number
}

export interface SearchResult {
  q: string
  /** The words searched for, after segmentation. */
  words: string[]
  total: number
  page: number
  pageSize: number
  pageCount: number
  hits: SearchHit[]
  /** Only when `total` is 0. */
  suggestions: SearchSuggestion[]
}

export interface SearchIndexStats {
  documents: number
  byType: Record<SearchDocumentType, number>
  terms: number
  postings: number
}

/**
 * The search index behind the CMS. The in-memory implementation serves one machine; a
 * dedicated engine (OpenSearch/Elasticsearch with IK, Meilisearch) implements the same four
 * methods, so the CMS's sync points and endpoints stay unchanged (docs/search.md).
 */
export interface SearchIndex {
  /** Add or replace a document (by id). */
  upsert(doc: SearchDocument): Promise<void>
  /** Remove a document; removing an unknown id is not an error. */
  remove(id: string): Promise<void>
  /** Throws `SearchQueryError` for a query it cannot run (empty, too long, bad paging). */
  search(query: SearchQuery): Promise<SearchResult>
  stats(): Promise<SearchIndexStats>
}
