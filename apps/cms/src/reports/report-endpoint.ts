import {
  chinaDate,
  chinaDayEnd,
  COMPLIANCE_REPORT_API,
  complianceReportQuerySchema,
  monthlyNotice,
  monthRange,
  quarterlyNotice,
  quarterRange,
  type ComplianceReportAnswer,
  type ComplianceReportQuery,
  type InspectionSnapshot,
  type MonthlyNotice,
  type NoticeSite,
  type QuarterlyNotice,
} from '@govsite/domain'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { inspectableSites } from '../access/supervision-access'
import { currentTime } from '../shared/clock'
import { Refusal } from '../shared/refusal'
import { answerRefusals } from '../shared/refusal-shape'
import { storedNoticeSources, type NoticeSources } from './notice-sources'
import { noticeWorkbook } from './notice-workbook'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function parseQuery(url: string | undefined) {
  const parsed = complianceReportQuerySchema.safeParse(Object.fromEntries(new URL(url ?? '', 'http://localhost').searchParams))
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  if (issue.path[0] === 'month') throw new Refusal(400, 'compliance.bad_month', issue.message)
  if (issue.path[0] === 'quarter') throw new Refusal(400, 'compliance.bad_quarter', issue.message)
  throw new Refusal(400, 'compliance.bad_report_query', issue.message)
}

async function sitesOf(req: PayloadRequest, visible: 'all' | string[]): Promise<NoticeSite[]> {
  const where: Where = visible === 'all' ? {} : { id: { in: visible } }
  const { docs } = await req.payload.find({
    collection: 'sites',
    where,
    select: { name: true, kind: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((site) => ({ id: site.id, name: site.name, kind: site.kind }))
}

/** The period asked for: a month (月检查通报) or a quarter (季度检查结果, R-INSPECT-CYCLE 季公开). */
function periodOf(query: ComplianceReportQuery) {
  if (query.quarter !== undefined) {
    const quarter = query.quarter
    return {
      range: quarterRange(quarter),
      notice: (sites: NoticeSite[], snapshots: InspectionSnapshot[], orders: ReadonlyMap<string, number>): QuarterlyNotice =>
        quarterlyNotice(quarter, sites, snapshots, orders),
    }
  }
  const month = query.month!
  return {
    range: monthRange(month),
    notice: (sites: NoticeSite[], snapshots: InspectionSnapshot[], orders: ReadonlyMap<string, number>): MonthlyNotice =>
      monthlyNotice(month, sites, snapshots, orders),
  }
}

/**
 * The notice of the sites `user` supervises for the month or quarter asked for, or of one of
 * them (its rank stays its rank among all of them).
 */
export async function complianceReport(req: PayloadRequest, query: ComplianceReportQuery, sources: NoticeSources): Promise<ComplianceReportAnswer> {
  const visible = inspectableSites(req.user)
  if (visible !== 'all' && visible.length === 0) throw new Refusal(403, 'compliance.forbidden', '您无权查看网站检查通报')
  const sites = await sitesOf(req, visible)
  const site = query.site ? sites.find((candidate) => candidate.id === query.site) : undefined
  if (query.site && !site) throw new Refusal(404, 'compliance.site_not_found', '网站不存在或您无权查看')

  const period = periodOf(query)
  const ids = sites.map((candidate) => candidate.id)
  // A period that is over shows the orders open at its end; the running one those open now.
  const ordersAsOf = chinaDate(currentTime()) > period.range.to ? chinaDayEnd(period.range.to) : undefined
  const [snapshots, openOrders] = await Promise.all([sources.snapshots(req, { ...period.range, sites: ids }), sources.openOrders(req, ids, ordersAsOf)])
  const all = period.notice(sites, snapshots, openOrders)
  const notice = site ? period.notice([site], snapshots, openOrders) : all
  const rankOf = new Map(all.sites.map((entry) => [entry.site.id, entry.rank]))
  return {
    ...notice,
    sites: notice.sites.map((entry) => ({ ...entry, rank: rankOf.get(entry.site.id) ?? entry.rank })),
    site: site ? { id: site.id, name: site.name } : null,
    generatedAt: currentTime().toISOString(),
  }
}

/** The workbook of a notice, as the endpoint downloads it. */
export async function reportWorkbook(answer: ComplianceReportAnswer): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string; asciiName: string }> {
  const period = 'quarter' in answer ? answer.quarter : answer.month
  const kind = 'quarter' in answer ? '季度检查结果' : '月检查通报'
  return {
    bytes: new Uint8Array(await noticeWorkbook(answer)),
    fileName: `${answer.site ? `${answer.site.name}-` : ''}${kind}-${period}.xlsx`,
    asciiName: `compliance-report-${period}.xlsx`,
  }
}

/**
 * `GET /api/compliance/report?month=YYYY-MM|quarter=YYYY-Qn[&site=<id>][&format=xlsx]`
 * (R-INSPECT-CYCLE 月检查通报, 季度检查结果): the period's results of the sites the user supervises
 * (`inspectableSites`), or of one of them, as JSON or as an xlsx workbook.
 */
export function complianceReportEndpoint(sources: NoticeSources = storedNoticeSources): Endpoint {
  return {
    path: COMPLIANCE_REPORT_API,
    method: 'get',
    handler: (req) =>
      answerRefusals(async () => {
        if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
        const query = parseQuery(req.url)
        const answer = await complianceReport(req, query, sources)
        if (query.format !== 'xlsx') return Response.json(answer, { headers: { 'cache-control': 'no-store' } })
        const workbook = await reportWorkbook(answer)
        return new Response(workbook.bytes, {
          headers: {
            'content-type': XLSX_TYPE,
            'content-disposition': `attachment; filename="${workbook.asciiName}"; filename*=UTF-8''${encodeURIComponent(workbook.fileName)}`,
            'cache-control': 'no-store',
          },
        })
      }),
  }
}
