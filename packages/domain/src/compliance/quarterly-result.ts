import { addCalendarMonths, addDays, type IsoDate } from '../time/china-time.js'
import type { RuleStatus } from './compliance-rules.js'
import { periodNotice, type InspectionNotice, type InspectionSnapshot, type NoticeSite, type PeriodResult } from './monthly-notice.js'

/** A calendar quarter written `YYYY-Qn` (`2026-Q4`: October to December 2026). */
export type IsoQuarter = string

export const ISO_QUARTER_PATTERN = /^\d{4}-Q[1-4]$/

/**
 * Days a site may be 不合格 in a quarter and still pass it, provided the quarter does not end
 * on one: a veto problem put right within a working week (the rectification deadline of most
 * veto rules is 3–5 days) is not held against the quarter; one that lasted longer is.
 */
export const QUARTER_TOLERATED_FAIL_DAYS = 5

/** 季度检查结果: a quarter of daily inspections, each site 合格 or 不合格 (`quarterResult`). */
export interface QuarterlyNotice extends InspectionNotice {
  quarter: IsoQuarter
  toleratedFailDays: number
}

/** The first and last day of `quarter` (China calendar days). */
export function quarterRange(quarter: IsoQuarter): { from: IsoDate; to: IsoDate } {
  if (!ISO_QUARTER_PATTERN.test(quarter)) throw new RangeError(`not a YYYY-Qn quarter: ${quarter}`)
  const [year, number] = quarter.split('-Q')
  const from = `${year}-${String((Number(number) - 1) * 3 + 1).padStart(2, '0')}-01`
  return { from, to: addDays(addCalendarMonths(from, 3), -1) }
}

/** The quarter a China calendar day belongs to. */
export function quarterOf(date: IsoDate): IsoQuarter {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`
}

/**
 * R-INSPECT-CYCLE (季公开): a site fails the quarter (不合格) when it was 不合格 on the last day of
 * the quarter it was inspected — the state the quarter closes with, as an inspection on that day
 * finds it — or on more than `QUARTER_TOLERATED_FAIL_DAYS` inspected days of the quarter; else it
 * passes (合格: warnings are early notice, not a result). Days are the daily snapshots
 * (R-DAILY-INSPECT), oldest first.
 */
export const quarterResult: PeriodResult = (daily): RuleStatus => {
  const failDays = daily.filter((day) => day.status === 'fail').length
  return daily.at(-1)?.status === 'fail' || failDays > QUARTER_TOLERATED_FAIL_DAYS ? 'fail' : 'pass'
}

/**
 * R-INSPECT-CYCLE (季度检查结果): the quarter's daily snapshots summed up as the monthly notice
 * sums up a month (days per status, rules failed and warned, open orders, ranking best first,
 * the failing sites with their rules), each site's result by `quarterResult`.
 */
export function quarterlyNotice(
  quarter: IsoQuarter,
  sites: readonly NoticeSite[],
  snapshots: readonly InspectionSnapshot[],
  openOrders: ReadonlyMap<string, number> = new Map(),
): QuarterlyNotice {
  return {
    quarter,
    toleratedFailDays: QUARTER_TOLERATED_FAIL_DAYS,
    ...periodNotice(quarterRange(quarter), sites, snapshots, openOrders, quarterResult),
  }
}

/** R-INSPECT-CYCLE (季公开): a quarter's result is made public only once the quarter is over (its last day before `today`). */
export function quarterIsOver(quarter: IsoQuarter, today: IsoDate): boolean {
  return quarterRange(quarter).to < today
}

/**
 * R-INSPECT-CYCLE (季公开): one public result per quarter. While its document is on its way
 * through the review workflow (any state but published or withdrawn) it is not asked for again;
 * once published (or withdrawn), asking again revises the same document with a new version.
 */
export function quarterlyResultPending(reviewState: string): boolean {
  return reviewState !== 'published' && reviewState !== 'withdrawn'
}
