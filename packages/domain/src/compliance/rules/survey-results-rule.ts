import { addDays, chinaDate, type IsoDate } from '../../time/china-time.js'
import { surveyResultsDeadline, surveyResultsOverdue } from '../../interaction/survey-rules.js'
import { earlierDate, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import type { SiteComplianceInput } from '../site-summary.js'

export interface AwaitedSurvey {
  surveyId: string
  title: string
  closedOn: IsoDate
  deadline: IsoDate
}

export interface SurveyResultsEvidence {
  overdue: AwaitedSurvey[]
  dueSoon: AwaitedSurvey[]
}

/**
 * R-SURVEY-1M (monitor): a closed survey whose results are still unpublished after the deadline
 * one calendar month after closing (`surveyResultsOverdue`); warning from
 * `surveyResultsWarningDays` before the deadline.
 */
export function surveyResultsRule(site: SiteComplianceInput, now: Date, settings: ComplianceSettings): RuleResult<SurveyResultsEvidence> {
  const today = chinaDate(now)
  const overdue: AwaitedSurvey[] = []
  const dueSoon: AwaitedSurvey[] = []
  let warnOn: IsoDate | null = null
  let failOn: IsoDate | null = null
  for (const survey of site.surveys) {
    const deadline = surveyResultsDeadline(survey.closesAt)
    const item = { surveyId: survey.id, title: survey.title, closedOn: chinaDate(survey.closesAt), deadline }
    if (surveyResultsOverdue(survey, now)) {
      overdue.push(item)
      continue
    }
    const warnFrom = addDays(deadline, -settings.surveyResultsWarningDays)
    if (today >= warnFrom) dueSoon.push(item)
    else warnOn = earlierDate(warnOn, warnFrom)
    failOn = earlierDate(failOn, addDays(deadline, 1))
  }
  const status: RuleStatus = overdue.length > 0 ? 'fail' : dueSoon.length > 0 ? 'warning' : 'pass'
  const describe = (survey: AwaitedSurvey) => `“${survey.title}”（应于 ${survey.deadline} 前公布）`
  const summary =
    status === 'fail'
      ? `${overdue.length} 个调查结果逾期未公布：${overdue.map(describe).join('、')}`
      : status === 'warning'
        ? `${dueSoon.length} 个调查结果即将到期：${dueSoon.map(describe).join('、')}`
        : '没有逾期未公布的调查结果'
  return {
    rule: 'R-SURVEY-1M',
    status,
    summary,
    evidence: { overdue, dueSoon },
    forecast: { warnOn: status === 'pass' ? warnOn : null, failOn: status === 'fail' ? null : failOn },
  }
}
