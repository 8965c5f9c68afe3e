/** Asia/Shanghai has been UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string

export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

function fromUtcParts(date: Date): IsoDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

function toUtcMidnight(date: IsoDate): Date {
  if (!ISO_DATE_PATTERN.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`)
  const parsed = new Date(`${date}T00:00:00Z`)
  if (fromUtcParts(parsed) !== date) throw new RangeError(`no such day: ${date}`)
  return parsed
}

/** The calendar date of an instant in China time: 2026-09-29T23:30Z is already 2026-09-30. */
export function chinaDate(instant: Date): IsoDate {
  return fromUtcParts(new Date(instant.getTime() + CHINA_OFFSET_MS))
}

/** `date` moved by `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcParts(new Date(toUtcMidnight(date).getTime() + days * DAY_MS))
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return toUtcMidnight(date).getUTCDay()
}

/** Whether `date` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(date: string): boolean {
  try {
    toUtcMidnight(date)
    return true
  } catch {
    return false
  }
}

/**
 * `date` plus whole calendar months, clamped to the last day of a shorter month:
 * 2026-01-31 + 1 month = 2026-02-28.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const start = toUtcMidnight(date)
  const monthIndex = start.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), monthIndex + 1, 0)).getUTCDate()
  return fromUtcParts(new Date(Date.UTC(start.getUTCFullYear(), monthIndex, Math.min(start.getUTCDate(), lastDay))))
}

/** The first instant of a China calendar day, e.g. for "received before" database queries. */
export function chinaDayStart(date: IsoDate): Date {
  return new Date(toUtcMidnight(date).getTime() - CHINA_OFFSET_MS)
}
