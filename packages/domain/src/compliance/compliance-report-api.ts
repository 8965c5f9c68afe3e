import { z } from 'zod'

import { ISO_MONTH_PATTERN, type MonthlyNotice } from './monthly-notice.js'
import { ISO_QUARTER_PATTERN, type QuarterlyNotice } from './quarterly-result.js'

/**
 * `GET /api/compliance/report`: the 月检查通报 of the platform, or of one site, for a month, or
 * its 季度检查结果 for a quarter (R-INSPECT-CYCLE).
 */
export const COMPLIANCE_REPORT_API = '/compliance/report'

export const COMPLIANCE_REPORT_FORMATS = ['json', 'xlsx'] as const
export type ComplianceReportFormat = (typeof COMPLIANCE_REPORT_FORMATS)[number]

/** `?month=YYYY-MM` or `?quarter=YYYY-Qn`, then `[&site=<id>][&format=xlsx]`. */
export const complianceReportQuerySchema = z
  .object({
    month: z.string().regex(ISO_MONTH_PATTERN, { error: '月份格式应为 YYYY-MM' }).optional(),
    quarter: z.string().regex(ISO_QUARTER_PATTERN, { error: '季度格式应为 YYYY-Qn，如 2026-Q4' }).optional(),
    site: z.string().trim().min(1, { error: '站点编号不能为空' }).optional(),
    format: z.enum(COMPLIANCE_REPORT_FORMATS, { error: '格式只能是 json 或 xlsx' }).optional(),
  })
  .superRefine((query, context) => {
    if (query.month === undefined && query.quarter === undefined)
      context.addIssue({ code: 'custom', path: ['month'], message: '请指定月份（YYYY-MM）或季度（YYYY-Qn）' })
    if (query.month !== undefined && query.quarter !== undefined) context.addIssue({ code: 'custom', path: ['quarter'], message: '月份和季度只能指定其中一个' })
  })

export type ComplianceReportQuery = z.output<typeof complianceReportQuerySchema>

/** The JSON answer: the month's or the quarter's notice, for one site when `site` was asked for (`site` then names it). */
export type ComplianceReportAnswer = (MonthlyNotice | QuarterlyNotice) & {
  site: { id: string; name: string } | null
  generatedAt: string
}
