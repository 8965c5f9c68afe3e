import type { IsoDate } from '../time/china-time.js'

/**
 * The first day a count of `current` items reaches `threshold` if each of `joinDays` adds one
 * item on its day; null when it already has or the days are too few. Sorting keeps it O(n log n)
 * in the items, which the rules call once each.
 */
export function dayCountReaches(current: number, joinDays: readonly IsoDate[], threshold: number): IsoDate | null {
  if (current >= threshold) return null
  const needed = threshold - current
  if (joinDays.length < needed) return null
  return [...joinDays].sort()[needed - 1] ?? null
}
