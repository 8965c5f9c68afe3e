/** Link results are reused for 3 hours: a daily and a weekly run on the same day share most checks. */
export const DEFAULT_RESULT_TTL_MS = 3 * 60 * 60 * 1000

export interface ResultCacheOptions {
  now: () => Date
  ttlMs?: number
  /** Oldest entries are dropped beyond this (default 50,000). */
  maxEntries?: number
}

/**
 * R-DAILY-INSPECT: results reused within a time window, so the sites of a platform linking the same
 * targets (and the daily and weekly runs) do not check them again. In memory only; the clock is
 * injected.
 */
export class ResultCache<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>()
  private readonly ttlMs: number
  private readonly maxEntries: number

  constructor(private readonly options: ResultCacheOptions) {
    this.ttlMs = options.ttlMs ?? DEFAULT_RESULT_TTL_MS
    this.maxEntries = options.maxEntries ?? 50_000
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= this.options.now().getTime()) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: T): void {
    this.entries.delete(key)
    this.entries.set(key, { value, expiresAt: this.options.now().getTime() + this.ttlMs })
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break
      this.entries.delete(oldest)
    }
  }
}
