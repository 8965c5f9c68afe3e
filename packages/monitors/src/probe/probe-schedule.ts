import type { SiteKind } from '@govsite/domain'

/** R-VETO-AVAILABILITY: the inspection needs at least 20 checks a day, at intervals. */
export const MIN_CHECKS_PER_DAY = 20
const LONGEST_INTERVAL_MINUTES = (24 * 60) / MIN_CHECKS_PER_DAY

const PORTAL_KINDS: ReadonlySet<SiteKind> = new Set(['city-portal', 'county-portal'])

export interface ProbeScheduleSettings {
  /** Default 5. */
  portalIntervalMinutes?: number
  /** Default 15. */
  otherIntervalMinutes?: number
}

/**
 * R-VETO-AVAILABILITY, R-DAILY-INSPECT: minutes between two availability checks of a site —
 * every 5 minutes for portals, 15 for other sites unless the platform sets otherwise, but never
 * less often than 20 checks a day (72 minutes) nor more often than once a minute; a setting that
 * is no number counts as not set.
 */
export function probeIntervalMinutes(kind: SiteKind, settings: ProbeScheduleSettings = {}): number {
  const portal = PORTAL_KINDS.has(kind)
  const configured = portal ? settings.portalIntervalMinutes : settings.otherIntervalMinutes
  const wanted = configured !== undefined && Number.isFinite(configured) ? Math.round(configured) : portal ? 5 : 15
  return Math.min(Math.max(wanted, 1), LONGEST_INTERVAL_MINUTES)
}
