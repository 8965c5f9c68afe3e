import type { GuardedClient } from '../network/guarded-client.js'
import type { FailureReason } from '../network/http-result.js'

/** R-VETO-AVAILABILITY: a check fails when the site gives no good answer within 15 s. */
export const AVAILABILITY_TIMEOUT_MS = 15_000

/** What to probe: the site's public address (the front door a visitor uses) and its key pages. */
export interface ProbeTarget {
  publicAddress: string
  /** Absolute, or relative to the public address (`columns/news` under `http://host/_site/county/`). */
  keyPages?: readonly string[]
}

export interface PageProbe {
  url: string
  ok: boolean
  status?: number
  finalUrl: string
  redirects: number
  elapsedMs: number
  failure?: FailureReason
  /** Technical detail of a failure, for the evidence. */
  detail?: string
}

/** One availability check of a site: good only when every probed page answered well in time. */
export interface AvailabilityCheck {
  checkedAt: Date
  ok: boolean
  pages: PageProbe[]
}

export interface ProbeOptions {
  now: () => Date
  timeoutMs?: number
}

/**
 * R-VETO-AVAILABILITY, R-DAILY-INSPECT: GET the homepage and each key page once (no retry: the
 * inspection counts every failed check) and read the page as a browser would. A good answer is a
 * 2xx, directly or at the end of a redirect chain, within the time limit; anything else fails the
 * check, and the evidence names each page's status or failure and its time.
 */
export async function probeAvailability(client: GuardedClient, target: ProbeTarget, options: ProbeOptions): Promise<AvailabilityCheck> {
  const checkedAt = options.now()
  const urls = [target.publicAddress, ...(target.keyPages ?? [])].map((page) =>
    URL.canParse(page, target.publicAddress) ? new URL(page, target.publicAddress).href : page,
  )
  const pages = await Promise.all(
    urls.map(async (url): Promise<PageProbe> => {
      const result = await client.request(url, { readBody: true, retries: 0, totalTimeoutMs: options.timeoutMs ?? AVAILABILITY_TIMEOUT_MS })
      const common = { url, finalUrl: result.finalUrl, redirects: result.redirects.length, elapsedMs: result.elapsedMs }
      if (result.kind === 'failure') return { ...common, ok: false, failure: result.reason, detail: result.message }
      return { ...common, ok: result.status >= 200 && result.status < 300, status: result.status }
    }),
  )
  return { checkedAt, ok: pages.every((page) => page.ok), pages }
}
