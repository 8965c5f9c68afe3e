import {
  addCalendarMonths,
  chinaDate,
  chinaDayStart,
  homepageLastPublishedAt,
  rollUpColumnContent,
  VETO_LINES,
  type ColumnCollection,
  type ColumnContentTally,
  type ColumnKind,
  type ColumnStructure,
  type ColumnSummary,
  type HomepageLayout,
  type IntervalUnit,
  type MessageCategory,
  type SiteComplianceInput,
  type SiteKind,
  type SiteStatus,
} from '@govsite/domain'
import type { Payload, Where } from 'payload'

import { idOf } from '../shared/relation-id'
import { readMonitorFacts } from '../monitoring/monitor-facts'
import { readQualityFacts } from '../content-quality/quality-facts'
import { COLUMN_CONTENT_SUMMARIES } from './column-content-summaries'

const date = (value: unknown): Date | null => (typeof value === 'string' && value !== '' ? new Date(value) : null)

/** Everything listed, in one query: the inputs are a few rows per site, never the documents. */
const all = { pagination: false, depth: 0, overrideAccess: true } as const

const groupBy = <T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const id = key(row)
    if (id === null) continue
    const group = groups.get(id)
    if (group) group.push(row)
    else groups.set(id, [row])
  }
  return groups
}

interface StoredColumn {
  id: string
  site: unknown
  parent?: unknown
  name: string
  kind: ColumnKind
  updateInterval?: { count?: number | null; unit?: IntervalUnit | null } | null
  exemptReason?: string | null
}

function columnSummaries(columns: readonly StoredColumn[], tallies: readonly ColumnContentTally[]): { summaries: ColumnSummary[]; homepage: Date | null } {
  const structure: ColumnStructure[] = columns.map((column) => ({ id: column.id, parentId: idOf(column.parent), kind: column.kind }))
  const figures = rollUpColumnContent(structure, tallies)
  const summaries = columns.map((column): ColumnSummary => {
    const { count, unit } = column.updateInterval ?? {}
    const own = figures.get(column.id) ?? { publishedCount: 0, lastPublishedAt: null }
    return {
      id: column.id,
      name: column.name,
      kind: column.kind,
      parentId: idOf(column.parent),
      published: true,
      intervalOverride: typeof count === 'number' && unit ? { count, unit } : null,
      exemptReason: column.exemptReason?.trim() || null,
      lastPublishedAt: own.lastPublishedAt,
      publishedCount: own.publishedCount,
    }
  })
  return { summaries, homepage: homepageLastPublishedAt(structure, tallies) }
}

/**
 * R-DAILY-INSPECT: each site's `SiteComplianceInput` from what the CMS keeps — its columns and
 * their content summaries, open messages, error reports and surveys awaiting results, and the
 * monitors' facts and the content quality findings. Every site, or those named. 办事指南 are not a content type of their own yet,
 * so no site has any (R-VETO-SERVICE checks the 办事服务 columns only).
 */
export async function buildSiteInputs(payload: Payload, now: Date, siteIds?: readonly string[]): Promise<SiteComplianceInput[]> {
  const onSites: Where = siteIds ? { site: { in: [...siteIds] } } : {}
  const { docs: sites } = await payload.find({
    collection: 'sites',
    ...(siteIds ? { where: { id: { in: [...siteIds] } } } : {}),
    select: { name: true, kind: true, status: true, homepageLayout: true },
    sort: 'name',
    ...all,
  })
  const { docs: columns } = await payload.find({
    collection: 'columns',
    where: onSites,
    select: { site: true, parent: true, name: true, kind: true, updateInterval: true, exemptReason: true },
    sort: 'order',
    ...all,
  })
  const { docs: stored } = await payload.find({
    collection: COLUMN_CONTENT_SUMMARIES,
    where: onSites,
    select: { column: true, collection: true, publishedCount: true, lastPublishedAt: true },
    ...all,
  })
  const lookbackFrom = chinaDayStart(addCalendarMonths(chinaDate(now), -VETO_LINES.consultationLookbackMonths)).toISOString()
  const { docs: messages } = await payload.find({
    collection: 'messages',
    where: {
      and: [
        onSites,
        { spam: { not_equals: true } },
        { or: [{ answeredAt: { exists: false } }, { and: [{ category: { equals: 'consultation' } }, { answeredAt: { greater_than_equal: lookbackFrom } }] }] },
      ],
    },
    select: { site: true, subject: true, category: true, receivedAt: true, dueDate: true, answeredAt: true },
    ...all,
  })
  const { docs: errorReports } = await payload.find({
    collection: 'error-reports',
    where: { and: [onSites, { state: { in: ['new', 'processing'] } }] },
    select: { site: true, url: true, receivedAt: true },
    ...all,
  })
  const { docs: surveys } = await payload.find({
    collection: 'surveys',
    where: {
      and: [onSites, { _status: { equals: 'published' } }, { closesAt: { less_than: now.toISOString() } }, { resultsPublishedAt: { exists: false } }],
    },
    select: { site: true, title: true, closesAt: true },
    ...all,
  })
  const monitors = await readMonitorFacts(
    payload,
    sites.map((site) => site.id),
    now,
  )
  const quality = await readQualityFacts(
    payload,
    sites.map((site) => site.id),
    now,
  )

  const siteOfColumn = new Map(columns.map((column) => [column.id, idOf(column.site)]))
  const columnsBySite = groupBy(columns as StoredColumn[], (column) => idOf(column.site))
  const talliesBySite = groupBy(
    stored.map((row): ColumnContentTally => ({
      columnId: idOf(row.column) ?? '',
      collection: row.collection as ColumnCollection,
      publishedCount: row.publishedCount,
      lastPublishedAt: date(row.lastPublishedAt),
    })),
    (tally) => siteOfColumn.get(tally.columnId) ?? null,
  )
  const messagesBySite = groupBy(messages, (message) => idOf(message.site))
  const reportsBySite = groupBy(errorReports, (report) => idOf(report.site))
  const surveysBySite = groupBy(surveys, (survey) => idOf(survey.site))

  return sites.map((site): SiteComplianceInput => {
    const { summaries, homepage } = columnSummaries(columnsBySite.get(site.id) ?? [], talliesBySite.get(site.id) ?? [])
    const facts = monitors.get(site.id) ?? { availability: [], failedChecks: [], securityFindings: [], channel: null }
    return {
      site: { id: site.id, name: site.name, kind: site.kind as SiteKind, status: site.status as SiteStatus },
      homepage: { layout: (site.homepageLayout ?? 'content') as HomepageLayout, lastPublishedAt: homepage },
      columns: summaries,
      messages: (messagesBySite.get(site.id) ?? []).map((message) => ({
        id: message.id,
        title: message.subject,
        category: message.category as MessageCategory,
        receivedAt: new Date(message.receivedAt as string),
        dueDate: message.dueDate as string,
        answeredAt: date(message.answeredAt),
      })),
      ...facts,
      securityFindings: [...facts.securityFindings, ...(quality.get(site.id)?.securityFindings ?? [])],
      qualityFindings: quality.get(site.id)?.qualityFindings ?? [],
      errorReports: (reportsBySite.get(site.id) ?? []).map((report) => ({ id: report.id, receivedAt: new Date(report.receivedAt), url: report.url ?? null })),
      surveys: (surveysBySite.get(site.id) ?? []).map((survey) => ({ id: survey.id, title: survey.title, closesAt: new Date(survey.closesAt) })),
      serviceGuides: [],
    }
  })
}
