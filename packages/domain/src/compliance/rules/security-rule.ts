import { chinaDate, type IsoDate } from '../../time/china-time.js'
import { earlierDate, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import { SECURITY_FINDING_KIND_LABELS, type SecurityFinding, type SiteComplianceInput } from '../site-summary.js'

export interface SecurityItem extends SecurityFinding {
  /** When it stops counting as handled in time. */
  handleBy: Date
  late: boolean
}

export interface SecurityEvidence {
  handlingHours: number
  findings: SecurityItem[]
}

const HOUR_MS = 60 * 60 * 1000

/**
 * R-VETO-SECURITY: a serious finding — a dangerous link, a 严重表述错误, a tampered page or
 * injected code — not handled within `securityHandlingHours` of being found. Any open finding
 * warns from the moment it is found; the forecast is the day the earliest one turns late.
 */
export function securityRule(site: SiteComplianceInput, now: Date, settings: ComplianceSettings): RuleResult<SecurityEvidence> {
  const findings = site.securityFindings.map((finding) => {
    const handleBy = new Date(finding.foundAt.getTime() + settings.securityHandlingHours * HOUR_MS)
    return { ...finding, handleBy, late: now.getTime() >= handleBy.getTime() }
  })
  const late = findings.filter((finding) => finding.late)
  const status: RuleStatus = late.length > 0 ? 'fail' : findings.length > 0 ? 'warning' : 'pass'
  const describe = (finding: SecurityItem) => `${SECURITY_FINDING_KIND_LABELS[finding.kind].zh}：${finding.detail}`
  const summary =
    status === 'fail'
      ? `${late.length} 个严重问题超过 ${settings.securityHandlingHours} 小时未处置：${late.map(describe).join('；')}`
      : status === 'warning'
        ? `${findings.length} 个严重问题待处置：${findings.map(describe).join('；')}`
        : '没有待处置的严重问题'
  const failOn = status === 'warning' ? findings.reduce<IsoDate | null>((first, finding) => earlierDate(first, chinaDate(finding.handleBy)), null) : null
  return {
    rule: 'R-VETO-SECURITY',
    status,
    summary,
    evidence: { handlingHours: settings.securityHandlingHours, findings },
    forecast: { warnOn: null, failOn },
  }
}
