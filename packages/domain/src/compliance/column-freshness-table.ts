import type { ColumnKind } from '../columns/column-kinds.js'
import type { UpdateInterval } from './update-interval.js'

/** What a column kind is expected to do: get new content every interval, follow the platform default, or nothing (exempt). */
export type KindExpectation = UpdateInterval | 'platform-default' | { exemptReason: string }

export interface KindFreshness {
  expected: KindExpectation
  /**
   * Counted by R-VETO-NEWS-COLS, against the kind's own (national) interval whatever a column
   * override says: at every level, or for first-level (一级) columns only. Columns outside it are
   * counted by R-VETO-STALE-10.
   */
  newsColumns?: 'every-level' | 'first-level'
}

const TWO_WEEKS: UpdateInterval = { count: 14, unit: 'days' }
const SIX_MONTHS: UpdateInterval = { count: 6, unit: 'months' }
const ONE_YEAR: UpdateInterval = { count: 12, unit: 'months' }

/**
 * R-VETO-NEWS-COLS, R-VETO-STALE-10: each column kind's expected update interval (检查指标:
 * 动态/要闻 2 weeks, first-level 通知公告/政策文件 6 months, 人事 and 规划计划 1 year, the rest
 * that should be updated the platform's default) and the kinds that need not be updated.
 */
export const COLUMN_FRESHNESS: Readonly<Record<ColumnKind, KindFreshness>> = {
  overview: { expected: { exemptReason: '概况信息随情况变化更新，无固定更新周期' } },
  functions: { expected: { exemptReason: '机构职能随职责调整更新，无固定更新周期' } },
  news: { expected: TWO_WEEKS, newsColumns: 'every-level' },
  notices: { expected: SIX_MONTHS, newsColumns: 'first-level' },
  policy: { expected: SIX_MONTHS, newsColumns: 'first-level' },
  interpretation: { expected: 'platform-default' },
  response: { expected: 'platform-default' },
  services: { expected: 'platform-default' },
  interaction: { expected: { exemptReason: '互动交流以留言答复衡量（R-MSG-5WD、R-MSG-3M），不按栏目更新计' } },
  special: { expected: 'platform-default' },
  personnel: { expected: ONE_YEAR },
  plans: { expected: ONE_YEAR },
  other: { expected: 'platform-default' },
}
