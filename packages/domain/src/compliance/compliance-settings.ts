import { z } from 'zod'

import { updateIntervalSchema } from './update-interval.js'
import { VETO_LINES } from './veto-lines.js'

/** A whole number from `min` to `max`, with a Chinese message naming the setting and why. */
const wholeNumber = (label: string, min: number, max: number, why: string, fallback: number) =>
  z
    .number({ error: `${label}须为数字` })
    .int(`${label}须为整数`)
    .min(min, `${label}须在 ${min} 到 ${max} 之间（${why}）`)
    .max(max, `${label}须在 ${min} 到 ${max} 之间（${why}）`)
    .default(fallback)

/**
 * R-WARN-EARLY: a platform's compliance settings. Every warning line lies strictly inside its
 * veto line (`VETO_LINES`, national and fixed), so a site is told before it fails; the defaults
 * follow the incumbents (10 of 14 days, 2 of 5 empty columns, 6 of 10 stale columns, 3 % of 5 %,
 * a consultation at 2 of 3 months).
 */
export const complianceSettingsSchema = z.object({
  /** R-VETO-HOME: days without homepage content before the warning. */
  homepageWarningDays: wholeNumber('首页预警天数', 1, VETO_LINES.homepageDays - 1, `否决线为 ${VETO_LINES.homepageDays} 天`, 10),
  /** R-VETO-NEWS-COLS: stale news, notice and policy columns before the warning. */
  newsColumnsWarning: wholeNumber('动态要闻类栏目预警数', 1, VETO_LINES.newsColumns - 1, `否决线为 ${VETO_LINES.newsColumns} 个`, 3),
  /** R-VETO-STALE-10: long-stale columns before the warning. */
  staleColumnsWarning: wholeNumber('长期未更新栏目预警数', 1, VETO_LINES.staleColumns - 1, `否决线为 ${VETO_LINES.staleColumns} 个`, 6),
  /** R-VETO-EMPTY-5: empty columns before the warning. */
  emptyColumnsWarning: wholeNumber('空白栏目预警数', 1, VETO_LINES.emptyColumns - 1, `否决线为 ${VETO_LINES.emptyColumns} 个`, 2),
  /** R-VETO-AVAILABILITY: failing share of the checks, in percent, before the warning. */
  unavailableWarningPercent: z
    .number({ error: '不可访问预警比例须为数字' })
    .gt(0, `不可访问预警比例须大于 0 且小于 ${VETO_LINES.unavailablePercent}%（否决线为 ${VETO_LINES.unavailablePercent}%）`)
    .lt(VETO_LINES.unavailablePercent, `不可访问预警比例须大于 0 且小于 ${VETO_LINES.unavailablePercent}%（否决线为 ${VETO_LINES.unavailablePercent}%）`)
    .default(3),
  /** R-MSG-3M: months a consultation may wait before the warning. */
  consultationWarningMonths: wholeNumber('咨询未答复预警月数', 1, VETO_LINES.consultationMonths - 1, `否决线为 ${VETO_LINES.consultationMonths} 个月`, 2),
  /** R-VETO-SERVICE: missing element categories of a 办事指南 before the warning. */
  serviceGuideWarningMissing: wholeNumber(
    '办事指南缺少要素预警数',
    1,
    VETO_LINES.serviceGuideMissingElements - 1,
    `否决线为缺少 ${VETO_LINES.serviceGuideMissingElements} 类要素`,
    1,
  ),
  /** R-VETO-SECURITY: hours a serious finding may stay open before it counts as not handled in time. */
  securityHandlingHours: wholeNumber('严重问题处置时限（小时）', 1, 168, '最长 7 天', 24),
  /** R-VETO-NO-CHANNEL: hours after which the last check of the message channel is too old to rely on. */
  channelCheckMaxAgeHours: wholeNumber('互动渠道检测有效期（小时）', 1, 168, '最长 7 天', 48),
  /** R-SURVEY-1M: days before the results deadline from which a closed survey warns. */
  surveyResultsWarningDays: wholeNumber('调查结果公布提前预警天数', 1, 27, '须在 1 个月期限之内', 7),
  /** R-ERROR-REPORT: days an error report may stay open before the warning (the limit is 1 month). */
  errorReportWarningDays: wholeNumber('网民纠错预警天数', 1, 27, '办结期限为 1 个月', 21),
  /** R-VETO-STALE-10: the expected interval of the column kinds that should be updated but have none of their own. */
  defaultUpdateInterval: updateIntervalSchema.default({ count: 6, unit: 'months' }),
})

export type ComplianceSettings = z.output<typeof complianceSettingsSchema>
export type ComplianceSettingsInput = z.input<typeof complianceSettingsSchema>

export const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = complianceSettingsSchema.parse({})
