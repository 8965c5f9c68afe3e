import { currentTime } from '../../workflow/clock'
import { PublicApiRefusal } from './refusal'

/**
 * A per-key sliding-window limit held in memory (one CMS process): at most `limit` hits per
 * `windowMs`. Uses the injected clock so tests cross the window without sleeping.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Record a hit, or refuse with 429 and Retry-After when the key used up its window. */
  take(key: string, code: string, message: string): void {
    const now = currentTime().getTime()
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs)
    if (recent.length >= this.limit) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000))
      this.hits.set(key, recent)
      throw new PublicApiRefusal(429, code, message, undefined, { 'retry-after': String(retryAfter) })
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.prune(now)
  }

  private prune(now: number): void {
    for (const [key, times] of this.hits) {
      if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(key)
    }
  }
}

const TEN_MINUTES = 10 * 60 * 1000

/** Per visitor IP: 5 messages, 5 survey responses and 5 error reports per 10 minutes. */
export const rateLimits = {
  messages: new RateLimiter(5, TEN_MINUTES),
  surveyResponses: new RateLimiter(5, TEN_MINUTES),
  errorReports: new RateLimiter(5, TEN_MINUTES),
}
