/** Asia/Shanghai has been UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** The calendar year of `date` in China time: 2026-12-31T16:30Z is already 2027. */
export function chinaYear(date: Date): number {
  return new Date(date.getTime() + CHINA_OFFSET_MS).getUTCFullYear()
}
