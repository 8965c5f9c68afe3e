/** Asia/Shanghai has been UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const MINUTE_MS = 60 * 1000

/**
 * `2026年12月24日 10:00` in China time, for "possible from …" messages. Rounds up to the next
 * whole minute so the time shown is never earlier than the moment meant.
 */
export function formatChinaMinuteCeil(instant: Date): string {
  const wall = new Date(Math.ceil((instant.getTime() + CHINA_OFFSET_MS) / MINUTE_MS) * MINUTE_MS)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${wall.getUTCFullYear()}年${wall.getUTCMonth() + 1}月${wall.getUTCDate()}日 ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
}
