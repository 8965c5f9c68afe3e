/**
 * Per-key fixed-window counter (visitor IP → submissions), in memory and on an injected clock so
 * tests cross a window without sleeping. One site process counts its own visitors; the CMS
 * keeps its own limit per visitor IP as well.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one attempt; refused ones say how many seconds until the window resets. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now()
    this.forgetExpired(now)
    const window = this.windows.get(key)
    if (!window || now - window.startedAt >= this.windowMs) {
      this.windows.set(key, { startedAt: now, count: 1 })
      return { allowed: true }
    }
    if (window.count >= this.limit) return { allowed: false, retryAfterSeconds: Math.ceil((window.startedAt + this.windowMs - now) / 1000) }
    window.count++
    return { allowed: true }
  }

  /** Keeps memory bounded by the visitors of the last window. */
  private forgetExpired(now: number): void {
    if (this.windows.size < 10_000) return
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key)
  }
}
