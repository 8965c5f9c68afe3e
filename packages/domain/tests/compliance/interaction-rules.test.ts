import { describe, expect, it } from 'vitest'

import {
  answerDeadlineRule,
  channelRule,
  complianceSettingsSchema,
  consultationRule,
  DEFAULT_COMPLIANCE_SETTINGS,
  errorReportRule,
  messageDueDate,
  surveyResultsRule,
  workingCalendar,
  type MessageSummary,
} from '../../src/index.js'
import { china, site } from './site-fixture.js'

const settings = DEFAULT_COMPLIANCE_SETTINGS
const calendar = workingCalendar()
const message = (id: string, received: string, extra: Partial<MessageSummary> = {}): MessageSummary => {
  const receivedAt = china(`${received} 10:00`)
  return { id, title: `留言${id}`, category: 'consultation', receivedAt, dueDate: messageDueDate(receivedAt, calendar), ...extra }
}

describe('consultationRule (R-MSG-3M)', () => {
  it('fails the day after 3 calendar months unanswered and warns the day after 2 (received 2026-08-25)', () => {
    const input = site({ messages: [message('m1', '2026-08-25')] })
    expect(consultationRule(input, china('2026-10-25 23:59'), settings)).toMatchObject({
      status: 'pass',
      forecast: { warnOn: '2026-10-26', failOn: '2026-11-26' },
    })
    expect(consultationRule(input, china('2026-10-26 00:00'), settings)).toMatchObject({ status: 'warning', forecast: { warnOn: null, failOn: '2026-11-26' } })
    expect(consultationRule(input, china('2026-11-25 23:59'), settings).status).toBe('warning')
    const failing = consultationRule(input, china('2026-11-26 00:00'), settings)
    expect(failing).toMatchObject({ status: 'fail', forecast: { warnOn: null, failOn: null } })
    expect(failing.evidence.overdue).toEqual([{ messageId: 'm1', title: '留言m1', receivedOn: '2026-08-25', overdueFrom: '2026-11-26', answeredOn: null }])
    expect(failing.summary).toBe('1 条政务咨询超过 3 个月未答复：“留言m1”（2026-08-25 收到）')
  })

  it('clamps at month end: received 2026-11-30, over 3 months from 2027-03-01', () => {
    const input = site({ messages: [message('m1', '2026-11-30')] })
    expect(consultationRule(input, china('2027-02-28 12:00'), settings).status).toBe('warning')
    expect(consultationRule(input, china('2027-03-01 00:00'), settings).status).toBe('fail')
  })

  it('counts only consultations: a complaint waits for R-MSG-5WD alone', () => {
    const input = site({ messages: [message('m1', '2026-01-05', { category: 'complaint' }), message('m2', '2026-01-05', { category: 'suggestion' })] })
    expect(consultationRule(input, china('2026-12-01 12:00'), settings).status).toBe('pass')
  })

  it('counts a consultation answered after more than 3 months within the year before the check, and not after that year', () => {
    const late = site({ messages: [message('m1', '2025-08-01', { answeredAt: china('2025-12-15 10:00') })] })
    expect(consultationRule(late, china('2026-12-15 12:00'), settings)).toMatchObject({ status: 'fail', evidence: { overdue: [{ answeredOn: '2025-12-15' }] } })
    expect(consultationRule(late, china('2026-12-16 00:00'), settings).status).toBe('pass')
    const onTime = site({ messages: [message('m1', '2026-08-01', { answeredAt: china('2026-11-01 10:00') })] })
    expect(consultationRule(onTime, china('2026-12-01 12:00'), settings).status).toBe('pass')
  })

  it('warns at the configured month', () => {
    const input = site({ messages: [message('m1', '2026-10-20')] })
    expect(consultationRule(input, china('2026-11-21 00:00'), complianceSettingsSchema.parse({ consultationWarningMonths: 1 })).status).toBe('warning')
    expect(consultationRule(input, china('2026-11-21 00:00'), settings).status).toBe('pass')
  })
})

describe('answerDeadlineRule (R-MSG-5WD)', () => {
  // Received Wednesday 2026-11-18: due Wednesday 2026-11-25.
  const input = site({ messages: [message('m1', '2026-11-18', { category: 'complaint' })] })

  it('warns on the due day and fails the day after, with the forecast', () => {
    expect(answerDeadlineRule(input, china('2026-11-24 12:00'), settings)).toMatchObject({
      status: 'pass',
      forecast: { warnOn: '2026-11-25', failOn: '2026-11-26' },
    })
    expect(answerDeadlineRule(input, china('2026-11-25 12:00'), settings)).toMatchObject({ status: 'warning', summary: '1 条留言今日到期' })
    expect(answerDeadlineRule(input, china('2026-11-26 00:00'), settings)).toMatchObject({
      status: 'fail',
      evidence: { overdue: [{ messageId: 'm1', dueDate: '2026-11-25' }] },
    })
  })

  it('ignores answered messages', () => {
    const answered = site({ messages: [message('m1', '2026-11-18', { answeredAt: china('2026-11-30 10:00') })] })
    expect(answerDeadlineRule(answered, china('2026-12-01 12:00'), settings).status).toBe('pass')
  })
})

describe('surveyResultsRule (R-SURVEY-1M)', () => {
  const input = site({ surveys: [{ id: 's1', title: '满意度调查', closesAt: china('2026-10-31 18:00') }] })

  it('warns 7 days before the deadline (1 calendar month after closing, month end clamped) and fails after it', () => {
    // Closed 2026-10-31: results due by 2026-11-30.
    expect(surveyResultsRule(input, china('2026-11-22 23:59'), settings)).toMatchObject({
      status: 'pass',
      forecast: { warnOn: '2026-11-23', failOn: '2026-12-01' },
    })
    expect(surveyResultsRule(input, china('2026-11-23 00:00'), settings).status).toBe('warning')
    expect(surveyResultsRule(input, china('2026-11-30 23:59'), settings).status).toBe('warning')
    const failing = surveyResultsRule(input, china('2026-12-01 00:00'), settings)
    expect(failing).toMatchObject({ status: 'fail', summary: '1 个调查结果逾期未公布：“满意度调查”（应于 2026-11-30 前公布）' })
  })
})

describe('errorReportRule (R-ERROR-REPORT)', () => {
  const input = site({ errorReports: [{ id: 'e1', receivedAt: china('2026-11-30 09:00'), url: 'https://www.example.gov.cn/a/1' }] })

  it('warns after 21 days open and fails once open more than 1 calendar month', () => {
    expect(errorReportRule(input, china('2026-12-20 23:59'), settings)).toMatchObject({
      status: 'pass',
      forecast: { warnOn: '2026-12-21', failOn: '2026-12-31' },
    })
    expect(errorReportRule(input, china('2026-12-21 00:00'), settings)).toMatchObject({ status: 'warning', evidence: { nearing: [{ daysOpen: 21 }] } })
    expect(errorReportRule(input, china('2026-12-30 23:59'), settings).status).toBe('warning')
    expect(errorReportRule(input, china('2026-12-31 00:00'), settings)).toMatchObject({
      status: 'fail',
      evidence: { overdue: [{ reportId: 'e1', overdueFrom: '2026-12-31' }] },
    })
  })
})

describe('channelRule (R-VETO-NO-CHANNEL)', () => {
  const check = { checkedAt: china('2026-12-01 06:00'), formWorks: true, intakeWorks: true }

  it('passes when the form and the intake both answered, and forecasts the day the check grows too old', () => {
    expect(channelRule(site({ channel: check }), china('2026-12-01 12:00'), settings)).toMatchObject({
      status: 'pass',
      forecast: { warnOn: '2026-12-03', failOn: null },
    })
  })

  it('fails when either the message form or the CMS intake did not answer', () => {
    const form = channelRule(site({ channel: { ...check, formWorks: false, problem: '表单页面返回 HTTP 500' } }), china('2026-12-01 12:00'), settings)
    expect(form).toMatchObject({ status: 'fail', summary: '网站留言表单无法使用：表单页面返回 HTTP 500（无可用的互动回应渠道即单项否决）' })
    expect(channelRule(site({ channel: { ...check, intakeWorks: false } }), china('2026-12-01 12:00'), settings).status).toBe('fail')
  })

  it('warns when never checked or last checked more than 48 hours ago', () => {
    expect(channelRule(site({ channel: null }), china('2026-12-01 12:00'), settings)).toMatchObject({ status: 'warning', summary: '互动渠道尚未检测' })
    expect(channelRule(site({ channel: check }), china('2026-12-03 05:59'), settings).status).toBe('pass')
    expect(channelRule(site({ channel: check }), china('2026-12-03 06:00'), settings)).toMatchObject({ status: 'warning', evidence: { outdated: true } })
  })
})
