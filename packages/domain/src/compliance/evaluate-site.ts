import { chinaDate, type IsoDate } from '../time/china-time.js'
import { columnFreshness, type ColumnFreshness } from './column-freshness.js'
import type { SiteKind } from '../sites/site-kinds.js'
import { COMPLIANCE_RULES, type ComplianceRuleId, type RuleResult, type RuleStatus } from './compliance-rules.js'
import type { ComplianceSettings } from './compliance-settings.js'
import { daysFrom } from './day-count.js'
import { answerDeadlineRule, type AnswerDeadlineEvidence } from './rules/answer-deadline-rule.js'
import { availabilityRule, type AvailabilityEvidence } from './rules/availability-rule.js'
import { channelRule, type ChannelEvidence } from './rules/channel-rule.js'
import { contentQualityRule, type ContentQualityEvidence } from './rules/content-quality-rule.js'
import { consultationRule, type ConsultationEvidence } from './rules/consultation-rule.js'
import { emptyColumnsRule, type EmptyColumnsEvidence } from './rules/empty-columns-rule.js'
import { errorReportRule, type ErrorReportEvidence } from './rules/error-report-rule.js'
import { homeRule, type HomeEvidence } from './rules/home-rule.js'
import { newsColumnsRule } from './rules/news-columns-rule.js'
import { securityRule, type SecurityEvidence } from './rules/security-rule.js'
import { serviceRule, type ServiceEvidence } from './rules/service-rule.js'
import type { StaleColumnsEvidence } from './rules/stale-column-count.js'
import { staleColumnsRule } from './rules/stale-columns-rule.js'
import { surveyResultsRule, type SurveyResultsEvidence } from './rules/survey-results-rule.js'
import type { SiteComplianceInput } from './site-summary.js'

/** Every rule's result, keyed by rule id. */
export interface SiteRuleResults {
  'R-VETO-HOME': RuleResult<HomeEvidence>
  'R-VETO-NEWS-COLS': RuleResult<StaleColumnsEvidence>
  'R-VETO-STALE-10': RuleResult<StaleColumnsEvidence>
  'R-VETO-EMPTY-5': RuleResult<EmptyColumnsEvidence>
  'R-VETO-NO-CHANNEL': RuleResult<ChannelEvidence>
  'R-MSG-3M': RuleResult<ConsultationEvidence>
  'R-VETO-AVAILABILITY': RuleResult<AvailabilityEvidence>
  'R-VETO-SECURITY': RuleResult<SecurityEvidence>
  'R-VETO-SERVICE': RuleResult<ServiceEvidence>
  'R-MSG-5WD': RuleResult<AnswerDeadlineEvidence>
  'R-SURVEY-1M': RuleResult<SurveyResultsEvidence>
  'R-ERROR-REPORT': RuleResult<ErrorReportEvidence>
  'R-DAILY-INSPECT': RuleResult<ContentQualityEvidence>
}

/** The column rules share one freshness computation per evaluation; the others ignore it. */
type RuleFunction<K extends ComplianceRuleId> = (
  site: SiteComplianceInput,
  now: Date,
  settings: ComplianceSettings,
  freshness: readonly ColumnFreshness[],
) => SiteRuleResults[K]

const RULE_FUNCTIONS: { [K in ComplianceRuleId]: RuleFunction<K> } = {
  'R-VETO-HOME': homeRule,
  'R-VETO-NEWS-COLS': newsColumnsRule,
  'R-VETO-STALE-10': staleColumnsRule,
  'R-VETO-EMPTY-5': emptyColumnsRule,
  'R-VETO-NO-CHANNEL': channelRule,
  'R-MSG-3M': consultationRule,
  'R-VETO-AVAILABILITY': availabilityRule,
  'R-VETO-SECURITY': securityRule,
  'R-VETO-SERVICE': serviceRule,
  'R-MSG-5WD': answerDeadlineRule,
  'R-SURVEY-1M': surveyResultsRule,
  'R-ERROR-REPORT': errorReportRule,
  'R-DAILY-INSPECT': contentQualityRule,
}

export interface PredictedFailure {
  rule: ComplianceRuleId
  on: IsoDate
  inDays: number
}

export interface SiteEvaluation {
  siteId: string
  siteName: string
  siteKind: SiteKind
  /** The China day evaluated. */
  date: IsoDate
  evaluatedAt: Date
  /** 合格 / 预警 / 不合格 (`RULE_STATUS_LABELS`). */
  status: RuleStatus
  /** Veto rules that fail. */
  failing: ComplianceRuleId[]
  /** Rules that warn, and monitors that fail (they warn the site, never fail it). */
  warning: ComplianceRuleId[]
  /** The veto rule not failing yet that will fail first if nothing changes; null when none will by time alone. */
  nextFailure: PredictedFailure | null
  rules: SiteRuleResults
}

/**
 * R-DAILY-INSPECT, R-WARN-EARLY: one site measured against every rule on `now`'s China day. The
 * site is 不合格 when a veto rule fails, 预警 when any rule warns or a monitor fails, else 合格.
 */
export function evaluateSite(input: SiteComplianceInput, now: Date, settings: ComplianceSettings): SiteEvaluation {
  const date = chinaDate(now)
  const rules = {} as Record<ComplianceRuleId, RuleResult<unknown>>
  const failing: ComplianceRuleId[] = []
  const warning: ComplianceRuleId[] = []
  let nextFailure: PredictedFailure | null = null
  const freshness = columnFreshness(input.columns, now, settings)
  for (const { id, veto } of COMPLIANCE_RULES) {
    const result: RuleResult<unknown> = RULE_FUNCTIONS[id](input, now, settings, freshness)
    rules[id] = result
    if (result.status === 'fail' && veto) failing.push(id)
    else if (result.status !== 'pass') warning.push(id)
    const failOn = result.forecast.failOn
    if (veto && result.status !== 'fail' && failOn !== null && (nextFailure === null || failOn < nextFailure.on)) {
      nextFailure = { rule: id, on: failOn, inDays: daysFrom(date, failOn) }
    }
  }
  return {
    siteId: input.site.id,
    siteName: input.site.name,
    siteKind: input.site.kind,
    date,
    evaluatedAt: now,
    status: failing.length > 0 ? 'fail' : warning.length > 0 ? 'warning' : 'pass',
    failing,
    warning,
    nextFailure,
    rules: rules as unknown as SiteRuleResults,
  }
}
