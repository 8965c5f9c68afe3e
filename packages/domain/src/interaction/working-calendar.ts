import chineseDays from 'chinese-days'
import { z } from 'zod'

import { isIsoDate, weekdayOf, type IsoDate } from '../time/china-time.js'

export const CALENDAR_OVERRIDE_KINDS = ['workday', 'holiday'] as const
export type CalendarOverrideKind = (typeof CALENDAR_OVERRIDE_KINDS)[number]

export const CALENDAR_OVERRIDE_KIND_LABELS: Record<CalendarOverrideKind, { zh: string; en: string }> = {
  workday: { zh: '工作日（含调休上班）', en: 'Working day (incl. adjusted)' },
  holiday: { zh: '休息日（法定节假日）', en: 'Holiday' },
}

/** One day of the official schedule entered by a platform admin; it wins over the library. */
export const calendarOverrideSchema = z.object({
  date: z.string().refine(isIsoDate, '日期须为 YYYY-MM-DD 格式的有效日期'),
  kind: z.enum(CALENDAR_OVERRIDE_KINDS),
  name: z.string().trim().max(50).nullish(),
})
export type CalendarOverride = z.input<typeof calendarOverrideSchema>

/** Whether a year is known to the calendar, and from where. */
export interface CalendarCoverage {
  year: number
  covered: boolean
  source: 'library' | 'overrides' | null
}

/** The working-day calendar every deadline is computed with (State Council schedule + overrides). */
export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean
  coverage(year: number): CalendarCoverage
}

const libraryYears = new Map<number, boolean>()

/** The library ships the schedule of the years it knows; any year has 元旦, so an empty year is unknown. */
function libraryCovers(year: number): boolean {
  let known = libraryYears.get(year)
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
    libraryYears.set(year, known)
  }
  return known
}

/**
 * The State Council holiday calendar from `chinese-days` (statutory holidays and 调休 working
 * days), with platform overrides taking precedence day by day. Years the library does not know
 * yet are weekends-only there; a platform admin enters the new official schedule as overrides.
 * Overrides cover a year when they name at least one holiday in it (every schedule has 元旦).
 */
export function workingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const byDate = new Map<IsoDate, CalendarOverrideKind>()
  for (const override of overrides) {
    if (isIsoDate(override.date)) byDate.set(override.date, override.kind)
  }
  const overrideHolidayYears = new Set(
    overrides.filter((override) => override.kind === 'holiday' && isIsoDate(override.date)).map((override) => Number(override.date.slice(0, 4))),
  )
  return {
    isWorkingDay(date) {
      const override = byDate.get(date)
      if (override) return override === 'workday'
      const year = Number(date.slice(0, 4))
      if (libraryCovers(year)) return chineseDays.getDayDetail(date).work
      const weekday = weekdayOf(date)
      return weekday !== 0 && weekday !== 6
    },
    coverage(year) {
      if (libraryCovers(year)) return { year, covered: true, source: 'library' }
      if (overrideHolidayYears.has(year)) return { year, covered: true, source: 'overrides' }
      return { year, covered: false, source: null }
    },
  }
}
