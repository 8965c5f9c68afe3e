import {
  chinaDate,
  chinaDayEnd,
  COMPLIANCE_REPORT_API,
  complianceReportQuerySchema,
  monthlyNotice,
  monthRange,
  type ComplianceReportAnswer,
  type NoticeSite,
} from '@govsite/domain'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { inspectableSites } from '../access/supervision-access'
import { currentTime } from '../shared/clock'
import { Refusal } from '../shared/refusal'
import { answerRefusals } from '../shared/refusal-shape'
import { storedNoticeSources, type NoticeSources } from './notice-sources'
import { noticeWorkbook } from './notice-workbook'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function parseQuery(url: string | undefined) {
  const parsed = complianceReportQuerySchema.safeParse(Object.fromEntries(new URL(url ?? '', 'http://localhost').searchParams))
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  if (issue.path[0] === 'month') throw new Refusal(400, 'compliance.bad_month', issue.message)
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

/**
 * `GET /api/compliance/report?month=YYYY-MM[&site=<id>][&format=xlsx]` (R-INSPECT-CYCLE 月检查通报):
 * the month's results of the sites the user supervises (`inspectableSites`), or of one of them,
 * as JSON or as an xlsx workbook. A site's own notice keeps its rank among all of them.
 */
export function complianceReportEndpoint(sources: NoticeSources = storedNoticeSources): Endpoint {
  return {
    path: COMPLIANCE_REPORT_API,
    method: 'get',
    handler: (req) =>
      answerRefusals(async () => {
        if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
        const query = parseQuery(req.url)
        const visible = inspectableSites(req.user)
        if (visible !== 'all' && visible.length === 0) throw new Refusal(403, 'compliance.forbidden', '您无权查看网站检查通报')
        const sites = await sitesOf(req, visible)
        const site = query.site ? sites.find((candidate) => candidate.id === query.site) : undefined
        if (query.site && !site) throw new Refusal(404, 'compliance.site_not_found', '网站不存在或您无权查看')

        const { from, to } = monthRange(query.month)
        const ids = sites.map((candidate) => candidate.id)
        // A month that is over shows the orders open at its end; the running month those open now.
        const ordersAsOf = chinaDate(currentTime()) > to ? chinaDayEnd(to) : undefined
        const [snapshots, openOrders] = await Promise.all([sources.snapshots(req, { from, to, sites: ids }), sources.openOrders(req, ids, ordersAsOf)])
        const all = monthlyNotice(query.month, sites, snapshots, openOrders)
        const notice = site ? monthlyNotice(query.month, [site], snapshots, openOrders) : all
        const rankOf = new Map(all.sites.map((entry) => [entry.site.id, entry.rank]))
        const answer: ComplianceReportAnswer = {
          ...notice,
          sites: notice.sites.map((entry) => ({ ...entry, rank: rankOf.get(entry.site.id) ?? entry.rank })),
          site: site ? { id: site.id, name: site.name } : null,
          generatedAt: currentTime().toISOString(),
        }
        if (query.format !== 'xlsx') return Response.json(answer, { headers: { 'cache-control': 'no-store' } })
        const name = `${site ? `${site.name}-` : ''}月检查通报-${query.month}.xlsx`
        return new Response(new Uint8Array(await noticeWorkbook(answer)), {
          headers: {
            'content-type': XLSX,
            'content-disposition': `attachment; filename="compliance-report-${query.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
            'cache-control': 'no-store',
          },
        })
      }),
  }
}
