import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  COMPLIANCE_API,
  COMPLIANCE_REPORT_API,
  monthlyNotice,
  monthRange,
  QUARTERLY_RESULTS_API,
  quarterlyNotice,
  quarterRange,
  type ComplianceReportAnswer,
  type InspectionSnapshot,
  type NoticeSite,
} from '@govsite/domain'
import { build } from 'esbuild'
import type { ReactElement } from 'react'
import { renderToString } from 'react-dom/server'

import { PlatformPage, SitePage } from '../../src/dashboard/components/supervision-pages'
import { NoticePage } from '../../src/reports/components/notice-page'
import { noticeWorkbook } from '../../src/reports/notice-workbook'
import { daysBetween, platformStories, siteAnswerOf, sitesAnswerOf, snapshotsOf } from './supervision-platform'

export const HARNESS_TODAY = '2026-11-30'
const OPEN_ORDERS: ReadonlyMap<string, number> = new Map([
  ['county', 3],
  ['fgw', 1],
])

export interface Harness {
  url: string
  close: () => Promise<void>
  /** The bodies the page posted to `POST /api/compliance/quarterly-results`. */
  quarterlyRequests: unknown[]
}

/**
 * The supervision views outside Payload, for the browser: a loopback server rendering the real
 * components (server-side, then hydrated by an esbuild bundle of the same files) and answering
 * the supervision REST with the real domain's evaluations of constructed sites.
 */
export async function startHarness(): Promise<Harness> {
  const stories = platformStories({ city: 'city', fgw: 'fgw', county: 'county' })
  const bundle = await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'supervision-harness-client.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'silent',
  })
  const script = bundle.outputFiles[0]!.contents
  const base = { sitesUrl: `/api${COMPLIANCE_API.sites}`, siteUrl: `/api${COMPLIANCE_API.site}`, adminBase: '/admin', today: HARNESS_TODAY }

  /** A month's notice, or a quarter's result when `period` is `YYYY-Qn`. */
  const report = (period: string, site: string | null): ComplianceReportAnswer => {
    const quarterly = period.includes('-Q')
    const { from, to } = quarterly ? quarterRange(period) : monthRange(period)
    const notice = (chosen: NoticeSite[], snapshots: InspectionSnapshot[]) =>
      quarterly ? quarterlyNotice(period, chosen, snapshots, OPEN_ORDERS) : monthlyNotice(period, chosen, snapshots, OPEN_ORDERS)
    const sites = stories.map((story) => ({ id: story.id, name: story.name, kind: story.kind }))
    const snapshots = stories.flatMap((story) => snapshotsOf(story, daysBetween(from, to < HARNESS_TODAY ? to : HARNESS_TODAY)))
    const all = notice(sites, snapshots)
    const chosen = site
      ? notice(
          sites.filter((entry) => entry.id === site),
          snapshots,
        )
      : all
    const rank = new Map(all.sites.map((entry) => [entry.site.id, entry.rank]))
    return {
      ...chosen,
      sites: chosen.sites.map((entry) => ({ ...entry, rank: rank.get(entry.site.id)! })),
      site: site ? { id: site, name: stories.find((story) => story.id === site)!.name } : null,
      generatedAt: '2026-12-01T01:00:00.000Z',
    }
  }

  const page = (name: string, props: object, element: ReactElement) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>网站监管</title>` +
    `<style>body{margin:0;font-family:"Noto Sans CJK SC",sans-serif;background:#fff} .harness{padding:16px}</style></head>` +
    `<body><main class="harness"><div id="root" data-page="${name}" data-props='${JSON.stringify(props).replace(/'/g, '&#39;')}'>${renderToString(element)}</div></main>` +
    `<script type="module" src="/harness.js"></script></body></html>`

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const json = (body: unknown, status = 200) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(body))
    }
    const html = (body: string) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(body)
    }
    const date = url.searchParams.get('date') ?? HARNESS_TODAY
    const siteMatch = /^\/(api|admin)\/(?:compliance\/sites|supervision)\/([^/]+)$/.exec(url.pathname)
    if (url.pathname === '/favicon.ico') response.writeHead(204).end()
    else if (url.pathname === '/harness.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
      response.end(script)
    } else if (url.pathname === `/api${COMPLIANCE_API.sites}`) json(sitesAnswerOf(stories, date, OPEN_ORDERS))
    else if (url.pathname === `/api${COMPLIANCE_REPORT_API}`) {
      const quarter = url.searchParams.get('quarter')
      const month = url.searchParams.get('month') ?? ''
      if (quarter !== null && !/^\d{4}-Q[1-4]$/.test(quarter)) return json({ code: 'compliance.bad_quarter', message: '季度格式应为 YYYY-Qn' }, 400)
      if (quarter === null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return json({ code: 'compliance.bad_month', message: '月份格式应为 YYYY-MM' }, 400)
      const answer = report(quarter ?? month, url.searchParams.get('site'))
      if (url.searchParams.get('format') !== 'xlsx') return json(answer)
      response.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
      response.end(await noticeWorkbook(answer))
    } else if (url.pathname === '/admin/supervision/report') {
      const props = {
        reportUrl: `/api${COMPLIANCE_REPORT_API}`,
        adminBase: '/admin',
        month: url.searchParams.get('month') ?? '2026-11',
        latestMonth: '2026-11',
        site: url.searchParams.get('site'),
        quarter: url.searchParams.get('quarter'),
        quarters: ['2026-Q4', '2026-Q3', '2026-Q2'],
        quarterlyResultsUrl: `/api${QUARTERLY_RESULTS_API}`,
      }
      html(page('report', props, <NoticePage {...props} />))
    } else if (siteMatch?.[1] === 'api') {
      const story = stories.find((entry) => entry.id === siteMatch[2])
      if (!story) json({ code: 'compliance.site_not_found', message: '网站不存在或您无权查看' }, 404)
      else json(siteAnswerOf(story, date, OPEN_ORDERS.get(story.id) ?? 0))
    } else if (siteMatch?.[1] === 'admin') {
      const props = { ...base, date, siteId: siteMatch[2]! }
      html(page('site', props, <SitePage {...props} />))
    } else if (url.pathname === '/admin/supervision') {
      const props = { ...base, date }
      html(page('platform', props, <PlatformPage {...props} />))
    } else {
      response.writeHead(404).end()
    }
  }
  // The endpoint's two answers as the CMS gives them (tested there): the draft submitted, then 409 while it is reviewed.
  const quarterlyRequests: unknown[] = []
  const askForResult = async (request: IncomingMessage, response: ServerResponse) => {
    let body = ''
    for await (const chunk of request) body += String(chunk)
    quarterlyRequests.push(JSON.parse(body))
    const first = quarterlyRequests.length === 1
    response.writeHead(first ? 201 : 409, { 'content-type': 'application/json; charset=utf-8' })
    response.end(
      JSON.stringify(
        first
          ? {
              quarter: '2026-Q3',
              collection: 'notices',
              id: 'n1',
              title: '2026年第三季度政府网站检查结果公开',
              reviewState: 'in_review',
              revision: false,
              adminPath: '/admin/collections/notices/n1',
            }
          : {
              code: 'compliance.quarterly_pending',
              message: '2026年第三季度检查结果稿件“2026年第三季度政府网站检查结果公开”正在审核流程中（待审核），请在审核完成后再发起',
            },
      ),
    )
  }
  const server: Server = createServer((request, response) =>
    request.method === 'POST' && request.url === `/api${QUARTERLY_RESULTS_API}` ? void askForResult(request, response) : void answer(request, response),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())), quarterlyRequests }
}
