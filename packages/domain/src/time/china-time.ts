/**
 * China time (Asia/Shanghai) for every deadline, date and time shown: calendar days, their
 * arithmetic and the formats the admin and the public site print. Asia/Shanghai has been UTC+8
 * without daylight saving since 1991, so a fixed offset is exact.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const MINUTE_MS = 60 * 1000

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

/** The wall clock in China as a Date whose UTC fields read China time. */
const chinaWallClock = (instant: Date): Date => new Date(instant.getTime() + CHINA_OFFSET_MS)

/** The calendar date of an instant in China time: 2026-09-29T23:30Z is already 2026-09-30. */
export function chinaDate(instant: Date): IsoDate {
  return fromUtcParts(chinaWallClock(instant))
}

/** The calendar year of `date` in China time: 2026-12-31T16:30Z is already 2027. */
export function chinaYear(date: Date): number {
  return chinaWallClock(date).getUTCFullYear()
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

/** The last millisecond of a China calendar day (23:59:59.999 China time). */
export function chinaDayEnd(date: IsoDate): Date {
  return new Date(toUtcMidnight(date).getTime() + DAY_MS - 1 - CHINA_OFFSET_MS)
}

/**
 * `2026年12月24日 10:00` in China time, for "possible from …" messages. Rounds up to the next
 * whole minute so the time shown is never earlier than the moment meant.
 */
export function formatChinaMinuteCeil(instant: Date): string {
  const wall = new Date(Math.ceil(chinaWallClock(instant).getTime() / MINUTE_MS) * MINUTE_MS)
  return `${wall.getUTCFullYear()}年${wall.getUTCMonth() + 1}月${wall.getUTCDate()}日 ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
}

/** An ISO timestamp as an instant; null when missing or unparsable. */
function instantOf(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : new Date(time)
}

/** `YYYY-MM-DD` in China time of an ISO timestamp; '' when missing. */
export function formatChinaDate(iso: string | null | undefined): string {
  const instant = instantOf(iso)
  return instant ? chinaDate(instant) : ''
}

/** `YYYY-MM-DD HH:MM` in China time of an ISO timestamp (the PubDate meta tag, 发布时间); '' when missing. */
export function formatChinaMinute(iso: string | null | undefined): string {
  const instant = instantOf(iso)
  if (!instant) return ''
  const wall = chinaWallClock(instant)
  return `${chinaDate(instant)} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
}
