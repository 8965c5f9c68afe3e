// The subpath keeps the rest of the kit (the mail receiver) out of Payload's bundle.
import { RateLimiter as KitRateLimiter } from '@govsite/node-kit/rate-limiter'

import { currentTime } from '../shared/clock'

/** The kit's sliding-window limiter on the CMS clock, so tests cross a window without sleeping. */
export class RateLimiter extends KitRateLimiter {
  constructor(limit: number, windowMs: number, maxKeys?: number) {
    super(limit, windowMs, { maxKeys, now: () => currentTime().getTime() })
  }
}
