import { columnFreshness, type ColumnFreshness } from '../column-freshness.js'
import type { RuleResult } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import type { SiteComplianceInput } from '../site-summary.js'
import { VETO_LINES } from '../veto-lines.js'
import { staleColumnCount, type StaleColumnsEvidence } from './stale-column-count.js'

/**
 * R-VETO-STALE-10: 10 or more columns that should be updated but long have not been (应更新但长期
 * 未更新), each against its own interval (人事/规划计划 1 year, the platform default for the other
 * kinds that should be updated, overrides inherited down the tree; exempt columns not counted);
 * warning from `staleColumnsWarning`.
 */
export function staleColumnsRule(
  site: SiteComplianceInput,
  now: Date,
  settings: ComplianceSettings,
  freshness: readonly ColumnFreshness[] = columnFreshness(site.columns, now, settings),
): RuleResult<StaleColumnsEvidence> {
  return staleColumnCount('R-VETO-STALE-10', freshness, {
    warning: settings.staleColumnsWarning,
    veto: VETO_LINES.staleColumns,
  })
}
