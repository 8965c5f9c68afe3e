import type { PayloadRequest } from 'payload'

import { RateLimiter } from '../rate-limit/rate-limiter'
import { clientIp } from '../shared/client-ip'
import { Refusal } from '../shared/refusal'

const FIFTEEN_MINUTES = 15 * 60 * 1000

const ONE_HOUR = 60 * 60 * 1000

/**
 * R-SEC-ACCOUNTS. Per client address: failed sign-ins (wrong password, unknown or locked account,
 * wrong two-factor code) and password-reset requests. The per-account lockout stops guessing one
 * password; these stop one address from trying many accounts, or flooding inboxes. Per e-mail
 * address (whether or not an account has it, so the answer tells nothing): reset mails, so many
 * addresses together cannot flood one inbox either.
 */
export const accountThrottles = {
  loginFailures: new RateLimiter(20, FIFTEEN_MINUTES),
  passwordResets: new RateLimiter(5, FIFTEEN_MINUTES),
  passwordResetsPerAccount: new RateLimiter(3, ONE_HOUR),
}

type Throttle = keyof typeof accountThrottles

/**
 * Count one attempt from the request's address (or for `key`), or refuse with 429 and
 * Retry-After. Local API calls carry no address and are not limited.
 */
export function throttleAttempt(req: PayloadRequest, throttle: Throttle, key = clientIp(req)): void {
  if (!key || !clientIp(req)) return
  const retryAfter = accountThrottles[throttle].hit(key)
  if (retryAfter === null) return
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('retry-after', String(retryAfter))
  throw new Refusal(429, 'auth.rate_limited', `尝试次数过多，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`)
}

/** A sign-in that succeeded does not count against its address. */
export function forgiveAttempt(req: PayloadRequest, throttle: Throttle): void {
  const ip = clientIp(req)
  if (ip) accountThrottles[throttle].refund(ip)
}
