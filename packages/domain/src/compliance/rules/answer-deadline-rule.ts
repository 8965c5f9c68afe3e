import { addDays, chinaDate, type IsoDate } from '../../time/china-time.js'
import { messageDeadlineStatus } from '../../interaction/message-deadlines.js'
import { earlierDate, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import type { SiteComplianceInput } from '../site-summary.js'

export interface DueMessage {
  messageId: string
  title: string
  receivedOn: IsoDate
  dueDate: IsoDate
}

export interface AnswerDeadlineEvidence {
  overdue: DueMessage[]
  dueToday: DueMessage[]
}

/**
 * R-MSG-5WD (monitor): unanswered messages past their 5-working-day due date fail the monitor,
 * messages due today warn (`messageDeadlineStatus`). A monitor never fails the site by itself.
 */
export function answerDeadlineRule(site: SiteComplianceInput, now: Date, _settings: ComplianceSettings): RuleResult<AnswerDeadlineEvidence> {
  const overdue: DueMessage[] = []
  const dueToday: DueMessage[] = []
  let warnOn: IsoDate | null = null
  let failOn: IsoDate | null = null
  for (const message of site.messages) {
    const deadline = messageDeadlineStatus(message, now)
    const item = { messageId: message.id, title: message.title, receivedOn: chinaDate(message.receivedAt), dueDate: message.dueDate }
    if (deadline === 'overdue') overdue.push(item)
    if (deadline === 'due-today') dueToday.push(item)
    if (deadline === 'pending') warnOn = earlierDate(warnOn, message.dueDate)
    if (deadline === 'pending' || deadline === 'due-today') failOn = earlierDate(failOn, addDays(message.dueDate, 1))
  }
  const status: RuleStatus = overdue.length > 0 ? 'fail' : dueToday.length > 0 ? 'warning' : 'pass'
  const summary =
    status === 'fail'
      ? `${overdue.length} 条留言超过 5 个工作日未答复${dueToday.length > 0 ? `，另有 ${dueToday.length} 条今日到期` : ''}`
      : status === 'warning'
        ? `${dueToday.length} 条留言今日到期`
        : '没有超期未答复的留言'
  return {
    rule: 'R-MSG-5WD',
    status,
    summary,
    evidence: { overdue, dueToday },
    forecast: { warnOn: status === 'pass' ? warnOn : null, failOn: status === 'fail' ? null : failOn },
  }
}
