import { addDays, chinaDate, type IsoDate } from '@govsite/domain'

import { MIN_CHECKS_PER_DAY } from './probe-schedule.js'

/** One China calendar day of availability checks: the shape the compliance rule reads. */
export interface AvailabilityDay {
  date: IsoDate
  checks: number
  failures: number
}

/** R-VETO-AVAILABILITY: stored checks counted per China calendar day, oldest day first. */
export function availabilityDays(checks: readonly { checkedAt: Date; ok: boolean }[]): AvailabilityDay[] {
  const days = new Map<IsoDate, AvailabilityDay>()
  for (const { checkedAt, ok } of checks) {
    const date = chinaDate(checkedAt)
    const day = days.get(date) ?? { date, checks: 0, failures: 0 }
    day.checks++
    if (!ok) day.failures++
    days.set(date, day)
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date))
}

export interface FailureRate {
  from: IsoDate
  to: IsoDate
  checks: number
  failures: number
  /** failures / checks, or null without any check. */
  rate: number | null
  /** Days of the window with fewer than 20 checks: the monitoring itself fell short there. */
  daysBelowMinimum: IsoDate[]
}

/** R-VETO-AVAILABILITY: the failure rate over the `windowDays` China days ending on `asOf` (7 by default). */
export function rollingFailureRate(days: readonly AvailabilityDay[], asOf: IsoDate, windowDays = 7): FailureRate {
  const from = addDays(asOf, 1 - windowDays)
  const window = Array.from({ length: windowDays }, (_, index) => addDays(from, index))
  const byDate = new Map(days.map((day) => [day.date, day]))
  const inWindow = window.map((date) => byDate.get(date) ?? { date, checks: 0, failures: 0 })
  const checks = inWindow.reduce((sum, day) => sum + day.checks, 0)
  const failures = inWindow.reduce((sum, day) => sum + day.failures, 0)
  return {
    from,
    to: asOf,
    checks,
    failures,
    rate: checks === 0 ? null : failures / checks,
    daysBelowMinimum: inWindow.filter((day) => day.checks < MIN_CHECKS_PER_DAY).map((day) => day.date),
  }
}
