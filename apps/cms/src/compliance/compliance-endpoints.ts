import {
  addDays,
  chinaDate,
  chinaDayEnd,
  COMPLIANCE_API,
  COMPLIANCE_TREND_DAYS,
  complianceDateQuerySchema,
  complianceRunRequestSchema,
  isIsoDate,
  SITE_STATUS_LABELS,
  type ComplianceRunAnswer,
  type ComplianceSiteAnswer,
  type ComplianceSitesAnswer,
  type IsoDate,
  type SerializedEvaluation,
  type SiteKind,
  type SiteStatus,
} from '@govsite/domain'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { isPlatformAdmin } from '../access/roles'
import { currentTime } from '../shared/clock'
import { readJsonBody } from '../shared/json-body'
import { parseOrRefuse } from '../shared/parse-or-refuse'
import { Refusal } from '../shared/refusal'
import { answerRefusals } from '../shared/refusal-shape'
import { idOf } from '../shared/relation-id'
import { latestPerSite, siteRow, trendOf, zeroTotals, type SiteIdentity, type StoredSnapshot } from './compliance-answers'
import { INSPECTION_SNAPSHOTS } from './inspection-snapshots'
import { storedEvaluation } from './stored-evaluation'
import { inspectableSites } from '../access/supervision-access'
import { openOrderCounts } from '../rectification/sync-rectification-orders'
import { asJson, evaluateNow, runInspection } from './run-inspection'

const NO_STORE = { headers: { 'cache-control': 'no-store' } }

/** The sites the user may see, or 403 for anyone who sees none. */
function visibleSites(req: PayloadRequest): 'all' | string[] {
  const sites = inspectableSites(req.user)
  if (sites !== 'all' && sites.length === 0)
    throw new Refusal(403, 'compliance.forbidden', '您无权查看网站检查结果（限平台管理员、监管人员和本站点的站点管理员）')
  return sites
}

/** `?date=`: a China day no later than today; today when absent. */
function requestedDay(req: PayloadRequest, today: IsoDate): IsoDate {
  const url = new URL(req.url ?? 'http://localhost')
  const { date } = parseOrRefuse(
    complianceDateQuerySchema,
    { date: url.searchParams.get('date') ?? undefined },
    'compliance.bad_date',
    '日期格式应为 YYYY-MM-DD',
  )
  if (date === undefined) return today
  if (!isIsoDate(date)) throw new Refusal(400, 'compliance.bad_date', `“${date}”不是有效的日期`)
  if (date > today) throw new Refusal(400, 'compliance.future_date', `不能查询未来日期（${date}）的检查结果，今天是 ${today}`)
  return date
}

async function siteIdentities(req: PayloadRequest, sites: 'all' | string[]): Promise<SiteIdentity[]> {
  const { docs } = await req.payload.find({
    collection: 'sites',
    ...(sites === 'all' ? {} : { where: { id: { in: sites } } }),
    select: { name: true, kind: true, status: true },
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((site) => ({ id: site.id, name: site.name, kind: site.kind as SiteKind, status: site.status as SiteStatus }))
}

async function snapshots(req: PayloadRequest, where: Where): Promise<StoredSnapshot[]> {
  const { docs } = await req.payload.find({ collection: INSPECTION_SNAPSHOTS, where, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })
  return docs as unknown as StoredSnapshot[]
}

/** Open orders are counted now for today, and at the end of a past day for that day. */
const ordersAsOf = (date: IsoDate, today: IsoDate): Date | undefined => (date === today ? undefined : chinaDayEnd(date))

const siteOfSnapshot = (snapshot: StoredSnapshot) => idOf(snapshot.site)

/** `GET /api/compliance/sites?date=`: every site the user may see; today evaluated now, a past day as its latest snapshots show it. */
const sitesEndpoint: Endpoint = {
  path: COMPLIANCE_API.sites,
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      const visible = visibleSites(req)
      const now = currentTime()
      const today = chinaDate(now)
      const date = requestedDay(req, today)
      const identities = await siteIdentities(req, visible)
      const byId = new Map(identities.map((site) => [site.id, site]))
      const answer: ComplianceSitesAnswer = { date, sites: [], notInspected: [], totals: zeroTotals() }
      const orders = await openOrderCounts(
        req.payload,
        identities.map((site) => site.id),
        ordersAsOf(date, today),
      )
      const ordersOf = (id: string) => orders.get(id) ?? 0
      if (date === today) {
        const platform = await evaluateNow(req.payload, now, visible === 'all' ? undefined : visible)
        for (const evaluation of platform.sites) {
          const site = byId.get(evaluation.siteId)
          if (site) answer.sites.push(siteRow(site, asJson(evaluation) as SerializedEvaluation, ordersOf(site.id)))
        }
        answer.notInspected = platform.notInspected.map(({ siteId, siteName, status }) => ({ id: siteId, name: siteName, status }))
      } else {
        const latest = latestPerSite(
          await snapshots(req, { and: [{ date: { equals: date } }, ...(visible === 'all' ? [] : [{ site: { in: visible } }])] }),
          siteOfSnapshot,
        )
        for (const site of identities) {
          const snapshot = latest.get(site.id)
          if (snapshot) answer.sites.push(siteRow(site, storedEvaluation(snapshot.evaluation), ordersOf(site.id)))
          else answer.notInspected.push({ id: site.id, name: site.name, status: site.status })
        }
      }
      for (const row of answer.sites) answer.totals[row.status] += 1
      return Response.json(answer, NO_STORE)
    }),
}

/** `GET /api/compliance/sites/<id>?date=`: the site's evaluation with evidence and forecast, and its trend up to that day. */
const siteEndpoint: Endpoint = {
  path: COMPLIANCE_API.site,
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      const visible = visibleSites(req)
      const id = String(req.routeParams?.id ?? '')
      const now = currentTime()
      const today = chinaDate(now)
      const date = requestedDay(req, today)
      if (visible !== 'all' && !visible.includes(id)) throw new Refusal(403, 'compliance.forbidden', '您无权查看该网站的检查结果')
      const [site] = await siteIdentities(req, [id])
      if (!site) throw new Refusal(404, 'compliance.site_not_found', '网站不存在')
      let evaluation: SerializedEvaluation
      if (date === today) {
        const [evaluated] = (await evaluateNow(req.payload, now, [id])).sites
        if (!evaluated) throw new Refusal(404, 'compliance.not_inspected', `该网站${SITE_STATUS_LABELS[site.status].zh}，不参加检查`)
        evaluation = asJson(evaluated) as SerializedEvaluation
      } else {
        const snapshot = latestPerSite(await snapshots(req, { and: [{ site: { equals: id } }, { date: { equals: date } }] }), siteOfSnapshot).get(id)
        if (!snapshot) throw new Refusal(404, 'compliance.no_snapshot', `该网站在 ${date} 没有检查记录`)
        evaluation = storedEvaluation(snapshot.evaluation)
      }
      const trend = trendOf(
        await snapshots(req, {
          and: [{ site: { equals: id } }, { date: { greater_than: addDays(date, -COMPLIANCE_TREND_DAYS) } }, { date: { less_than_equal: date } }],
        }),
      )
      const answer: ComplianceSiteAnswer = {
        date,
        evaluation,
        openOrders: (await openOrderCounts(req.payload, [id], ordersAsOf(date, today))).get(id) ?? 0,
        trend,
      }
      return Response.json(answer, NO_STORE)
    }),
}

/** `POST /api/compliance/run` `{ site? }`: platform admins evaluate now and store the snapshots. */
const runEndpoint: Endpoint = {
  path: COMPLIANCE_API.run,
  method: 'post',
  handler: (req) =>
    answerRefusals(async () => {
      if (!isPlatformAdmin(req.user)) throw new Refusal(403, 'compliance.run_forbidden', '只有平台管理员可以发起检查')
      const body = parseOrRefuse(complianceRunRequestSchema, await readJsonBody(req, 'compliance.bad_request', {}), 'compliance.bad_request', '请求内容有误')
      if (body.site !== undefined) {
        const [site] = await siteIdentities(req, [body.site])
        if (!site) throw new Refusal(404, 'compliance.site_not_found', '网站不存在')
        if (site.status !== 'online') throw new Refusal(409, 'compliance.not_inspected', `该网站${SITE_STATUS_LABELS[site.status].zh}，不参加检查`)
      }
      const evaluation = await runInspection(req.payload, currentTime(), body.site)
      const answer: ComplianceRunAnswer = { date: evaluation.date, evaluated: evaluation.sites.length, totals: evaluation.totals }
      return Response.json(answer, NO_STORE)
    }),
}

export const complianceEndpoints: Endpoint[] = [sitesEndpoint, siteEndpoint, runEndpoint]
