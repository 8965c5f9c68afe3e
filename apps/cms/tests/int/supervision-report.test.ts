import { COMPLIANCE_REPORT_API, type ComplianceReportAnswer, type InspectionSnapshot } from '@govsite/domain'
import ExcelJS from 'exceljs'
import type { Endpoint, Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { complianceReportEndpoint } from '../../src/reports/report-endpoint'
import { setClock } from '../../src/shared/clock'
import { apiClient, type ApiClient } from './api-client'
import { bootPayload, type TestPayload } from './boot-payload'
import { daysBetween, platformStories, snapshotsOf } from './supervision-platform'

const PASSWORD = 'supervision-test-password'
let booted: TestPayload
let api: ApiClient
let payload: Payload
const tokens: Record<string, string> = {}
const ids = { city: '', fgw: '', county: '' }
/** What the test's snapshot source was asked for. */
const asked: { from: string; to: string; sites: string[] }[] = []
/** When the test's order source was asked to count the open orders (undefined: now). */
const ordersAsked: (Date | undefined)[] = []
let snapshots: InspectionSnapshot[] = []

beforeAll(async () => {
  setClock(() => new Date('2026-12-01T02:00:00.000Z'))
  booted = await bootPayload({
    // The endpoint as configured, reading these snapshots instead of the collection.
    adjust: (config) => ({
      ...config,
      endpoints: (config.endpoints as Endpoint[]).map((endpoint) =>
        endpoint.path === COMPLIANCE_REPORT_API
          ? complianceReportEndpoint({
              snapshots: async (_req, range) => {
                asked.push(range)
                return snapshots
              },
              openOrders: async (_req, _sites, asOf) => {
                ordersAsked.push(asOf)
                return new Map([[ids.county, 2]])
              },
            })
          : endpoint,
      ) as SanitizedConfig['endpoints'],
    }),
  })
  payload = booted.payload
  api = apiClient(booted.config)
  const site = (name: string, slug: string, kind: 'city-portal' | 'department' | 'county-portal', domain: string, parent?: string) =>
    payload.create({ collection: 'sites', data: { name, slug, kind, englishDomain: domain, status: 'planned', parent } }).then((doc) => doc.id)
  ids.city = await site('示例市人民政府', 'portal', 'city-portal', 'www.example.gov.cn')
  ids.fgw = await site('示例市发展和改革委员会', 'fgw', 'department', 'fgw.example.gov.cn', ids.city)
  ids.county = await site('示例县人民政府', 'county', 'county-portal', 'www.examplecounty.gov.cn')
  snapshots = platformStories(ids).flatMap((story) => snapshotsOf(story, daysBetween('2026-10-25', '2026-11-30')))
  const people: Record<string, Record<string, unknown>> = {
    admin: { platformRole: 'platform-admin' },
    supervisor: { platformRole: 'supervisor' },
    countyAdmin: { siteRoles: [{ site: ids.county, role: 'site-admin' }] },
    countyEditor: { siteRoles: [{ site: ids.county, role: 'editor' }] },
  }
  for (const [persona, roles] of Object.entries(people)) {
    const email = `${persona.toLowerCase()}@example.gov.cn`
    await payload.create({ collection: 'users', data: { email, name: persona, password: PASSWORD, ...roles } })
    tokens[persona] = (await payload.login({ collection: 'users', data: { email, password: PASSWORD } })).token ?? ''
  }
})

afterAll(async () => {
  setClock(() => new Date())
  await booted?.cleanup()
})

const report = (query: string, persona?: string) => api.rest('GET', `compliance/report?${query}`, { token: persona ? tokens[persona] : undefined })

describe('GET /api/compliance/report (月检查通报)', () => {
  it('refuses a bad month, a bad format, anonymous users and users who supervise nothing', async () => {
    for (const month of ['', 'month=2026-13', 'month=2026-1', 'month=november']) {
      const answer = await report(month, 'admin')
      expect(answer.status, month).toBe(400)
      expect(answer.body.code, month).toBe('compliance.bad_month')
      expect(String(answer.body.message)).toMatch(/[\u4e00-\u9fff]/)
    }
    expect((await report('month=2026-11&format=pdf', 'admin')).body).toMatchObject({ code: 'compliance.bad_report_query' })
    expect((await report('month=2026-11')).status).toBe(403)
    expect((await report('month=2026-11', 'countyEditor')).body).toMatchObject({ code: 'compliance.forbidden' })
    expect((await report(`month=2026-11&site=${ids.city}`, 'countyAdmin')).body).toMatchObject({ code: 'compliance.site_not_found' })
  })

  it('answers the platform notice for supervisors from the month’s snapshots, ranked, with open orders', async () => {
    const answer = await report('month=2026-11', 'supervisor')
    expect(answer.status).toBe(200)
    const notice = answer.body as unknown as ComplianceReportAnswer
    expect(asked.at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-30', sites: expect.arrayContaining([ids.city, ids.fgw, ids.county]) })
    expect(notice).toMatchObject({ month: '2026-11', site: null, daysInspected: 30, totals: { pass: 1, warning: 1, fail: 1 }, openOrders: 2 })
    // November is over (the clock reads 2026-12-01): its orders are those open at its last China moment.
    expect(ordersAsked.at(-1)).toEqual(new Date('2026-11-30T15:59:59.999Z'))
    await report('month=2026-12', 'supervisor')
    expect(ordersAsked.at(-1)).toBeUndefined()
    expect(notice.sites.map((site) => [site.rank, site.site.name, site.status])).toEqual([
      [1, '示例市人民政府', 'pass'],
      [2, '示例市发展和改革委员会', 'warning'],
      [3, '示例县人民政府', 'fail'],
    ])
    expect(notice.failingSites).toEqual([{ id: ids.county, name: '示例县人民政府', rules: ['R-VETO-HOME', 'R-MSG-3M', 'R-VETO-SECURITY'] }])
  })

  it('gives a site admin their own site’s notice, keeping its rank among the sites they supervise', async () => {
    const own = (await report('month=2026-11', 'countyAdmin')).body as unknown as ComplianceReportAnswer
    expect(asked.at(-1)?.sites).toEqual([ids.county])
    expect(own.sites.map((site) => site.site.id)).toEqual([ids.county])
    const single = (await report(`month=2026-11&site=${ids.county}`, 'admin')).body as unknown as ComplianceReportAnswer
    expect(single).toMatchObject({ site: { id: ids.county, name: '示例县人民政府' }, totals: { pass: 0, warning: 0, fail: 1 } })
    expect(single.sites[0]).toMatchObject({ rank: 3, openOrders: 2 })
    expect(single.byRule.find((rule) => rule.rule === 'R-MSG-3M')).toMatchObject({ failedSites: 1, failDays: 29 })
  })

  it('answers an xlsx workbook that reads back with the ranking, the rules, the failing sites and every day', async () => {
    const file = await api.file(`compliance/report?month=2026-11&format=xlsx`, tokens.admin)
    expect(file.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['通报', '单项指标', '不合格网站', '逐日结果'])
    const summary = workbook.getWorksheet('通报')!
    expect(summary.getCell('A1').value).toBe('全平台2026年11月政府网站检查通报')
    const rows = (summary.getSheetValues() as unknown[]).filter((row): row is unknown[] => Array.isArray(row) && typeof row[1] === 'number')
    expect(rows.map((row) => [row[1], row[2], row[4], row[7]])).toEqual([
      [1, '示例市人民政府', '合格', 0],
      [2, '示例市发展和改革委员会', '预警', 0],
      [3, '示例县人民政府', '不合格', 29],
    ])
    expect(String(rows[2]![9])).toContain('政务咨询超过3个月未答复（29 天，自 2026年11月2日）')
    const rules = workbook.getWorksheet('单项指标')!
    expect(rules.rowCount).toBe(14)
    // County fails from 11-08 after warning 11-04..07; fgw warns 10 and 11 days after 10-24, 11-05 and 11-17.
    expect(rules.getRow(2).values).toEqual([undefined, 'R-VETO-HOME', '首页栏目信息更新', '单项否决', 1, 2, 23, 4 + 6])
    expect(workbook.getWorksheet('不合格网站')!.getRow(2).getCell(1).value).toBe('示例县人民政府')
    expect(workbook.getWorksheet('逐日结果')!.rowCount).toBe(1 + 3 * 30)
  })
})
