import type { IsoDate } from '../../time/china-time.js'
import type { ColumnFreshness, FreshnessRule } from '../column-freshness.js'
import type { RuleResult, RuleStatus } from '../compliance-rules.js'
import { dayCountReaches } from '../count-forecast.js'
import { formatInterval } from '../interval-text.js'

export interface UpcomingStaleColumn extends ColumnFreshness {
  staleOn: IsoDate
  daysUntilStale: number
}

const isUpcoming = (column: ColumnFreshness): column is UpcomingStaleColumn => column.daysUntilStale !== null

export interface StaleColumnsEvidence {
  warningLine: number
  vetoLine: number
  /** Columns the rule looks at. */
  counted: number
  stale: ColumnFreshness[]
  /** The counted columns not stale yet, soonest first. */
  upcoming: UpcomingStaleColumn[]
}

const describe = (column: ColumnFreshness) =>
  column.lastPublishedOn === null
    ? `${column.name}（无发布时间可见的信息）`
    : `${column.name}（${column.lastPublishedOn} 后无更新，应每 ${column.expectation.type === 'interval' ? formatInterval(column.expectation.interval) : ''}更新）`

/**
 * Shared by R-VETO-NEWS-COLS and R-VETO-STALE-10: the stale columns the rule counts against its
 * warning and veto lines, and the days the count will reach them, from each column's stale date.
 */
export function staleColumnCount(
  rule: FreshnessRule,
  columns: readonly ColumnFreshness[],
  lines: { warning: number; veto: number },
): RuleResult<StaleColumnsEvidence> {
  const counted = columns.filter((column) => column.countedBy === rule)
  const stale = counted.filter((column) => column.stale)
  const upcoming = counted.filter(isUpcoming).sort((a, b) => a.daysUntilStale - b.daysUntilStale)
  const status: RuleStatus = stale.length >= lines.veto ? 'fail' : stale.length >= lines.warning ? 'warning' : 'pass'
  const joinDays = upcoming.map((column) => column.staleOn)
  const forecast = { warnOn: dayCountReaches(stale.length, joinDays, lines.warning), failOn: dayCountReaches(stale.length, joinDays, lines.veto) }
  const next = upcoming[0]
  const head = stale.length === 0 ? `${counted.length} 个栏目均按期更新` : `${stale.length} 个栏目超期未更新：${stale.map(describe).join('、')}`
  const tail =
    status === 'fail'
      ? `（满 ${lines.veto} 个即单项否决）`
      : `（预警线 ${lines.warning} 个，否决线 ${lines.veto} 个）${next ? `；${next.name}将于 ${next.staleOn} 超期` : ''}`
  return {
    rule,
    status,
    summary: head + tail,
    evidence: { warningLine: lines.warning, vetoLine: lines.veto, counted: counted.length, stale, upcoming },
    forecast,
  }
}
