import type { ComplianceSitesAnswer, RuleStatus, SiteKind } from '@govsite/domain'
import { COMPLIANCE_RULE_IDS, SITE_KINDS } from '@govsite/domain/compliance-labels'

import { kindLabel, ruleTitle, statusLabel } from './labels'

export const PLATFORM_SORTS = ['status', 'name', 'nextFailure', 'openOrders'] as const
export type PlatformSort = (typeof PLATFORM_SORTS)[number]

export const PLATFORM_SORT_LABELS: Readonly<Record<PlatformSort, string>> = {
  status: '检查结果',
  name: '网站名称',
  nextFailure: '距下次不合格',
  openOrders: '未办结整改',
}

export interface PlatformTableState {
  sort: PlatformSort
  /** `asc`: 不合格 first, soonest failure first, most orders first (what needs attention comes first); names A→Z. */
  direction: 'asc' | 'desc'
  kind: SiteKind | 'all'
}

export const DEFAULT_TABLE_STATE: PlatformTableState = { sort: 'status', direction: 'asc', kind: 'all' }

export interface PlatformRow {
  id: string
  name: string
  kind: string
  status: RuleStatus
  statusLabel: string
  failing: string[]
  warning: string[]
  /** `工作动态…将于 2026-12-09 不合格（8 天后）`; null when nothing fails by time alone. */
  nextFailure: { text: string; inDays: number } | null
  openOrders: number
}

const SEVERITY: Readonly<Record<RuleStatus, number>> = { fail: 0, warning: 1, pass: 2 }
const ruleOrder = (id: string) => COMPLIANCE_RULE_IDS.indexOf(id as (typeof COMPLIANCE_RULE_IDS)[number])

/** In how many days, as people say it. */
export const inDaysText = (days: number): string => (days === 0 ? '今天' : days === 1 ? '明天' : `${days} 天后`)

function compare(a: PlatformRow, b: PlatformRow, sort: PlatformSort): number {
  switch (sort) {
    case 'status':
      return SEVERITY[a.status] - SEVERITY[b.status] || b.failing.length - a.failing.length || b.warning.length - a.warning.length
    case 'name':
      return a.name.localeCompare(b.name, 'zh-Hans-CN')
    case 'nextFailure':
      return (a.nextFailure?.inDays ?? Infinity) - (b.nextFailure?.inDays ?? Infinity)
    case 'openOrders':
      return b.openOrders - a.openOrders
  }
}

/** The platform table (`GET /api/compliance/sites`) as rows: filtered by kind, sorted, ties by name; the kinds present for the filter. */
export function platformTable(answer: ComplianceSitesAnswer, state: PlatformTableState) {
  const all: PlatformRow[] = answer.sites.map((row) => ({
    id: row.site.id,
    name: row.site.name,
    kind: kindLabel(row.site.kind),
    status: row.status,
    statusLabel: statusLabel(row.status),
    failing: [...row.failing].sort((a, b) => ruleOrder(a) - ruleOrder(b)).map(ruleTitle),
    warning: [...row.warning].sort((a, b) => ruleOrder(a) - ruleOrder(b)).map(ruleTitle),
    nextFailure: row.nextFailure
      ? { text: `${ruleTitle(row.nextFailure.rule)}将于 ${row.nextFailure.on} 不合格（${inDaysText(row.nextFailure.inDays)}）`, inDays: row.nextFailure.inDays }
      : null,
    openOrders: row.openOrders,
  }))
  const kindOf = new Map(answer.sites.map((row) => [row.site.id, row.site.kind]))
  const rows = all
    .filter((row) => state.kind === 'all' || kindOf.get(row.id) === state.kind)
    .sort((a, b) => {
      const order = compare(a, b, state.sort)
      return (state.direction === 'asc' ? order : -order) || a.name.localeCompare(b.name, 'zh-Hans-CN')
    })
  const present = new Set(kindOf.values())
  return {
    date: answer.date,
    rows,
    kinds: SITE_KINDS.filter((kind) => present.has(kind)).map((kind) => ({ value: kind, label: kindLabel(kind) })),
    totals: (['pass', 'warning', 'fail'] as const).map((status) => ({ status, label: statusLabel(status), count: answer.totals[status] })),
    notInspected: answer.notInspected.map((site) => site.name),
  }
}

export type PlatformTable = ReturnType<typeof platformTable>
