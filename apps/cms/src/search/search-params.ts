import { chinaDayEnd, chinaDayStart, isIsoDate } from '@govsite/domain'
import { MAX_PAGE, MAX_PAGE_SIZE, SEARCH_DOCUMENT_TYPES } from '@govsite/search'
import { z } from 'zod'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar day in China time, as the instant it starts or ends. */
function chinaDay(edge: 'start' | 'end') {
  return z
    .string()
    .regex(DATE, '日期格式应为 YYYY-MM-DD')
    .transform((day, ctx) => {
      // 2026-02-30 would roll over to March: refuse days that do not exist.
      if (!isIsoDate(day)) {
        ctx.addIssue({ code: 'custom', message: `日期 ${day} 不存在` })
        return z.NEVER
      }
      return edge === 'start' ? chinaDayStart(day) : chinaDayEnd(day)
    })
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

/** `GET /api/search` parameters. `type` is one type or several separated by commas. */
export const searchParamsSchema = z
  .object({
    q: z.string().max(200, '搜索词过长').default(''),
    site: optionalText.pipe(z.string().max(64, '网站标识过长').optional()),
    type: optionalText.pipe(
      z
        .string()
        .transform((value) => value.split(','))
        .pipe(z.array(z.enum(SEARCH_DOCUMENT_TYPES, { message: `内容类型只能是 ${SEARCH_DOCUMENT_TYPES.join('、')}` })).max(SEARCH_DOCUMENT_TYPES.length))
        .optional(),
    ),
    from: optionalText.pipe(chinaDay('start').optional()),
    to: optionalText.pipe(chinaDay('end').optional()),
    page: z.coerce.number({ message: '页码须为整数' }).int('页码须为整数').min(1, '页码须从 1 开始').max(MAX_PAGE, `页码最大为 ${MAX_PAGE}`).default(1),
    pageSize: z.coerce
      .number({ message: '每页条数须为整数' })
      .int('每页条数须为整数')
      .min(1, '每页至少 1 条')
      .max(MAX_PAGE_SIZE, `每页最多 ${MAX_PAGE_SIZE} 条`)
      .default(10),
  })
  .refine((params) => !params.from || !params.to || params.from <= params.to, { message: '开始日期不能晚于结束日期', path: ['from'] })

/** `GET /api/qa` parameters: the site whose box was used, and the question. */
export const qaParamsSchema = z.object({
  site: z.string({ error: '请指定网站' }).trim().min(1, '请指定网站').max(64, '网站标识过长'),
  q: z.string().max(200, '问题过长').default(''),
})

/** The query string as a plain object (the last value wins for a repeated name). */
export function paramsOf(url: string | undefined): Record<string, string> {
  return Object.fromEntries(new URL(url ?? '', 'http://localhost').searchParams)
}
