import type { IsoDate } from '../time/china-time.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Days since 1970-01-01 of a `YYYY-MM-DD` date the engine computed itself (so already valid). */
const dayNumber = (date: IsoDate): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS

/** Calendar days from one China date to another (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from)
}
