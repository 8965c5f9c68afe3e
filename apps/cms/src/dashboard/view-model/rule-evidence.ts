import type { ColumnFreshness, SiteRuleResults } from '@govsite/domain'
import {
  COLUMN_KIND_LABELS,
  formatChinaMinute,
  formatInterval,
  HOMEPAGE_LAYOUT_LABELS,
  SECURITY_FINDING_KIND_LABELS,
  SERVICE_GUIDE_ELEMENT_LABELS,
} from '@govsite/domain/compliance-labels'

import { statusLabel } from './labels'
import { inDaysText } from './platform-table'

/** One readable piece of a rule's evidence: a few facts, a list, or a table with a caption. */
export type EvidenceBlock =
  | { type: 'facts'; items: { label: string; value: string }[] }
  | { type: 'list'; caption: string; items: string[] }
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] }

/** An instant as JSON carries it (or as the domain returns it), in China time to the minute. */
const when = (value: Date | string | null | undefined): string => (value ? formatChinaMinute(typeof value === 'string' ? value : value.toISOString()) : '—')
const day = (value: string | null | undefined): string => value ?? '—'
const table = (caption: string, columns: string[], rows: string[][]): EvidenceBlock[] => (rows.length > 0 ? [{ type: 'table', caption, columns, rows }] : [])

const requirement = (column: ColumnFreshness): string =>
  column.expectation.type === 'interval' ? `每 ${formatInterval(column.expectation.interval)}` : `免于更新：${column.expectation.reason}`

function freshnessBlocks(evidence: SiteRuleResults['R-VETO-NEWS-COLS']['evidence']): EvidenceBlock[] {
  return [
    {
      type: 'facts',
      items: [
        { label: '计入栏目', value: `${evidence.counted} 个` },
        { label: '超期栏目', value: `${evidence.stale.length} 个` },
        { label: '预警线 / 否决线', value: `${evidence.warningLine} 个 / ${evidence.vetoLine} 个` },
      ],
    },
    ...table(
      '超期未更新的栏目',
      ['栏目', '类型', '更新要求', '最近更新', '超期起始'],
      evidence.stale.map((column) => [
        column.name,
        COLUMN_KIND_LABELS[column.kind].zh,
        requirement(column),
        day(column.lastPublishedOn),
        column.staleOn ?? '从未发布',
      ]),
    ),
    ...table(
      '即将超期的栏目',
      ['栏目', '最近更新', '将于', '剩余'],
      evidence.upcoming.map((column) => [column.name, day(column.lastPublishedOn), `${column.staleOn} 超期`, inDaysText(column.daysUntilStale)]),
    ),
  ]
}

type Formatters = { [K in keyof SiteRuleResults]: (evidence: SiteRuleResults[K]['evidence']) => EvidenceBlock[] }

/** Every rule's evidence as people read it: which pages and columns since when, which messages, which checks failed. */
const FORMATTERS: Formatters = {
  'R-VETO-HOME': (evidence) => [
    { type: 'facts', items: [{ label: '首页形式', value: HOMEPAGE_LAYOUT_LABELS[evidence.layout].zh }] },
    ...table(
      '检查的页面',
      ['页面', '最近更新', '未更新天数', '结果', '预警日', '不合格日'],
      evidence.pages.map((page) => [
        page.name,
        page.lastPublishedOn ?? '无发布时间可见的信息',
        page.daysSincePublished === null ? '—' : `${page.daysSincePublished} 天`,
        statusLabel(page.status),
        day(page.warnOn),
        day(page.failOn),
      ]),
    ),
  ],
  'R-VETO-NEWS-COLS': freshnessBlocks,
  'R-VETO-STALE-10': freshnessBlocks,
  'R-VETO-EMPTY-5': (evidence) => [
    { type: 'facts', items: [{ label: '预警线 / 否决线', value: `${evidence.warningLine} 个 / ${evidence.vetoLine} 个` }] },
    ...(evidence.empty.length > 0 ? [{ type: 'list' as const, caption: '空白栏目', items: evidence.empty.map((column) => column.name) }] : []),
  ],
  'R-VETO-NO-CHANNEL': ({ lastCheck, outdated }) => [
    {
      type: 'facts',
      items: lastCheck
        ? [
            { label: '最近检测', value: `${when(lastCheck.checkedAt)}${outdated ? '（已过期）' : ''}` },
            { label: '网站留言表单', value: lastCheck.formWorks ? '正常' : '无法使用' },
            { label: '留言受理接口', value: lastCheck.intakeWorks ? '正常' : '无法使用' },
            ...(lastCheck.problem ? [{ label: '问题', value: lastCheck.problem }] : []),
          ]
        : [{ label: '最近检测', value: '尚未检测' }],
    },
  ],
  'R-MSG-3M': (evidence) => {
    const rows = (items: typeof evidence.overdue) => items.map((item) => [item.title, item.receivedOn, item.overdueFrom, item.answeredOn ?? '未答复'])
    const columns = ['咨询', '收到日期', '超过 3 个月起', '答复日期']
    return [
      ...table('超过 3 个月未答复的政务咨询', columns, rows(evidence.overdue)),
      ...table(`已超过 ${evidence.warningMonths} 个月未答复`, columns, rows(evidence.nearing)),
    ]
  },
  'R-VETO-AVAILABILITY': (evidence) => [
    {
      type: 'facts',
      items: [
        { label: '统计期间', value: `${evidence.from} 至 ${evidence.to}` },
        { label: '检测 / 失败', value: `${evidence.checks} 次 / ${evidence.failures} 次` },
        { label: '失败率', value: `${evidence.failurePercent}%` },
        { label: '预警线 / 否决线', value: `${evidence.warningPercent}% / ${evidence.vetoPercent}%` },
      ],
    },
    ...(evidence.undercheckedDays.length > 0 ? [{ type: 'list' as const, caption: '检测不足每天 20 次的日期', items: evidence.undercheckedDays }] : []),
    ...table(
      '失败的检测',
      ['时间', '页面', '原因'],
      evidence.failedChecks.map((check) => [when(check.at), check.url, check.reason]),
    ),
  ],
  'R-VETO-SECURITY': (evidence) => [
    { type: 'facts', items: [{ label: '处置时限', value: `发现后 ${evidence.handlingHours} 小时内` }] },
    ...table(
      '待处置的严重问题',
      ['类型', '内容', '发现时间', '处置期限', '网址'],
      evidence.findings.map((finding) => [
        SECURITY_FINDING_KIND_LABELS[finding.kind].zh,
        finding.detail,
        when(finding.foundAt),
        `${when(finding.handleBy)}${finding.late ? '（已超时）' : ''}`,
        finding.url ?? '—',
      ]),
    ),
  ],
  'R-VETO-SERVICE': (evidence) => [
    {
      type: 'facts',
      items: [
        {
          label: '办事服务栏目',
          value:
            evidence.serviceColumns.length > 0 ? evidence.serviceColumns.map((column) => `${column.name}（${column.publishedCount} 条）`).join('、') : '无',
        },
        { label: '检查的办事指南', value: `${evidence.guidesChecked} 个` },
      ],
    },
    ...table(
      '要素不全的办事指南',
      ['办事指南', '缺少的要素', '结果'],
      evidence.incompleteGuides.map((guide) => [
        guide.title,
        guide.missing.map((element) => SERVICE_GUIDE_ELEMENT_LABELS[element]).join('、'),
        statusLabel(guide.status),
      ]),
    ),
  ],
  'R-MSG-5WD': (evidence) => {
    const columns = ['留言', '收到日期', '答复期限']
    const rows = (items: typeof evidence.overdue) => items.map((item) => [item.title, item.receivedOn, item.dueDate])
    return [...table('超过 5 个工作日未答复', columns, rows(evidence.overdue)), ...table('今日到期', columns, rows(evidence.dueToday))]
  },
  'R-SURVEY-1M': (evidence) => {
    const columns = ['调查', '结束日期', '公布期限']
    const rows = (items: typeof evidence.overdue) => items.map((item) => [item.title, item.closedOn, item.deadline])
    return [...table('逾期未公布结果', columns, rows(evidence.overdue)), ...table('即将到期', columns, rows(evidence.dueSoon))]
  },
  'R-ERROR-REPORT': (evidence) => {
    const columns = ['页面', '收到日期', '已办理', '超过 1 个月起']
    const rows = (items: typeof evidence.overdue) => items.map((item) => [item.url ?? '—', item.receivedOn, `${item.daysOpen} 天`, item.overdueFrom])
    return [
      ...table('超过 1 个月未办结', columns, rows(evidence.overdue)),
      ...table(`已超过 ${evidence.warningDays} 天未办结`, columns, rows(evidence.nearing)),
    ]
  },
  'R-DAILY-INSPECT': (evidence) =>
    table(
      '已发布信息中的错别字',
      ['信息', '错误写法', '正确写法', '发现时间'],
      evidence.findings.map((finding) => [finding.documentTitle, finding.wrong, finding.right, when(finding.foundAt)]),
    ),
}

export function ruleEvidence<K extends keyof SiteRuleResults>(rule: K, evidence: SiteRuleResults[K]['evidence']): EvidenceBlock[] {
  return (FORMATTERS[rule] as (evidence: SiteRuleResults[K]['evidence']) => EvidenceBlock[])(evidence)
}
