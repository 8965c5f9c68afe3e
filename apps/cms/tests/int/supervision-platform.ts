import {
  addDays,
  COMPLIANCE_TREND_DAYS,
  DEFAULT_COMPLIANCE_SETTINGS,
  type ComplianceSiteAnswer,
  type ComplianceSiteRow,
  type ComplianceSitesAnswer,
  evaluateSite,
  type ColumnSummary,
  type InspectionSnapshot,
  type IsoDate,
  type SerializedEvaluation,
  type SiteComplianceInput,
  type SiteKind,
} from '@govsite/domain'

/** An instant in China time: `china('2026-11-30 23:59')`. */
export const china = (dateTime: string): Date => new Date(`${dateTime.replace(' ', 'T')}:00+08:00`)

export function daysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

/** How a constructed site behaves over time. */
export interface SiteStory {
  id: string
  name: string
  kind: SiteKind
  /** Days the homepage and 工作动态 get new content. */
  updates: IsoDate[]
  /** Failed availability checks of 288 a day. */
  failuresOn?: (day: IsoDate) => number
  /** Extra input from a given day on (an overdue consultation, a dangerous link, …). */
  extra?: (day: IsoDate) => Partial<SiteComplianceInput>
}

const column = (overrides: Partial<ColumnSummary> & Pick<ColumnSummary, 'id' | 'name' | 'kind'>): ColumnSummary => ({
  parentId: null,
  published: true,
  lastPublishedAt: china('2026-09-01 09:00'),
  publishedCount: 3,
  ...overrides,
})

/** The site's supervision input as the CMS would keep it on `day`. */
export function inputOn(story: SiteStory, day: IsoDate): SiteComplianceInput {
  const last = story.updates.filter((update) => update <= day).at(-1) ?? null
  const lastAt = last ? china(`${last} 09:00`) : null
  return {
    site: { id: story.id, name: story.name, kind: story.kind, status: 'online' },
    homepage: { layout: 'content', lastPublishedAt: lastAt },
    columns: [
      column({ id: `${story.id}-news`, name: '工作动态', kind: 'news', lastPublishedAt: lastAt }),
      column({ id: `${story.id}-notices`, name: '通知公告', kind: 'notices', lastPublishedAt: china('2026-10-15 09:00') }),
      column({ id: `${story.id}-services`, name: '办事服务', kind: 'services' }),
    ],
    messages: [],
    availability: daysBetween(addDays(day, -6), day).map((date) => ({ date, checks: 288, failures: story.failuresOn?.(date) ?? 0 })),
    failedChecks: [],
    securityFindings: [],
    channel: { checkedAt: china(`${day} 06:00`), formWorks: true, intakeWorks: true },
    errorReports: [],
    surveys: [],
    serviceGuides: [],
    ...story.extra?.(day),
  }
}

/** The real evaluation of the site at noon (China time) of `day`, as JSON carries it. */
export function evaluationOn(story: SiteStory, day: IsoDate): SerializedEvaluation {
  const evaluation = evaluateSite(inputOn(story, day), china(`${day} 12:00`), DEFAULT_COMPLIANCE_SETTINGS)
  return { ...evaluation, evaluatedAt: evaluation.evaluatedAt.toISOString() }
}

/** The snapshots the daily job would have stored for `days`. */
export function snapshotsOf(story: SiteStory, days: IsoDate[]): InspectionSnapshot[] {
  return days.map((day) => {
    const evaluation = evaluationOn(story, day)
    return { site: story.id, date: day, status: evaluation.status, failing: evaluation.failing, warning: evaluation.warning, takenAt: evaluation.evaluatedAt }
  })
}

const consultation = {
  id: 'm1',
  title: '咨询社保关系转移办理流程',
  category: 'consultation' as const,
  receivedAt: china('2026-08-01 10:00'),
  dueDate: '2026-08-07',
}

const dangerousLink = {
  id: 'f1',
  kind: 'dangerous-link' as const,
  foundAt: china('2026-11-28 08:30'),
  detail: '“便民服务”链接指向的 bet-example.test 已被注册为博彩网站',
  url: 'https://www.examplecounty.gov.cn/columns/services/',
}

/** Three sites over autumn 2026: one 合格, one 预警 now and then, one 不合格 from November. */
export function platformStories(ids: { city: string; fgw: string; county: string }): SiteStory[] {
  return [
    { id: ids.city, name: '示例市人民政府', kind: 'city-portal', updates: daysBetween('2026-08-01', '2026-12-31') },
    {
      id: ids.fgw,
      name: '示例市发展和改革委员会',
      kind: 'department',
      // Every 12 days: 10 and 11 days without news warn.
      updates: daysBetween('2026-08-01', '2026-12-31').filter((_, index) => index % 12 === 0),
      failuresOn: (day) => (day >= '2026-11-20' ? 10 : 0),
      extra: (day) => ({
        failedChecks: day >= '2026-11-20' ? [{ at: china(`${day} 03:15`), url: 'https://fgw.example.gov.cn/', reason: '超时（15 秒）' }] : [],
      }),
    },
    {
      id: ids.county,
      name: '示例县人民政府',
      kind: 'county-portal',
      updates: daysBetween('2026-08-01', '2026-10-25'),
      extra: (day) => ({ messages: [consultation], securityFindings: day >= '2026-11-28' ? [dangerousLink] : [] }),
    },
  ]
}

/** `GET /api/compliance/sites?date=` as the contract answers it, from the real evaluations of `day`. */
export function sitesAnswerOf(stories: SiteStory[], day: IsoDate, openOrders: ReadonlyMap<string, number> = new Map()): ComplianceSitesAnswer {
  const rows = stories.map((story) => {
    const evaluation = evaluationOn(story, day)
    return {
      site: { id: story.id, name: story.name, kind: story.kind, status: 'online' as const },
      status: evaluation.status,
      failing: evaluation.failing,
      warning: evaluation.warning,
      nextFailure: evaluation.nextFailure,
      rules: Object.fromEntries(
        Object.entries(evaluation.rules).map(([id, result]) => [id, { status: result.status, summary: result.summary, forecast: result.forecast }]),
      ) as ComplianceSiteRow['rules'],
      openOrders: openOrders.get(story.id) ?? 0,
      evaluatedAt: evaluation.evaluatedAt,
    }
  })
  const totals = { pass: 0, warning: 0, fail: 0 }
  for (const row of rows) totals[row.status] += 1
  return { date: day, sites: rows, notInspected: [], totals }
}

/** `GET /api/compliance/sites/<id>?date=`: the evaluation of `day` and the 90 days up to it. */
export function siteAnswerOf(story: SiteStory, day: IsoDate, openOrders = 0): ComplianceSiteAnswer {
  const trend = daysBetween(addDays(day, 1 - COMPLIANCE_TREND_DAYS), day).map((date) => {
    const evaluation = evaluationOn(story, date)
    return { date, status: evaluation.status, failing: evaluation.failing, warning: evaluation.warning }
  })
  return { date: day, evaluation: evaluationOn(story, day), openOrders, trend }
}
