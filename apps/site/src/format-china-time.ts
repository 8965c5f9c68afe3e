/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

function chinaWallClock(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : new Date(time + CHINA_OFFSET_MS)
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** `YYYY-MM-DD HH:MM` in China time (the PubDate meta tag and 发布时间); '' when missing. */
export function formatChinaMinute(iso: string | null | undefined): string {
  const wall = chinaWallClock(iso)
  if (!wall) return ''
  return `${formatChinaDate(iso)} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
}

/** `YYYY-MM-DD` in China time; '' when missing. */
export function formatChinaDate(iso: string | null | undefined): string {
  const wall = chinaWallClock(iso)
  if (!wall) return ''
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`
}
