import { addCalendarMonths, addDays, chinaDate, type IsoDate } from '../../time/china-time.js'
import { earlierDate, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import { daysFrom } from '../day-count.js'
import type { SiteComplianceInput } from '../site-summary.js'
import { VETO_LINES } from '../veto-lines.js'

export interface OpenErrorReport {
  reportId: string
  url: string | null
  receivedOn: IsoDate
  daysOpen: number
  /** The first day it is open for more than 1 month. */
  overdueFrom: IsoDate
}

export interface ErrorReportEvidence {
  warningDays: number
  overdue: OpenErrorReport[]
  nearing: OpenErrorReport[]
}

/**
 * R-ERROR-REPORT (monitor): a 我为政府网站找错 report open for more than 1 calendar month (it counts
 * against the platform's yearly assessment); warning once one has been open `errorReportWarningDays`.
 */
export function errorReportRule(site: SiteComplianceInput, now: Date, settings: ComplianceSettings): RuleResult<ErrorReportEvidence> {
  const today = chinaDate(now)
  const overdue: OpenErrorReport[] = []
  const nearing: OpenErrorReport[] = []
  let warnOn: IsoDate | null = null
  let failOn: IsoDate | null = null
  for (const report of site.errorReports) {
    const receivedOn = chinaDate(report.receivedAt)
    const item = {
      reportId: report.id,
      url: report.url ?? null,
      receivedOn,
      daysOpen: daysFrom(receivedOn, today),
      overdueFrom: addDays(addCalendarMonths(receivedOn, VETO_LINES.errorReportMonths), 1),
    }
    if (today >= item.overdueFrom) {
      overdue.push(item)
      continue
    }
    const warnFrom = addDays(receivedOn, settings.errorReportWarningDays)
    if (today >= warnFrom) nearing.push(item)
    else warnOn = earlierDate(warnOn, warnFrom)
    failOn = earlierDate(failOn, item.overdueFrom)
  }
  const status: RuleStatus = overdue.length > 0 ? 'fail' : nearing.length > 0 ? 'warning' : 'pass'
  const summary =
    status === 'fail'
      ? `${overdue.length} 条网民纠错超过 1 个月未办结`
      : status === 'warning'
        ? `${nearing.length} 条网民纠错已超过 ${settings.errorReportWarningDays} 天未办结`
        : '没有超期未办结的网民纠错'
  return {
    rule: 'R-ERROR-REPORT',
    status,
    summary,
    evidence: { warningDays: settings.errorReportWarningDays, overdue, nearing },
    forecast: { warnOn: status === 'pass' ? warnOn : null, failOn: status === 'fail' ? null : failOn },
  }
}
