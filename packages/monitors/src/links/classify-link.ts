import type { FailureReason } from '../network/http-result.js'
import type { TargetProbe } from './probe-target.js'
import { suspiciousDomainOf } from './suspicious-domains.js'

export type LinkOutcome = 'ok' | 'warning' | 'broken-suspected' | 'broken-confirmed' | 'danger'

export type LinkReason =
  | FailureReason
  | 'suspicious-domain'
  | 'dangerous-content'
  | 'not-found'
  | 'gone'
  | 'client-error'
  | 'server-error'
  | 'unexpected-status'
  | 'blocked-for-bots'
  | 'slow'
  | 'redirect-chain'

export interface ClassifySettings {
  suspiciousDomains: readonly string[]
  /** Whether a URL is on the site's own host(s). */
  inSite: (url: string) => boolean
  /** Slower answers are a warning (default 5 s). */
  slowMs?: number
  /** Redirect chains of this many hops or more are a warning (default 3). */
  redirectChainHops?: number
}

export interface LinkVerdict {
  outcome: LinkOutcome
  reasons: LinkReason[]
  /** The suspicious-list entry the target, a redirect hop or the final URL matched. */
  suspiciousDomain?: string
}

const verdict = (outcome: LinkOutcome, reasons: LinkReason[]): LinkVerdict => ({ outcome, reasons })

/**
 * R-DAILY-INSPECT, R-VETO-SECURITY: what a link check found. danger — the target, a redirect hop
 * or where it ended is on the platform's suspicious-domain list, or the page carries gambling,
 * pornography or advertising words; broken, confirmed — an in-site 404 or 410; broken, suspected
 * — no answer (timeout, DNS, connection, redirect loop, too many redirects, a refused address),
 * a 5xx, an external 4xx; warning — blocked for bots (403, 429), slower than the threshold, or a
 * chain of 3 or more redirects; else ok. The suspicious list is applied at classification, so a
 * domain listed after its result was cached is caught.
 */
export function classifyLink(probe: TargetProbe, settings: ClassifySettings): LinkVerdict {
  const suspiciousDomain = [probe.url, ...probe.redirects.map((hop) => hop.url), probe.finalUrl]
    .map((url) => suspiciousDomainOf(url, settings.suspiciousDomains))
    .find((entry) => entry !== undefined)
  const danger: LinkReason[] = [
    ...(suspiciousDomain === undefined ? [] : (['suspicious-domain'] as const)),
    ...(probe.dangerousContent.length > 0 ? (['dangerous-content'] as const) : []),
  ]
  if (danger.length > 0) return { ...verdict('danger', danger), ...(suspiciousDomain === undefined ? {} : { suspiciousDomain }) }
  const status = probe.status
  if (status === undefined) return verdict('broken-suspected', [probe.failure ?? 'unexpected-status'])
  if (status === 404 || status === 410) {
    return verdict(settings.inSite(probe.finalUrl) ? 'broken-confirmed' : 'broken-suspected', [status === 404 ? 'not-found' : 'gone'])
  }
  const warnings: LinkReason[] = []
  if (status === 403 || status === 429) warnings.push('blocked-for-bots')
  else if (status >= 500) return verdict('broken-suspected', ['server-error'])
  else if (status >= 400) return verdict('broken-suspected', ['client-error'])
  else if (status < 200 || status >= 300) return verdict('broken-suspected', ['unexpected-status'])
  if (probe.elapsedMs > (settings.slowMs ?? 5_000)) warnings.push('slow')
  if (probe.redirects.length >= (settings.redirectChainHops ?? 3)) warnings.push('redirect-chain')
  return warnings.length > 0 ? verdict('warning', warnings) : verdict('ok', [])
}
