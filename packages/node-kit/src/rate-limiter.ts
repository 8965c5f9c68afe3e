export interface RateLimiterOptions {
  /** Most keys remembered; the least recently hit are forgotten first. Default 10,000. */
  maxKeys?: number
  /** Milliseconds since the epoch; injected so tests cross a window without sleeping. */
  now?: () => number
}

/**
 * A per-key sliding-window limit held in memory (one process): at most `limit` hits in any
 * `windowMs`, for at most `maxKeys` keys (the least recently hit are forgotten first, so a flood
 * of addresses cannot grow it without bound). The CMS's sign-in throttles and public API limits
 * and the public site's form limits all count with it.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()
  private readonly maxKeys: number
  private readonly now: () => number

  constructor(
    private readonly limit: number,
    readonly windowMs: number,
    options: RateLimiterOptions = {},
  ) {
    this.maxKeys = options.maxKeys ?? 10_000
    this.now = options.now ?? Date.now
  }

  /** Record a hit; null when allowed, otherwise the seconds until the key may try again. */
  hit(key: string): number | null {
    const now = this.now()
    const recent = this.recent(key, now)
    this.hits.delete(key)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000))
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > this.maxKeys) this.prune(now)
    return null
  }

  /** Give back the latest hit (an attempt that turned out to be legitimate). */
  refund(key: string): void {
    this.hits.get(key)?.pop()
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs)
  }

  private prune(now: number): void {
    for (const [key, times] of this.hits) {
      if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(key)
    }
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break
      this.hits.delete(key)
    }
  }
}
