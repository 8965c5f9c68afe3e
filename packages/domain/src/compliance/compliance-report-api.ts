import { z } from 'zod'

import { ISO_MONTH_PATTERN, type MonthlyNotice } from './monthly-notice.js'

/** `GET /api/compliance/report`: the 月检查通报 of the platform, or of one site, for a month (R-INSPECT-CYCLE). */
export const COMPLIANCE_REPORT_API = '/compliance/report'

export const COMPLIANCE_REPORT_FORMATS = ['json', 'xlsx'] as const
export type ComplianceReportFormat = (typeof COMPLIANCE_REPORT_FORMATS)[number]

/** `?month=YYYY-MM[&site=<id>][&format=xlsx]`. */
export const complianceReportQuerySchema = z.object({
  month: z.string({ error: '请指定月份（YYYY-MM）' }).regex(ISO_MONTH_PATTERN, { error: '月份格式应为 YYYY-MM' }),
  site: z.string().trim().min(1, { error: '站点编号不能为空' }).optional(),
  format: z.enum(COMPLIANCE_REPORT_FORMATS, { error: '格式只能是 json 或 xlsx' }).optional(),
})

export type ComplianceReportQuery = z.output<typeof complianceReportQuerySchema>

/** The JSON answer: the notice, for one site when `site` was asked for (`site` then names it). */
export interface ComplianceReportAnswer extends MonthlyNotice {
  site: { id: string; name: string } | null
  generatedAt: string
}
