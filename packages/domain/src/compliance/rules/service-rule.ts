import { NO_FORECAST, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import { missingServiceGuideElements, SERVICE_GUIDE_ELEMENT_LABELS, type ServiceGuideElement } from '../service-guide-elements.js'
import type { SiteComplianceInput } from '../site-summary.js'
import { VETO_LINES } from '../veto-lines.js'

export interface IncompleteGuide {
  guideId: string
  title: string
  columnId: string
  missing: ServiceGuideElement[]
  status: RuleStatus
}

export interface ServiceEvidence {
  /** Published 办事服务 columns with their published content count. */
  serviceColumns: { columnId: string; name: string; publishedCount: number }[]
  guidesChecked: number
  warningMissing: number
  vetoMissing: number
  incompleteGuides: IncompleteGuide[]
}

/**
 * R-VETO-SERVICE: no 办事服务 at all (no published 办事服务 column listing published content), or a
 * 办事指南 missing 4 or more of the 8 element categories (`findServiceGuideElements`); warning
 * from `serviceGuideWarningMissing` missing categories.
 */
export function serviceRule(site: SiteComplianceInput, _now: Date, settings: ComplianceSettings): RuleResult<ServiceEvidence> {
  const serviceColumns = site.columns
    .filter((column) => column.published && column.kind === 'services')
    .map((column) => ({ columnId: column.id, name: column.name, publishedCount: column.publishedCount }))
  const hasService = serviceColumns.some((column) => column.publishedCount > 0)
  const incompleteGuides: IncompleteGuide[] = []
  for (const guide of site.serviceGuides) {
    const missing = missingServiceGuideElements(guide.elements)
    if (missing.length < settings.serviceGuideWarningMissing) continue
    const status: RuleStatus = missing.length >= VETO_LINES.serviceGuideMissingElements ? 'fail' : 'warning'
    incompleteGuides.push({ guideId: guide.id, title: guide.title, columnId: guide.columnId, missing, status })
  }
  const failing = incompleteGuides.filter((guide) => guide.status === 'fail')
  const status: RuleStatus = !hasService || failing.length > 0 ? 'fail' : incompleteGuides.length > 0 ? 'warning' : 'pass'
  const describe = (guide: IncompleteGuide) => `“${guide.title}”缺少${guide.missing.map((element) => SERVICE_GUIDE_ELEMENT_LABELS[element]).join('、')}`
  const summary = !hasService
    ? '没有提供办事服务（无发布内容的办事服务栏目）'
    : status === 'fail'
      ? `${failing.length} 个办事指南缺少 ${VETO_LINES.serviceGuideMissingElements} 类及以上要素：${failing.map(describe).join('；')}`
      : status === 'warning'
        ? `${incompleteGuides.length} 个办事指南要素不全：${incompleteGuides.map(describe).join('；')}`
        : `${site.serviceGuides.length} 个办事指南要素齐全`
  return {
    rule: 'R-VETO-SERVICE',
    status,
    summary,
    evidence: {
      serviceColumns,
      guidesChecked: site.serviceGuides.length,
      warningMissing: settings.serviceGuideWarningMissing,
      vetoMissing: VETO_LINES.serviceGuideMissingElements,
      incompleteGuides,
    },
    forecast: NO_FORECAST,
  }
}
