import { RateLimiter } from '../../rate-limit/rate-limiter'
import { Refusal } from '../../shared/refusal'

const TEN_MINUTES = 10 * 60 * 1000

/** A public-API limit: refuses with 429 and Retry-After when the visitor used up its window. */
function publicLimit(limit: number, windowMs: number) {
  const limiter = new RateLimiter(limit, windowMs)
  return {
    take(key: string, code: string, message: string): void {
      const retryAfter = limiter.hit(key)
      if (retryAfter !== null) throw new Refusal(429, code, message, undefined, { 'retry-after': String(retryAfter) })
    },
  }
}

/** Per visitor IP: 5 messages, 5 survey responses and 5 error reports per 10 minutes. */
export const rateLimits = {
  messages: publicLimit(5, TEN_MINUTES),
  surveyResponses: publicLimit(5, TEN_MINUTES),
  errorReports: publicLimit(5, TEN_MINUTES),
}
