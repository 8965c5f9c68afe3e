import type { ColumnFreshness } from '../column-freshness.js'
import type { ComplianceRuleId, RuleStatus } from '../compliance-rules.js'
import type { SiteEvaluation, SiteRuleResults } from '../evaluate-site.js'
import { SERVICE_GUIDE_ELEMENT_LABELS } from '../service-guide-elements.js'
import { SECURITY_FINDING_KIND_LABELS } from '../site-summary.js'
import type { RectificationSeverity } from './rectification-states.js'

/** The CMS document a finding is about, for a link into the admin. */
export interface FindingTarget {
  collection: 'columns' | 'messages' | 'surveys' | 'error-reports'
  id: string
}

/** One problem a rule's evidence shows, the unit a rectification order is about. */
export interface RectificationFinding {
  rule: ComplianceRuleId
  /** Stable across checks while the same problem persists, e.g. `column:<id>`, `message:<id>`, `homepage`. */
  key: string
  severity: RectificationSeverity
  /** What was found, in Chinese. */
  summary: string
  url: string | null
  foundAt: Date
  target: FindingTarget | null
}

type Found = Omit<RectificationFinding, 'rule' | 'severity' | 'foundAt'> & { severity?: RectificationSeverity; foundAt?: Date }
type Extractor<K extends ComplianceRuleId> = (result: SiteRuleResults[K]) => Found[]

const column = (id: string): FindingTarget => ({ collection: 'columns', id })
const staleColumn = (entry: ColumnFreshness): Found => ({
  key: `column:${entry.columnId}`,
  summary: entry.lastPublishedOn === null ? `栏目“${entry.name}”无发布时间可见的信息` : `栏目“${entry.name}”自 ${entry.lastPublishedOn} 起未更新`,
  url: null,
  target: column(entry.columnId),
})
const itemSeverity = (fail: boolean): RectificationSeverity => (fail ? 'fail' : 'warning')

/**
 * R-INSPECT-CYCLE: how each rule's evidence splits into findings. Count rules (stale, empty
 * columns) give one finding per column, so each column's order closes when that column is
 * fixed; item rules one per message, report, survey, guide or security finding. Warnings that
 * only say the monitoring itself is missing (no availability checks, an unchecked channel) are
 * the platform's to fix, not the site's, and give none.
 */
const EXTRACTORS: { [K in ComplianceRuleId]: Extractor<K> } = {
  'R-VETO-HOME': (result) =>
    result.evidence.pages
      .filter((page) => page.status !== 'pass')
      .map((page) => ({
        key: page.columnId === null ? 'homepage' : `column:${page.columnId}`,
        severity: page.status === 'fail' ? 'fail' : 'warning',
        summary: page.daysSincePublished === null ? `${page.name}无发布时间可见的信息` : `${page.name}已 ${page.daysSincePublished} 天未更新`,
        url: null,
        target: page.columnId === null ? null : column(page.columnId),
      })),
  'R-VETO-NEWS-COLS': (result) => result.evidence.stale.map(staleColumn),
  'R-VETO-STALE-10': (result) => result.evidence.stale.map(staleColumn),
  'R-VETO-EMPTY-5': (result) =>
    result.evidence.empty.map((entry) => ({
      key: `column:${entry.columnId}`,
      summary: `栏目“${entry.name}”为空白栏目`,
      url: null,
      target: column(entry.columnId),
    })),
  'R-VETO-NO-CHANNEL': (result) => (result.status === 'fail' ? [{ key: 'channel', summary: result.summary, url: null, target: null }] : []),
  'R-MSG-3M': (result) =>
    [...result.evidence.overdue.map((item) => ({ item, fail: true })), ...result.evidence.nearing.map((item) => ({ item, fail: false }))].map(
      ({ item, fail }) => ({
        key: `message:${item.messageId}`,
        severity: itemSeverity(fail),
        summary:
          item.answeredOn === null
            ? `政务咨询“${item.title}”（${item.receivedOn} 收到）尚未答复${fail ? '，已超过 3 个月' : ''}`
            : `政务咨询“${item.title}”（${item.receivedOn} 收到）于 ${item.answeredOn} 才答复，超过 3 个月`,
        url: null,
        target: { collection: 'messages', id: item.messageId },
      }),
    ),
  'R-VETO-AVAILABILITY': (result) => {
    const { evidence } = result
    if (evidence.checks === 0 || evidence.failurePercent < evidence.warningPercent) return []
    const latest = evidence.failedChecks.reduce<(typeof evidence.failedChecks)[number] | null>(
      (last, check) => (last === null || check.at > last.at ? check : last),
      null,
    )
    return [{ key: 'availability', summary: result.summary, url: latest?.url ?? null, target: null, ...(latest ? { foundAt: latest.at } : {}) }]
  },
  'R-VETO-SECURITY': (result) =>
    result.evidence.findings.map((finding) => ({
      key: `security:${finding.id}`,
      severity: itemSeverity(finding.late),
      summary: `${SECURITY_FINDING_KIND_LABELS[finding.kind].zh}：${finding.detail}`,
      url: finding.url ?? null,
      foundAt: finding.foundAt,
      target: finding.columnId ? column(finding.columnId) : null,
    })),
  'R-VETO-SERVICE': (result) => {
    const none = result.evidence.serviceColumns.every((entry) => entry.publishedCount === 0)
    const guides: Found[] = result.evidence.incompleteGuides.map((guide) => ({
      key: `guide:${guide.guideId}`,
      severity: guide.status === 'fail' ? 'fail' : 'warning',
      summary: `办事指南“${guide.title}”缺少${guide.missing.map((element) => SERVICE_GUIDE_ELEMENT_LABELS[element]).join('、')}`,
      url: null,
      target: column(guide.columnId),
    }))
    return none ? [{ key: 'no-service', severity: 'fail', summary: result.summary, url: null, target: null }, ...guides] : guides
  },
  'R-MSG-5WD': (result) =>
    [...result.evidence.overdue.map((item) => ({ item, fail: true })), ...result.evidence.dueToday.map((item) => ({ item, fail: false }))].map(
      ({ item, fail }) => ({
        key: `message:${item.messageId}`,
        severity: itemSeverity(fail),
        summary: `留言“${item.title}”（${item.receivedOn} 收到）${fail ? `已超过答复期限 ${item.dueDate}` : `须于今日（${item.dueDate}）答复`}`,
        url: null,
        target: { collection: 'messages', id: item.messageId },
      }),
    ),
  'R-SURVEY-1M': (result) =>
    [...result.evidence.overdue.map((survey) => ({ survey, fail: true })), ...result.evidence.dueSoon.map((survey) => ({ survey, fail: false }))].map(
      ({ survey, fail }) => ({
        key: `survey:${survey.surveyId}`,
        severity: itemSeverity(fail),
        summary: `调查“${survey.title}”（${survey.closedOn} 结束）的结果${fail ? '逾期未公布' : '尚未公布'}，应于 ${survey.deadline} 前公布`,
        url: null,
        target: { collection: 'surveys', id: survey.surveyId },
      }),
    ),
  'R-ERROR-REPORT': (result) =>
    [...result.evidence.overdue.map((report) => ({ report, fail: true })), ...result.evidence.nearing.map((report) => ({ report, fail: false }))].map(
      ({ report, fail }) => ({
        key: `error-report:${report.reportId}`,
        severity: itemSeverity(fail),
        summary: `网民纠错（${report.receivedOn} 收到）已 ${report.daysOpen} 天未办结${fail ? '，超过 1 个月' : ''}`,
        url: report.url,
        target: { collection: 'error-reports', id: report.reportId },
      }),
    ),
  'R-DAILY-INSPECT': (result) =>
    result.evidence.findings.map((finding) => ({
      key: `quality:${finding.id}`,
      summary: `《${finding.documentTitle}》中的错别字“${finding.wrong}”应为“${finding.right}”`,
      url: null,
      foundAt: finding.foundAt,
      target: finding.columnId ? column(finding.columnId) : null,
    })),
}

const asSeverity = (status: RuleStatus): RectificationSeverity => (status === 'fail' ? 'fail' : 'warning')

/**
 * R-INSPECT-CYCLE: every finding `rule`'s result shows, whatever the rule's status: a column still
 * stale keeps its order open even after the count fell under the warning line. Findings without
 * a severity of their own take the rule's.
 */
export function ruleFindings<K extends ComplianceRuleId>(rule: K, result: SiteRuleResults[K], evaluatedAt: Date): RectificationFinding[] {
  return EXTRACTORS[rule](result).map((found) => ({
    ...found,
    rule,
    severity: found.severity ?? asSeverity(result.status),
    foundAt: found.foundAt ?? evaluatedAt,
  }))
}

/** The findings of every rule of an evaluation, keyed `rule|key`. */
export function evaluationFindings(evaluation: SiteEvaluation): Map<string, RectificationFinding> {
  const all = new Map<string, RectificationFinding>()
  for (const rule of Object.keys(evaluation.rules) as ComplianceRuleId[]) {
    for (const finding of ruleFindings(rule, evaluation.rules[rule], evaluation.evaluatedAt)) all.set(findingId(rule, finding.key), finding)
  }
  return all
}

export const findingId = (rule: string, key: string): string => `${rule}|${key}`
