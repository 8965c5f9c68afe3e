export { classifyAddress, decideAddress, type AddressAllowances, type AddressCategory, type AddressDecision } from './network/address-policy.js'
export { GuardedClient, type NetworkSettings, type RequestOptions } from './network/guarded-client.js'
export type { FailureReason, HttpFailure, HttpResponse, HttpResult, RedirectHop } from './network/http-result.js'
export { staticResolver, systemResolver, type ResolvedAddress, type Resolver } from './network/resolver.js'
export { monitorUserAgent } from './network/user-agent.js'
export {
  AVAILABILITY_TIMEOUT_MS,
  probeAvailability,
  type AvailabilityCheck,
  type PageProbe,
  type ProbeOptions,
  type ProbeTarget,
} from './probe/availability-probe.js'
export { MIN_CHECKS_PER_DAY, probeIntervalMinutes, type ProbeScheduleSettings } from './probe/probe-schedule.js'
export { availabilityDays, rollingFailureRate, type AvailabilityDay, type FailureRate } from './probe/availability-days.js'
export { extractPage, LINK_ATTRIBUTES, type ExtractedLink, type ExtractedPage, type LinkElement } from './links/extract-links.js'
export { decodeHtml, isHtml } from './links/decode-html.js'
export { findDangerousContent, type ContentMatch } from './links/dangerous-content.js'
export { listedDomainOf, suspiciousDomainOf } from './links/suspicious-domains.js'
export { DEFAULT_RESULT_TTL_MS, ResultCache, type ResultCacheOptions } from './links/result-cache.js'
export { probeTarget, type ProbeContext, type TargetProbe } from './links/probe-target.js'
export { classifyLink, type ClassifySettings, type LinkOutcome, type LinkReason, type LinkVerdict } from './links/classify-link.js'
export { LINK_OUTCOME_LABELS, LINK_REASON_LABELS } from './links/link-labels.js'
export { checkSiteLinks, type LinkCheckInput, type LinkCheckOptions, type LinkFinding, type LinkCheckScope, type LinkReport } from './links/link-checker.js'
