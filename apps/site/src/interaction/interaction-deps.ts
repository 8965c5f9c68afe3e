import type { RateLimiter } from '@govsite/node-kit'

import type { FormGuard } from './form-guard.js'
import type { ServiceClient } from './service-client.js'

/** What the interaction routes share: the CMS's public API, CSRF guard and the site's own rate limits. */
export interface InteractionDeps {
  cmsUrl: string
  service: ServiceClient
  guard: FormGuard
  /** 我要写信 submissions per visitor IP. */
  messageLimiter: RateLimiter
  /** Survey responses and error reports per visitor IP. */
  submissionLimiter: RateLimiter
}
