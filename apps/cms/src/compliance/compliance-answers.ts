import {
  COMPLIANCE_RULE_IDS,
  type ComplianceRuleId,
  type ComplianceRuleSummary,
  type ComplianceSiteRow,
  type ComplianceTrendDay,
  type RuleStatus,
  type SerializedEvaluation,
  type SiteKind,
  type SiteStatus,
} from '@govsite/domain'

export interface SiteIdentity {
  id: string
  name: string
  kind: SiteKind
  status: SiteStatus
}

/** A stored snapshot as the answers read it. */
export interface StoredSnapshot {
  site: unknown
  date: string
  status: RuleStatus
  failing: unknown
  warning: unknown
  evaluation: unknown
  createdAt: string
}

export const zeroTotals = (): Record<RuleStatus, number> => ({ pass: 0, warning: 0, fail: 0 })

/** One row of the platform table; `openOrders` the site's rectification orders open on the row's day (now, for today). */
export function siteRow(site: SiteIdentity, evaluation: SerializedEvaluation, openOrders: number): ComplianceSiteRow {
  const rules = Object.fromEntries(
    COMPLIANCE_RULE_IDS.map((id): [ComplianceRuleId, ComplianceRuleSummary] => {
      const { status, summary, forecast } = evaluation.rules[id]
      return [id, { status, summary, forecast }]
    }),
  ) as Record<ComplianceRuleId, ComplianceRuleSummary>
  return {
    site,
    status: evaluation.status,
    failing: evaluation.failing,
    warning: evaluation.warning,
    nextFailure: evaluation.nextFailure,
    rules,
    openOrders,
    evaluatedAt: evaluation.evaluatedAt,
  }
}

/** The latest snapshot per key among `snapshots` given oldest first (a later one of the same time wins). */
export function latestPerSite(snapshots: readonly StoredSnapshot[], siteOf: (snapshot: StoredSnapshot) => string | null): Map<string, StoredSnapshot> {
  const latest = new Map<string, StoredSnapshot>()
  for (const snapshot of snapshots) {
    const key = siteOf(snapshot)
    if (key === null) continue
    const known = latest.get(key)
    if (!known || known.createdAt <= snapshot.createdAt) latest.set(key, snapshot)
  }
  return latest
}

/** The trend: each day's latest snapshot, oldest first. */
export function trendOf(snapshots: readonly StoredSnapshot[]): ComplianceTrendDay[] {
  return [...latestPerSite(snapshots, (snapshot) => snapshot.date).values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((snapshot) => ({
      date: snapshot.date,
      status: snapshot.status,
      failing: snapshot.failing as ComplianceRuleId[],
      warning: snapshot.warning as ComplianceRuleId[],
    }))
}
