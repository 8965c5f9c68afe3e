import type { PublicColumn, PublicSite } from '@govsite/domain'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import { SharedInFlight } from './shared-in-flight.js'

/** A site and its columns, as a host or slug resolves to. */
export interface ResolvedSite {
  site: PublicSite
  columns: PublicColumn[]
}

/** `null`: no such site. `cmsFailure`: the CMS failed and `found` is what the key last resolved to. */
export interface SiteLookup {
  found: ResolvedSite | null
  cmsFailure?: CmsUnavailableError
}

export interface SiteDirectoryOptions {
  /** How long a resolution is reused; 0 → never, every lookup asks the CMS. */
  ttlMs: number
  /** Injected clock for tests. */
  now?: () => number
  /** Most keys kept (resolutions, and separately last-known sites); the least recently used goes first. */
  maxEntries?: number
}

interface Entry {
  found: ResolvedSite | null
  storedAt: number
}

/** Insert or refresh `key` as the most recently used, dropping the oldest past `max`. */
function setRecent<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key)
  map.set(key, value)
  const oldest = map.keys().next().value
  if (map.size > max && oldest !== undefined) map.delete(oldest)
}

/**
 * What each host (`host:<name>`) or slug (`slug:<slug>`) resolves to, so that a page missing the
 * page cache does not ask the CMS for its site and columns again (two of an article's three calls).
 * The CMS's webhook invalidates a site on any change to it or its columns. When the CMS is down,
 * the last known site is returned, flagged, so a form submission comes back with the visitor's
 * input and a "try again" message instead of a bare 503 page (see SiteLocals.cmsFailure).
 */
export class SiteDirectory {
  private readonly entries = new Map<string, Entry>()
  private readonly lastKnown = new Map<string, ResolvedSite>()
  private readonly inFlight = new SharedInFlight<ResolvedSite | null>()
  /**
   * Bumped by every invalidation, whichever the site: a lookup's site is unknown until the CMS
   * answers, and a "no such site" may be out of date after any site change. A lookup under way
   * is shared only within its generation.
   */
  private generation = 0
  private readonly ttlMs: number
  private readonly maxEntries: number
  private readonly now: () => number

  constructor(options: SiteDirectoryOptions) {
    this.ttlMs = options.ttlMs
    this.now = options.now ?? Date.now
    this.maxEntries = options.maxEntries ?? 1000
  }

  /** `key`'s resolution: kept, shared with a lookup under way, or from `resolve` (the CMS). */
  async lookUp(key: string, resolve: () => Promise<ResolvedSite | null>): Promise<SiteLookup> {
    const entry = this.fresh(key)
    if (entry) return { found: entry.found }
    try {
      return { found: await this.load(key, resolve) }
    } catch (error) {
      const fallback = this.lastKnown.get(key)
      if (!(error instanceof CmsUnavailableError) || !fallback) throw error
      return { found: fallback, cmsFailure: error }
    }
  }

  /** Forget the site's resolutions and every "no such site" (a new site or domain may now resolve). */
  invalidateSite(siteId: string): void {
    this.generation++
    for (const [key, { found }] of this.entries) if (!found || found.site.id === siteId) this.entries.delete(key)
  }

  /** Forget every resolution (the CMS restarted and may have missed telling us of a change). */
  invalidateAll(): void {
    this.generation++
    this.entries.clear()
  }

  private fresh(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (this.now() - entry.storedAt >= this.ttlMs) return undefined
    this.entries.set(key, entry)
    return entry
  }

  private load(key: string, resolve: () => Promise<ResolvedSite | null>): Promise<ResolvedSite | null> {
    const shared = this.inFlight.join(key, this.generation)
    if (shared) return shared
    const promise = this.resolveAndKeep(key, resolve, this.generation)
    // Without a TTL nothing is reused, not even a concurrent answer: as with no caching at all.
    if (this.ttlMs > 0) this.inFlight.lead(key, this.generation, promise)
    return promise
  }

  /** Keep the answer unless an invalidation happened meanwhile (it may predate the change). */
  private async resolveAndKeep(key: string, resolve: () => Promise<ResolvedSite | null>, generation: number): Promise<ResolvedSite | null> {
    const found = await resolve()
    if (generation !== this.generation) return found
    if (this.ttlMs > 0) setRecent(this.entries, key, { found, storedAt: this.now() }, this.maxEntries)
    if (found) setRecent(this.lastKnown, key, found, this.maxEntries)
    else this.lastKnown.delete(key)
    return found
  }
}
