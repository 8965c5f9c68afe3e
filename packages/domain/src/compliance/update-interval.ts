import { z } from 'zod'

import { addCalendarMonths, addDays, type IsoDate } from '../time/china-time.js'

export const INTERVAL_UNITS = ['days', 'months'] as const
export type IntervalUnit = (typeof INTERVAL_UNITS)[number]

export const INTERVAL_UNIT_LABELS: Readonly<Record<IntervalUnit, { zh: string; en: string }>> = {
  days: { zh: '天', en: 'days' },
  months: { zh: '个月', en: 'months' },
}

/** How often a column is expected to get new content: whole days, or calendar months in China time. */
export interface UpdateInterval {
  count: number
  unit: IntervalUnit
}

const MAX_COUNT: Readonly<Record<IntervalUnit, number>> = { days: 366, months: 36 }

/** A column's or the platform's update interval, as an admin enters it. */
export const updateIntervalSchema = z
  .object({
    count: z.number({ error: '更新周期须为数字' }).int('更新周期须为整数').min(1, '更新周期至少为 1'),
    unit: z.enum(INTERVAL_UNITS, { error: '更新周期的单位须为“天”或“个月”' }),
  })
  .refine((interval) => interval.count <= MAX_COUNT[interval.unit], {
    error: `更新周期最长为 ${MAX_COUNT.days} 天或 ${MAX_COUNT.months} 个月`,
    path: ['count'],
  })

/**
 * The first day a column whose latest content appeared on `date` is overdue: 14 days after
 * 2026-11-30 is 2026-12-14; months are calendar months clamped at month end (2026-08-31 + 6 months
 * = 2027-02-28), as for R-SURVEY-1M.
 */
export function addInterval(date: IsoDate, interval: UpdateInterval): IsoDate {
  return interval.unit === 'days' ? addDays(date, interval.count) : addCalendarMonths(date, interval.count)
}

// Kept free of zod for the admin's browser code (`@govsite/domain/compliance-labels`).
