import { columnFreshness, type ColumnFreshness } from '../column-freshness.js'
import type { RuleResult } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import type { SiteComplianceInput } from '../site-summary.js'
import { VETO_LINES } from '../veto-lines.js'
import { staleColumnCount, type StaleColumnsEvidence } from './stale-column-count.js'

/**
 * R-VETO-NEWS-COLS: 5 or more stale columns counting 动态/要闻 columns (any level) with nothing new
 * in 2 weeks and first-level 通知公告/政策文件 columns with nothing new in 6 months; warning from
 * `newsColumnsWarning`. Second-level 通知公告/政策文件 columns count for R-VETO-STALE-10 instead.
 */
export function newsColumnsRule(
  site: SiteComplianceInput,
  now: Date,
  settings: ComplianceSettings,
  freshness: readonly ColumnFreshness[] = columnFreshness(site.columns, now, settings),
): RuleResult<StaleColumnsEvidence> {
  return staleColumnCount('R-VETO-NEWS-COLS', freshness, {
    warning: settings.newsColumnsWarning,
    veto: VETO_LINES.newsColumns,
  })
}
