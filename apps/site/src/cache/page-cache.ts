import { encodeBody, encodedSize, type EncodedBody } from './encoded-page.js'

/** A rendered response to keep. */
export interface PageToStore {
  siteId: string
  status: number
  contentType: string
  body: string
  /** The Last-Modified header sent with the render, replayed for conditional requests. */
  lastModified: string
}

/** One rendered response kept in memory, compressed once for all its visitors. */
export interface CachedPage {
  siteId: string
  status: number
  contentType: string
  encoded: EncodedBody
  lastModified: string
  storedAt: number
}

export interface PageCacheOptions {
  ttlMs: number
  /** Most entries kept; the least recently used goes first. */
  maxEntries?: number
  /** Most body bytes kept (a page under 1 KB as is, a larger one as gzip plus brotli). */
  maxBytes?: number
  /** Injected clock for tests. */
  now?: () => number
}

/**
 * Rendered pages by key (host + path + query + reader preferences), LRU-bounded by entry count and
 * size. Entries past the TTL are still returned (marked stale) so they can be served when the CMS
 * is down; invalidation deletes them outright, so invalidated content is never served again.
 * A per-site generation makes a render that started before an invalidation unable to store.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>()
  /** Sequence number of each site's latest invalidation. */
  private readonly invalidatedAt = new Map<string, number>()
  private sequence = 0
  private clearedAt = -1
  private bytes = 0
  readonly ttlMs: number
  readonly maxEntries: number
  readonly maxBytes: number
  readonly now: () => number

  constructor(options: PageCacheOptions) {
    this.ttlMs = options.ttlMs
    this.maxEntries = options.maxEntries ?? 5000
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.entries.size
  }

  /** The entry and whether it is still within its TTL; refreshes its LRU position. */
  lookup(key: string): { page: CachedPage; fresh: boolean } | undefined {
    const page = this.entries.get(key)
    if (!page) return undefined
    this.entries.delete(key)
    this.entries.set(key, page)
    return { page, fresh: this.now() - page.storedAt < this.ttlMs }
  }

  /**
   * Take at the start of a request and pass to `store`: a render that overlapped an invalidation of
   * its site is not kept. Changes with every invalidation, whichever the site.
   */
  startToken(): number {
    return this.sequence
  }

  /** The page hashed and compressed as the cache keeps it, without keeping it. */
  prepare({ body, ...page }: PageToStore): CachedPage {
    return { ...page, encoded: encodeBody(body), storedAt: this.now() }
  }

  /** The page as kept, or undefined when it is not kept (overlapped an invalidation, or too big). */
  store(key: string, page: PageToStore, startToken: number): CachedPage | undefined {
    if ((this.invalidatedAt.get(page.siteId) ?? -1) >= startToken || this.clearedAt >= startToken) return undefined
    const stored = this.prepare(page)
    const size = encodedSize(stored.encoded)
    if (size > this.maxBytes) return undefined
    this.remove(key)
    this.entries.set(key, stored)
    this.bytes += size
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break
      this.remove(oldest)
    }
    return stored
  }

  /** Forget every page of one site. */
  invalidateSite(siteId: string): number {
    this.invalidatedAt.set(siteId, this.sequence++)
    let removed = 0
    for (const [key, page] of [...this.entries]) {
      if (page.siteId === siteId) {
        this.remove(key)
        removed++
      }
    }
    return removed
  }

  clear(): void {
    this.clearedAt = this.sequence++
    this.entries.clear()
    this.bytes = 0
  }

  private remove(key: string): void {
    const page = this.entries.get(key)
    if (!page) return
    this.bytes -= encodedSize(page.encoded)
    this.entries.delete(key)
  }
}
