import type { CmsColumn, CmsSite } from '../cms/schemas.js'

export interface KnownSite {
  site: CmsSite
  columns: CmsColumn[]
}

/**
 * The last site (and columns) each host or slug resolved to. When the CMS is down, a form
 * submission still reaches its route and comes back with the visitor's input kept and a
 * "try again" message, instead of a bare 503 page that loses what they typed.
 */
export class KnownSites {
  private readonly entries = new Map<string, KnownSite>()

  constructor(private readonly maxEntries = 1000) {}

  remember(key: string, known: KnownSite): void {
    this.entries.delete(key)
    this.entries.set(key, known)
    const oldest = this.entries.keys().next().value
    if (this.entries.size > this.maxEntries && oldest !== undefined) this.entries.delete(oldest)
  }

  recall(key: string): KnownSite | undefined {
    return this.entries.get(key)
  }
}
