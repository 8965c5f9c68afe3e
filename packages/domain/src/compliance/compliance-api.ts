import { z } from 'zod'

import { ISO_DATE_PATTERN, type IsoDate } from '../time/china-time.js'
import type { SiteKind, SiteStatus } from '../sites/site-kinds.js'
import type { ComplianceRuleId, Forecast, RuleStatus } from './compliance-rules.js'
import type { PredictedFailure, SiteEvaluation } from './evaluate-site.js'

/**
 * The CMS's supervision API (R-DAILY-INSPECT, R-INSPECT-CYCLE), shared by the CMS that answers it,
 * the admin dashboard and reports that read it, and anyone checking the figures from outside.
 * Rule results are keyed by rule id. Instants travel as ISO strings.
 */
export const COMPLIANCE_API = {
  sites: '/compliance/sites',
  site: '/compliance/sites/:id',
  run: '/compliance/run',
} as const

/** Days of history a site's drill-down carries (its trend chart). */
export const COMPLIANCE_TREND_DAYS = 90

/** `?date=YYYY-MM-DD` (a China day; today when absent): the day as the stored snapshots show it, or as evaluated now for today. */
export const complianceDateQuerySchema = z.object({
  date: z.string().regex(ISO_DATE_PATTERN, { error: '日期格式应为 YYYY-MM-DD' }).optional(),
})

/** `POST /compliance/run`: evaluate now, every site or one. */
export const complianceRunRequestSchema = z.object({ site: z.string().trim().min(1).optional() }).strict()

/** An evaluation as JSON carries it. */
export type SerializedEvaluation = Omit<SiteEvaluation, 'evaluatedAt'> & { evaluatedAt: string }

export interface ComplianceRuleSummary {
  status: RuleStatus
  summary: string
  forecast: Forecast
}

/** One row of the platform table. */
export interface ComplianceSiteRow {
  site: { id: string; name: string; kind: SiteKind; status: SiteStatus }
  status: RuleStatus
  failing: ComplianceRuleId[]
  warning: ComplianceRuleId[]
  nextFailure: PredictedFailure | null
  rules: Record<ComplianceRuleId, ComplianceRuleSummary>
  /** Rectification orders open on the answer's day: now for today, at the day's end for a past day. */
  openOrders: number
  evaluatedAt: string
}

/** `GET /compliance/sites?date=`: the sites the user may see. */
export interface ComplianceSitesAnswer {
  date: IsoDate
  sites: ComplianceSiteRow[]
  /** Sites not online that day: not inspected. */
  notInspected: { id: string; name: string; status: SiteStatus }[]
  totals: Record<RuleStatus, number>
}

/** One past day of a site, for the trend. */
export interface ComplianceTrendDay {
  date: IsoDate
  status: RuleStatus
  failing: ComplianceRuleId[]
  warning: ComplianceRuleId[]
}

/** `GET /compliance/sites/<id>?date=`: every rule with its evidence and forecast, and the trend up to that day. */
export interface ComplianceSiteAnswer {
  date: IsoDate
  evaluation: SerializedEvaluation
  /** As in `ComplianceSiteRow`: open on `date`. */
  openOrders: number
  /** Oldest first, at most `COMPLIANCE_TREND_DAYS` days ending on `date`; days without a snapshot are left out. */
  trend: ComplianceTrendDay[]
}

/** `POST /compliance/run`: what was evaluated and stored. */
export interface ComplianceRunAnswer {
  date: IsoDate
  evaluated: number
  totals: Record<RuleStatus, number>
}
