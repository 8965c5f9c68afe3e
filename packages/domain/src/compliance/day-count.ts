import { chinaDayStart, type IsoDate } from '../interaction/china-date.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Calendar days from one China date to another (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((chinaDayStart(to).getTime() - chinaDayStart(from).getTime()) / DAY_MS)
}
