import type { UpdateInterval } from './update-interval.js'

/** `2 周`, `10 天`, `6 个月`, `1 年`. */
export function formatInterval(interval: UpdateInterval): string {
  if (interval.unit === 'days') return interval.count % 7 === 0 ? `${interval.count / 7} 周` : `${interval.count} 天`
  return interval.count % 12 === 0 ? `${interval.count / 12} 年` : `${interval.count} 个月`
}
