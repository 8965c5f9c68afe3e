import type { RuleResult } from '../compliance-rules.js'
import type { QualityFinding, SiteComplianceInput } from '../site-summary.js'

export interface ContentQualityEvidence {
  findings: QualityFinding[]
}

/**
 * R-DAILY-INSPECT (content quality): a common 错别字 from the platform's list in published content
 * warns until the document is corrected or withdrawn. It never fails the site: misspellings are
 * no veto (严重错误 are, through R-VETO-SECURITY), and time alone changes nothing, so no forecast.
 */
export function contentQualityRule(site: SiteComplianceInput): RuleResult<ContentQualityEvidence> {
  const findings = [...(site.qualityFindings ?? [])]
  const documents = new Set(findings.map((finding) => finding.documentId)).size
  return {
    rule: 'R-DAILY-INSPECT',
    status: findings.length > 0 ? 'warning' : 'pass',
    summary: findings.length > 0 ? `${documents} 篇已发布信息中有 ${findings.length} 处错别字待更正` : '已发布信息中未发现错别字',
    evidence: { findings },
    forecast: { warnOn: null, failOn: null },
  }
}
