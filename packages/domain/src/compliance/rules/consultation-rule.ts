import { addCalendarMonths, addDays, chinaDate, type IsoDate } from '../../time/china-time.js'
import { unansweredOverThreeMonths } from '../../interaction/message-deadlines.js'
import { earlierDate, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import type { SiteComplianceInput } from '../site-summary.js'
import { VETO_LINES } from '../veto-lines.js'

export interface ConsultationItem {
  messageId: string
  title: string
  receivedOn: IsoDate
  /** The first day it is (or was) unanswered for more than 3 months. */
  overdueFrom: IsoDate
  answeredOn: IsoDate | null
}

export interface ConsultationEvidence {
  warningMonths: number
  vetoMonths: number
  /** Unanswered for more than 3 months now, or answered that late within the year before the check. */
  overdue: ConsultationItem[]
  /** Unanswered past the warning line. */
  nearing: ConsultationItem[]
}

/** The first day a consultation received on `received` has waited more than `months` calendar months. */
const overFrom = (received: IsoDate, months: number): IsoDate => addDays(addCalendarMonths(received, months), 1)

/**
 * R-MSG-3M (veto): within the year before the check, a valid 政务咨询 unanswered for more than 3
 * months — one still open (`unansweredOverThreeMonths`), or one answered that late within the
 * last 12 months. Warning once an open consultation has waited more than `consultationWarningMonths`.
 * Complaints and suggestions are held to R-MSG-5WD only.
 */
export function consultationRule(site: SiteComplianceInput, now: Date, settings: ComplianceSettings): RuleResult<ConsultationEvidence> {
  const today = chinaDate(now)
  const lookbackFrom = addCalendarMonths(today, -VETO_LINES.consultationLookbackMonths)
  const overdue: ConsultationItem[] = []
  const nearing: ConsultationItem[] = []
  let warnOn: IsoDate | null = null
  let failOn: IsoDate | null = null
  for (const message of site.messages) {
    if (message.category !== 'consultation') continue
    const receivedOn = chinaDate(message.receivedAt)
    const item: ConsultationItem = {
      messageId: message.id,
      title: message.title,
      receivedOn,
      overdueFrom: overFrom(receivedOn, VETO_LINES.consultationMonths),
      answeredOn: message.answeredAt ? chinaDate(message.answeredAt) : null,
    }
    if (item.answeredOn !== null) {
      if (item.answeredOn >= item.overdueFrom && item.answeredOn >= lookbackFrom) overdue.push(item)
    } else if (unansweredOverThreeMonths(message, now)) overdue.push(item)
    else {
      const warnFrom = overFrom(receivedOn, settings.consultationWarningMonths)
      if (today >= warnFrom) nearing.push(item)
      else warnOn = earlierDate(warnOn, warnFrom)
      failOn = earlierDate(failOn, item.overdueFrom)
    }
  }
  const status: RuleStatus = overdue.length > 0 ? 'fail' : nearing.length > 0 ? 'warning' : 'pass'
  const summary =
    status === 'fail'
      ? `${overdue.length} 条政务咨询超过 ${VETO_LINES.consultationMonths} 个月未答复：${overdue.map((item) => `“${item.title}”（${item.receivedOn} 收到）`).join('、')}`
      : status === 'warning'
        ? `${nearing.length} 条政务咨询已超过 ${settings.consultationWarningMonths} 个月未答复，最早将于 ${failOn} 超过 ${VETO_LINES.consultationMonths} 个月`
        : `没有超过 ${settings.consultationWarningMonths} 个月未答复的政务咨询`
  return {
    rule: 'R-MSG-3M',
    status,
    summary,
    evidence: { warningMonths: settings.consultationWarningMonths, vetoMonths: VETO_LINES.consultationMonths, overdue, nearing },
    forecast: { warnOn: status === 'pass' ? warnOn : null, failOn: status === 'fail' ? null : failOn },
  }
}
