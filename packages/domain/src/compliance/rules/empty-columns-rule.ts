import { NO_FORECAST, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import type { SiteComplianceInput } from '../site-summary.js'
import { VETO_LINES } from '../veto-lines.js'

export interface EmptyColumnsEvidence {
  warningLine: number
  vetoLine: number
  empty: { columnId: string; name: string }[]
}

/**
 * R-VETO-EMPTY-5: 5 or more published columns whose page lists no published content (空白栏目);
 * warning from `emptyColumnsWarning`. Exempt columns count too: an archive must not be empty.
 * Time alone changes nothing here, so there is no forecast.
 */
export function emptyColumnsRule(site: SiteComplianceInput, _now: Date, settings: ComplianceSettings): RuleResult<EmptyColumnsEvidence> {
  const empty = site.columns.filter((column) => column.published && column.publishedCount === 0).map((column) => ({ columnId: column.id, name: column.name }))
  const status: RuleStatus = empty.length >= VETO_LINES.emptyColumns ? 'fail' : empty.length >= settings.emptyColumnsWarning ? 'warning' : 'pass'
  const lines = `（预警线 ${settings.emptyColumnsWarning} 个，否决线 ${VETO_LINES.emptyColumns} 个）`
  return {
    rule: 'R-VETO-EMPTY-5',
    status,
    summary: empty.length === 0 ? '没有空白栏目' : `${empty.length} 个空白栏目：${empty.map((column) => column.name).join('、')}${lines}`,
    evidence: { warningLine: settings.emptyColumnsWarning, vetoLine: VETO_LINES.emptyColumns, empty },
    forecast: NO_FORECAST,
  }
}
