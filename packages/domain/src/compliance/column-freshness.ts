import type { ColumnKind } from '../columns/column-kinds.js'
import { chinaDate, type IsoDate } from '../time/china-time.js'
import { COLUMN_FRESHNESS } from './column-freshness-table.js'
import type { ComplianceSettings } from './compliance-settings.js'
import { daysFrom } from './day-count.js'
import type { ColumnSummary } from './site-summary.js'
import { addInterval, type UpdateInterval } from './update-interval.js'

/** Where a column's expectation comes from: its kind, the platform default, its own setting or an ancestor's. */
export type ExpectationSource = 'kind' | 'platform-default' | 'column' | 'ancestor'

export type ColumnExpectation =
  | { type: 'interval'; interval: UpdateInterval; source: ExpectationSource; fromColumnId: string | null }
  | { type: 'exempt'; reason: string; source: ExpectationSource; fromColumnId: string | null }

/** The veto rule that counts a column when it is stale (each column counts for at most one). */
export type FreshnessRule = 'R-VETO-NEWS-COLS' | 'R-VETO-STALE-10'

export interface ColumnFreshness {
  columnId: string
  name: string
  kind: ColumnKind
  /** 1 for a first-level (一级) column. */
  level: number
  published: boolean
  expectation: ColumnExpectation
  /** null for an exempt or unpublished column. */
  countedBy: FreshnessRule | null
  lastPublishedOn: IsoDate | null
  /** Calendar days since the last visible publication; null when there is none. */
  daysSincePublished: number | null
  /** The first day the column is (or was) stale if nothing new is published; null when exempt or never published. */
  staleOn: IsoDate | null
  /** Days from today to `staleOn` while the column is not stale yet, else null. */
  daysUntilStale: number | null
  /** Not exempt and nothing new within its interval, or no visible publication at all. */
  stale: boolean
}

/** A column's own or inherited setting. */
type Explicit = ColumnExpectation | null

/** The setting that applies to a column (its own or inherited), and what its sub-columns inherit. */
interface Settings {
  applies: Explicit
  passDown: Explicit
}

/**
 * R-VETO-NEWS-COLS, R-VETO-STALE-10: every column's expected update interval and whether it is
 * stale on `now`'s China day. The nearest explicit setting up the tree wins (the column's own,
 * else its parent's, …): an exemption with a reason, or an interval override; without one the
 * kind's rule applies (`COLUMN_FRESHNESS`). News-rule columns (动态/要闻, first-level 通知公告/
 * 政策文件) keep their national window whatever an override says; an exemption still removes them.
 * Linear in the columns: each column's ancestors are resolved once.
 */
export function columnFreshness(columns: readonly ColumnSummary[], now: Date, settings: ComplianceSettings): ColumnFreshness[] {
  const today = chinaDate(now)
  const byId = new Map(columns.map((column) => [column.id, column]))
  const explicitMemo = new Map<string, Settings>()
  const levelMemo = new Map<string, number>()
  const resolving = new Set<string>()
  // The kind-derived expectations, made once per call and shared by the columns of that kind.
  const kindMemo = new Map<ColumnKind, ColumnExpectation>()
  const byKind = (kind: ColumnKind): ColumnExpectation => {
    let expectation = kindMemo.get(kind)
    if (expectation) return expectation
    const { expected } = COLUMN_FRESHNESS[kind]
    if (expected === 'platform-default')
      expectation = { type: 'interval', interval: settings.defaultUpdateInterval, source: 'platform-default', fromColumnId: null }
    else if ('exemptReason' in expected) expectation = { type: 'exempt', reason: expected.exemptReason, source: 'kind', fromColumnId: null }
    else expectation = { type: 'interval', interval: expected, source: 'kind', fromColumnId: null }
    kindMemo.set(kind, expectation)
    return expectation
  }

  const parentOf = (column: ColumnSummary): ColumnSummary | undefined =>
    column.parentId !== null && !resolving.has(column.parentId) ? byId.get(column.parentId) : undefined

  // Nearest explicit setting and depth, walking up once per column (a cycle counts as the top).
  const resolve = (column: ColumnSummary): void => {
    if (explicitMemo.has(column.id)) return
    resolving.add(column.id)
    const parent = parentOf(column)
    if (parent) resolve(parent)
    resolving.delete(column.id)
    const reason = column.exemptReason?.trim()
    let own: Explicit = null
    if (reason) own = { type: 'exempt', reason, source: 'column', fromColumnId: column.id }
    else if (column.intervalOverride) own = { type: 'interval', interval: column.intervalOverride, source: 'column', fromColumnId: column.id }
    const inherited = parent ? (explicitMemo.get(parent.id)?.passDown ?? null) : null
    explicitMemo.set(column.id, { applies: own ?? inherited, passDown: own ? { ...own, source: 'ancestor' } : inherited })
    levelMemo.set(column.id, parent ? (levelMemo.get(parent.id) ?? 0) + 1 : 1)
  }

  return columns.map((column) => {
    resolve(column)
    const level = levelMemo.get(column.id) ?? 1
    const explicit = explicitMemo.get(column.id)?.applies ?? null
    const rule = COLUMN_FRESHNESS[column.kind]
    const newsRule = rule.newsColumns === 'every-level' || (rule.newsColumns === 'first-level' && level === 1)
    let expectation: ColumnExpectation
    if (explicit?.type === 'exempt') expectation = explicit
    else if (explicit && !newsRule) expectation = explicit
    else expectation = byKind(column.kind)

    const lastPublishedOn = column.lastPublishedAt ? chinaDate(column.lastPublishedAt) : null
    const staleOn = expectation.type === 'interval' && lastPublishedOn !== null ? addInterval(lastPublishedOn, expectation.interval) : null
    const exempt = expectation.type === 'exempt'
    const stale = !exempt && (staleOn === null || staleOn <= today)
    return {
      columnId: column.id,
      name: column.name,
      kind: column.kind,
      level,
      published: column.published,
      expectation,
      countedBy: exempt || !column.published ? null : newsRule ? 'R-VETO-NEWS-COLS' : 'R-VETO-STALE-10',
      lastPublishedOn,
      daysSincePublished: lastPublishedOn === null ? null : daysFrom(lastPublishedOn, today),
      staleOn,
      daysUntilStale: stale || staleOn === null ? null : daysFrom(today, staleOn),
      stale,
    }
  })
}
