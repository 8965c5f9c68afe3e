import { chinaDate, type IsoDate } from '../time/china-time.js'
import type { SiteStatus } from '../sites/site-kinds.js'
import { COMPLIANCE_RULE_IDS, type ComplianceRuleId, type RuleStatus } from './compliance-rules.js'
import type { ComplianceSettings } from './compliance-settings.js'
import { evaluateSite, type SiteEvaluation } from './evaluate-site.js'
import type { SiteComplianceInput } from './site-summary.js'

export interface PlatformEvaluation {
  date: IsoDate
  sites: SiteEvaluation[]
  /** Sites not online (planned, temporarily offline, closed): not inspected. */
  notInspected: { siteId: string; siteName: string; status: SiteStatus }[]
  /** Inspected sites per status. */
  totals: Record<RuleStatus, number>
  /** Per rule, how many inspected sites pass, warn and fail it. */
  byRule: Record<ComplianceRuleId, Record<RuleStatus, number>>
}

const zeroCounts = (): Record<RuleStatus, number> => ({ pass: 0, warning: 0, fail: 0 })

/** R-DAILY-INSPECT: every online site of a platform evaluated on `now`'s China day, with totals per status and rule. */
export function evaluatePlatform(sites: readonly SiteComplianceInput[], now: Date, settings: ComplianceSettings): PlatformEvaluation {
  const evaluations: SiteEvaluation[] = []
  const notInspected: PlatformEvaluation['notInspected'] = []
  const totals = zeroCounts()
  const byRule = Object.fromEntries(COMPLIANCE_RULE_IDS.map((id) => [id, zeroCounts()])) as PlatformEvaluation['byRule']
  for (const input of sites) {
    if (input.site.status !== 'online') {
      notInspected.push({ siteId: input.site.id, siteName: input.site.name, status: input.site.status })
      continue
    }
    const evaluation = evaluateSite(input, now, settings)
    evaluations.push(evaluation)
    totals[evaluation.status] += 1
    for (const id of COMPLIANCE_RULE_IDS) byRule[id][evaluation.rules[id].status] += 1
  }
  return { date: chinaDate(now), sites: evaluations, notInspected, totals, byRule }
}
