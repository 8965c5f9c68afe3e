import { addDays, chinaDate, type IsoDate } from '../../time/china-time.js'
import type { ComplianceRuleId } from '../compliance-rules.js'
import type { RectificationSeverity } from './rectification-states.js'

/**
 * R-INSPECT-CYCLE: calendar days a site gets to rectify a finding, counted from the China day
 * the order is issued. A failing veto rule already makes the site 不合格, so its deadline is the
 * time the fix itself takes: a security finding the same day (it is a 24-hour handling rule
 * already), an unreachable channel the next day, publishing or answering within the working week,
 * gathering content for long-stale columns or completing 办事指南 within two weeks. A warning gets
 * longer, but never past the day before the rule would fail (`rectificationDeadline`), since the
 * point of the warning is to act before the veto.
 */
export const RECTIFICATION_DEADLINE_DAYS: Readonly<Record<ComplianceRuleId, Readonly<Record<RectificationSeverity, number>>>> = {
  'R-VETO-HOME': { fail: 3, warning: 7 },
  'R-VETO-NEWS-COLS': { fail: 5, warning: 10 },
  'R-VETO-STALE-10': { fail: 15, warning: 30 },
  'R-VETO-EMPTY-5': { fail: 5, warning: 15 },
  'R-VETO-NO-CHANNEL': { fail: 1, warning: 3 },
  'R-MSG-3M': { fail: 5, warning: 10 },
  'R-VETO-AVAILABILITY': { fail: 3, warning: 7 },
  'R-VETO-SECURITY': { fail: 0, warning: 0 },
  'R-VETO-SERVICE': { fail: 15, warning: 30 },
  'R-MSG-5WD': { fail: 2, warning: 1 },
  'R-SURVEY-1M': { fail: 7, warning: 7 },
  'R-ERROR-REPORT': { fail: 5, warning: 7 },
  'R-DAILY-INSPECT': { fail: 5, warning: 5 },
}

/**
 * R-INSPECT-CYCLE: the last China day to rectify a finding of `rule` issued at `now`; a warning's
 * deadline is capped at the day before `failOn` (the rule's forecast), and never before today.
 */
export function rectificationDeadline(rule: ComplianceRuleId, severity: RectificationSeverity, now: Date, failOn: IsoDate | null): IsoDate {
  const today = chinaDate(now)
  const planned = addDays(today, RECTIFICATION_DEADLINE_DAYS[rule][severity])
  if (severity === 'fail' || failOn === null) return planned
  const beforeVeto = addDays(failOn, -1)
  if (beforeVeto < today) return today
  return beforeVeto < planned ? beforeVeto : planned
}
