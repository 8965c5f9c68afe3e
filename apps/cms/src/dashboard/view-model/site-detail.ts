import type { ColumnFreshness, ComplianceSiteAnswer, IsoDate, RuleStatus, SiteRuleResults } from '@govsite/domain'
import { COMPLIANCE_RULES } from '@govsite/domain/compliance-labels'

import { kindLabel, statusLabel } from './labels'
import { inDaysText } from './platform-table'
import { ruleEvidence, type EvidenceBlock } from './rule-evidence'

const DAY_MS = 24 * 60 * 60 * 1000
/** Calendar days from `from` to `to`. */
export const dayDiff = (from: IsoDate, to: IsoDate): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)

export interface RuleView {
  id: string
  title: string
  veto: boolean
  status: RuleStatus
  statusLabel: string
  summary: string
  /** What happens if nothing is done: `工作动态将于 2026-12-09 超期（8 天后）`, …; empty when time alone changes nothing. */
  forecast: string[]
  evidence: EvidenceBlock[]
}

export interface FreshnessBar {
  name: string
  /** Days since the last visible publication; null when there is none. */
  daysSince: number | null
  /** Days the column may go without new content. */
  allowedDays: number | null
  stale: boolean
  staleOn: IsoDate | null
}

function forecastLines(today: IsoDate, id: keyof SiteRuleResults, result: SiteRuleResults[keyof SiteRuleResults]): string[] {
  const lines: string[] = []
  if (id === 'R-VETO-NEWS-COLS' || id === 'R-VETO-STALE-10') {
    const { upcoming } = (result as SiteRuleResults['R-VETO-NEWS-COLS']).evidence
    for (const column of upcoming.slice(0, 3)) lines.push(`${column.name} 将于 ${column.staleOn} 超期（${inDaysText(column.daysUntilStale)}）`)
  }
  const { warnOn, failOn } = result.forecast
  if (warnOn) lines.push(`若无变化，将于 ${warnOn} 预警（${inDaysText(dayDiff(today, warnOn))}）`)
  if (failOn) lines.push(`若无变化，将于 ${failOn} 不合格（${inDaysText(dayDiff(today, failOn))}）`)
  return lines
}

function freshnessBars(rules: SiteRuleResults): FreshnessBar[] {
  const columns: ColumnFreshness[] = (['R-VETO-NEWS-COLS', 'R-VETO-STALE-10'] as const).flatMap((id) => [
    ...rules[id].evidence.stale,
    ...rules[id].evidence.upcoming,
  ])
  const bars = columns.map((column) => ({
    name: column.name,
    daysSince: column.daysSincePublished,
    allowedDays: column.lastPublishedOn && column.staleOn ? dayDiff(column.lastPublishedOn, column.staleOn) : null,
    stale: column.stale,
    staleOn: column.staleOn,
  }))
  // The columns closest to their limit (or past it) first; never published ones lead.
  const share = (bar: FreshnessBar) => (bar.daysSince === null || !bar.allowedDays ? Infinity : bar.daysSince / bar.allowedDays)
  return bars.sort((a, b) => share(b) - share(a))
}

/** A site's drill-down (`GET /api/compliance/sites/<id>`): every rule with its evidence and forecast, and the charts' data. */
export function siteDetail(answer: ComplianceSiteAnswer) {
  const { evaluation } = answer
  const rules: RuleView[] = COMPLIANCE_RULES.map(({ id, title, veto }) => {
    const result = evaluation.rules[id]
    return {
      id,
      title,
      veto,
      status: result.status,
      statusLabel: statusLabel(result.status),
      summary: result.summary,
      forecast: result.status === 'fail' ? [] : forecastLines(answer.date, id, result),
      evidence: ruleEvidence(id, result.evidence as never),
    }
  })
  const availability = evaluation.rules['R-VETO-AVAILABILITY'].evidence
  const counts = { pass: 0, warning: 0, fail: 0 }
  for (const day of answer.trend) counts[day.status] += 1
  return {
    date: answer.date,
    site: { id: evaluation.siteId, name: evaluation.siteName, kind: kindLabel(evaluation.siteKind) },
    status: evaluation.status,
    statusLabel: statusLabel(evaluation.status),
    openOrders: answer.openOrders,
    nextFailure: evaluation.nextFailure
      ? `${COMPLIANCE_RULES.find((rule) => rule.id === evaluation.nextFailure!.rule)?.title}将于 ${evaluation.nextFailure.on} 不合格（${inDaysText(evaluation.nextFailure.inDays)}）`
      : null,
    // Failing first, then warning, then the rest, each in catalogue order.
    rules: [...rules].sort((a, b) => ['fail', 'warning', 'pass'].indexOf(a.status) - ['fail', 'warning', 'pass'].indexOf(b.status)),
    trend: {
      days: answer.trend.map((day) => ({ date: day.date, status: day.status })),
      summary:
        answer.trend.length === 0
          ? '没有历史检查记录'
          : `${answer.trend[0]!.date} 至 ${answer.trend.at(-1)!.date} 共 ${answer.trend.length} 天有检查记录：合格 ${counts.pass} 天，预警 ${counts.warning} 天，不合格 ${counts.fail} 天`,
    },
    availability: {
      days: availability.days.map((entry) => ({
        date: entry.date,
        checks: entry.checks,
        failures: entry.failures,
        percent: entry.checks === 0 ? null : Math.round((entry.failures / entry.checks) * 10_000) / 100,
      })),
      warningPercent: availability.warningPercent,
      vetoPercent: availability.vetoPercent,
      summary:
        availability.checks === 0
          ? `${availability.from} 至 ${availability.to} 没有可用性检测记录`
          : `近 7 天失败率 ${availability.failurePercent}%（预警线 ${availability.warningPercent}%，否决线 ${availability.vetoPercent}%）`,
    },
    freshness: freshnessBars(evaluation.rules),
  }
}

export type SiteDetail = ReturnType<typeof siteDetail>
