import type { IsoDate } from '../time/china-time.js'

/**
 * The rules a site is measured against every day (R-DAILY-INSPECT): the single-veto rules of the
 * 检查指标, which fail the site, and the interaction monitors, which only warn it. Order is the
 * order dashboards and reports list them in.
 */
export const COMPLIANCE_RULES = [
  { id: 'R-VETO-HOME', veto: true, title: '首页栏目信息更新' },
  { id: 'R-VETO-NEWS-COLS', veto: true, title: '动态要闻、通知公告和政策文件栏目更新' },
  { id: 'R-VETO-STALE-10', veto: true, title: '应更新但长期未更新的栏目' },
  { id: 'R-VETO-EMPTY-5', veto: true, title: '空白栏目' },
  { id: 'R-VETO-NO-CHANNEL', veto: true, title: '互动回应渠道' },
  { id: 'R-MSG-3M', veto: true, title: '政务咨询超过3个月未答复' },
  { id: 'R-VETO-AVAILABILITY', veto: true, title: '站点无法访问' },
  { id: 'R-VETO-SECURITY', veto: true, title: '严重错误和安全问题' },
  { id: 'R-VETO-SERVICE', veto: true, title: '办事服务和办事指南要素' },
  { id: 'R-MSG-5WD', veto: false, title: '留言5个工作日内答复' },
  { id: 'R-SURVEY-1M', veto: false, title: '调查结果1个月内公布' },
  { id: 'R-ERROR-REPORT', veto: false, title: '网民纠错1个月内办结' },
  { id: 'R-DAILY-INSPECT', veto: false, title: '内容质量（错别字）' },
] as const

export type ComplianceRuleId = (typeof COMPLIANCE_RULES)[number]['id']
export const COMPLIANCE_RULE_IDS: readonly ComplianceRuleId[] = COMPLIANCE_RULES.map((rule) => rule.id)

export type RuleStatus = 'pass' | 'warning' | 'fail'

export const RULE_STATUS_LABELS: Readonly<Record<RuleStatus, { zh: string; en: string }>> = {
  pass: { zh: '合格', en: 'Pass' },
  warning: { zh: '预警', en: 'Warning' },
  fail: { zh: '不合格', en: 'Fail' },
}

/**
 * What happens if nothing is published, answered or fixed: the first China day on which the rule
 * will warn and will fail. Each date lies ahead (today at the earliest, for rules that change
 * within the day); null when the rule is already at that level or time alone will not bring it there.
 */
export interface Forecast {
  warnOn: IsoDate | null
  failOn: IsoDate | null
}

export const NO_FORECAST: Forecast = { warnOn: null, failOn: null }

export interface RuleResult<Evidence> {
  rule: ComplianceRuleId
  status: RuleStatus
  /** One line in Chinese, for lists, alerts and reports. */
  summary: string
  evidence: Evidence
  forecast: Forecast
}

const SEVERITY: Readonly<Record<RuleStatus, number>> = { pass: 0, warning: 1, fail: 2 }

/** The more severe of two statuses. */
export function worseStatus(a: RuleStatus, b: RuleStatus): RuleStatus {
  return SEVERITY[b] > SEVERITY[a] ? b : a
}

/** The earlier of two optional dates. */
export function earlierDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b
  if (b === null) return a
  return b < a ? b : a
}
