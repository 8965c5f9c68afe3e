import { addDays, chinaDate, chinaDayEnd, COMPLIANCE_RULE_IDS, type ComplianceSiteAnswer, type ComplianceSitesAnswer } from '@govsite/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDailyInspection } from '../../src/compliance/daily-inspection'
import { setClock } from '../../src/shared/clock'
import { NOW, PASSWORD, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const DAY = 24 * 60 * 60_000
const TODAY = chinaDate(NOW)

let f: WorkflowFixture
let supervisor: string
let clock = NOW

const sites = (token: string | undefined, query = '') => f.api.rest('GET', `compliance/sites${query}`, { token })
const site = (token: string | undefined, id: string, query = '') => f.api.rest('GET', `compliance/sites/${id}${query}`, { token })
const run = (token: string | undefined, body?: unknown) => f.api.rest('POST', 'compliance/run', { token, ...(body === undefined ? {} : { body }) })
const rowOf = (answer: unknown, id: string) => (answer as ComplianceSitesAnswer).sites.find((row) => row.site.id === id)

beforeAll(async () => {
  f = await workflowFixture()
  setClock(() => clock)
  await f.payload.update({
    collection: 'sites',
    id: f.siteA,
    data: {
      status: 'online',
      siteCode: '6101000001',
      icpNumber: '陕ICP备05001234号',
      securityRecordNumber: '陕公网安备 61010202000123号',
    },
  })
  // The news column (and with it the homepage) last updated 11 days ago.
  const id = await f.draftArticle('十一天前的动态')
  const then = new Date(NOW.getTime() - 11 * DAY)
  await f.approve('articles', id, then)
  await f.act('editorA', id, 'publish', {}, then)
  await f.payload.create({
    collection: 'users',
    data: { email: 'supervisor@example.gov.cn', name: '监管人员', password: PASSWORD, platformRole: 'supervisor' },
  })
  supervisor = (await f.payload.login({ collection: 'users', data: { email: 'supervisor@example.gov.cn', password: PASSWORD } })).token ?? ''
})
afterAll(async () => {
  setClock(() => new Date())
  await f.cleanup()
})

describe('GET /api/compliance/sites (today: evaluated now from the summaries)', () => {
  it('answers every online site with each rule keyed by its id, and the others as not inspected', async () => {
    const { status, body } = await sites(f.tokenOf('platformAdmin'))
    expect(status).toBe(200)
    expect(body.date).toBe(TODAY)
    const row = rowOf(body, f.siteA)!
    expect(Object.keys(row.rules).sort()).toEqual([...COMPLIANCE_RULE_IDS].sort())
    expect(row.site).toMatchObject({ id: f.siteA, name: '示例市人民政府', kind: 'city-portal', status: 'online' })
    // R-WARN-EARLY: 11 days without homepage content is past the 10-day warning line, inside the 14-day veto.
    expect(row.rules['R-VETO-HOME'].status).toBe('warning')
    expect(row.rules['R-VETO-HOME'].forecast.failOn).toBe(addDays(TODAY, 3))
    expect(row.warning).toContain('R-VETO-HOME')
    expect(row.openOrders).toBe(0)
    expect((body as unknown as ComplianceSitesAnswer).notInspected).toEqual([{ id: f.siteB, name: '示例县人民政府', status: 'planned' }])
    expect(body.totals).toEqual({ pass: 0, warning: 0, fail: 0, [row.status]: 1 })
  })

  it('follows the clock: three days later the homepage veto fails', async () => {
    clock = new Date(NOW.getTime() + 3 * DAY)
    try {
      const row = rowOf((await sites(f.tokenOf('platformAdmin'))).body, f.siteA)!
      expect(row.rules['R-VETO-HOME'].status).toBe('fail')
      expect(row.failing).toContain('R-VETO-HOME')
      expect(row.status).toBe('fail')
    } finally {
      clock = NOW
    }
  })

  it('shows supervisors every site, site admins their own, and refuses everyone else', async () => {
    expect(rowOf((await sites(supervisor)).body, f.siteA)).toBeDefined()
    const own = await sites(f.tokenOf('siteAdminA'))
    expect(own.status).toBe(200)
    expect((own.body as unknown as ComplianceSitesAnswer).sites.map((row) => row.site.id)).toEqual([f.siteA])
    expect((own.body as unknown as ComplianceSitesAnswer).notInspected).toEqual([])
    for (const persona of ['anonymous', 'editorA', 'reviewerA', 'editorB'] as const) {
      const refused = await sites(f.tokenOf(persona))
      expect(refused.status, persona).toBe(403)
      expect(refused.body.code).toBe('compliance.forbidden')
      expect(String(refused.body.message)).toMatch(/无权/)
    }
  })

  it('refuses a malformed, impossible or future date with 400 and a Chinese message', async () => {
    for (const [query, code] of [
      ['?date=2026-13-01', 'compliance.bad_date'],
      ['?date=20261124', 'compliance.bad_date'],
      ['?date=2026-02-30', 'compliance.bad_date'],
      [`?date=${addDays(TODAY, 1)}`, 'compliance.future_date'],
    ] as const) {
      const refused = await sites(f.tokenOf('platformAdmin'), query)
      expect(refused.status, query).toBe(400)
      expect(refused.body.code, query).toBe(code)
      expect(String(refused.body.message), query).toMatch(/日期/)
    }
    expect((await site(f.tokenOf('platformAdmin'), f.siteA, '?date=x')).body.code).toBe('compliance.bad_date')
  })
})

describe('POST /api/compliance/run and past days from the snapshots', () => {
  it('is for platform admins only', async () => {
    for (const token of [supervisor, f.tokenOf('siteAdminA'), f.tokenOf('editorA'), undefined]) {
      const refused = await run(token)
      expect(refused.status).toBe(403)
      expect(refused.body.code).toBe('compliance.run_forbidden')
    }
    expect(await f.payload.count({ collection: 'inspection-snapshots', overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('refuses a bad body, an unknown site and a site that is not online', async () => {
    expect((await run(f.tokenOf('platformAdmin'), { everything: true })).body.code).toBe('compliance.bad_request')
    expect((await run(f.tokenOf('platformAdmin'), '{oops')).body.code).toBe('compliance.bad_request')
    const unknown = await run(f.tokenOf('platformAdmin'), { site: 'no-such-site' })
    expect([unknown.status, unknown.body.code]).toEqual([404, 'compliance.site_not_found'])
    const planned = await run(f.tokenOf('platformAdmin'), { site: f.siteB })
    expect([planned.status, planned.body.code]).toEqual([409, 'compliance.not_inspected'])
  })

  it('evaluates now and stores one snapshot per inspected site', async () => {
    const { status, body } = await run(f.tokenOf('platformAdmin'))
    expect(status).toBe(200)
    const { docs } = await f.payload.find({ collection: 'inspection-snapshots', depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const stored = docs[0]!
    expect(body).toEqual({ date: TODAY, evaluated: 1, totals: { pass: 0, warning: 0, fail: 0, [stored.status]: 1 } })
    expect(stored).toMatchObject({ site: f.siteA, date: TODAY, warning: expect.arrayContaining(['R-VETO-HOME']) })
    expect((docs[0]!.evaluation as { rules: Record<string, unknown> }).rules['R-VETO-HOME']).toMatchObject({ status: 'warning' })
  })

  it('shows a past day exactly as its snapshot recorded it, whatever happened since', async () => {
    clock = new Date(NOW.getTime() + 5 * DAY)
    try {
      const id = await f.draftArticle('五天后的动态')
      await f.approve('articles', id, clock)
      await f.act('editorA', id, 'publish', {}, clock)
      const today = rowOf((await sites(f.tokenOf('platformAdmin'))).body, f.siteA)!
      expect(today.rules['R-VETO-HOME'].status).toBe('pass')
      const past = await sites(f.tokenOf('platformAdmin'), `?date=${TODAY}`)
      expect(past.status).toBe(200)
      const row = rowOf(past.body, f.siteA)!
      expect(row.rules['R-VETO-HOME'].status).toBe('warning')
      expect(row.evaluatedAt).toBe(NOW.toISOString())
      expect((past.body as unknown as ComplianceSitesAnswer).notInspected.map((entry) => entry.id)).toEqual([f.siteB])

      const detail = await site(f.tokenOf('platformAdmin'), f.siteA, `?date=${TODAY}`)
      expect(detail.status).toBe(200)
      const answer = detail.body as unknown as ComplianceSiteAnswer
      expect(answer.evaluation.rules['R-VETO-HOME'].evidence.pages[0]).toMatchObject({ lastPublishedOn: addDays(TODAY, -11), daysSincePublished: 11 })
      expect(answer.trend).toEqual([{ date: TODAY, status: row.status, failing: row.failing, warning: row.warning }])
      const noSnapshot = await site(f.tokenOf('platformAdmin'), f.siteA, `?date=${addDays(TODAY, -1)}`)
      expect([noSnapshot.status, noSnapshot.body.code]).toEqual([404, 'compliance.no_snapshot'])
    } finally {
      clock = NOW
    }
  })

  it('answers a site drill-down today with evidence and forecast, to those who may see the site', async () => {
    const detail = await site(supervisor, f.siteA)
    expect(detail.status).toBe(200)
    const answer = detail.body as unknown as ComplianceSiteAnswer
    expect(answer.evaluation.siteId).toBe(f.siteA)
    expect(answer.evaluation.rules['R-VETO-NEWS-COLS'].evidence.counted).toBeGreaterThan(0)
    expect((await site(f.tokenOf('siteAdminA'), f.siteA)).status).toBe(200)
    expect((await site(f.tokenOf('siteAdminA'), f.siteB)).body.code).toBe('compliance.forbidden')
    expect((await site(f.tokenOf('editorA'), f.siteA)).status).toBe(403)
    expect((await site(f.tokenOf('platformAdmin'), f.siteB)).body.code).toBe('compliance.not_inspected')
    expect((await site(f.tokenOf('platformAdmin'), 'no-such-site')).status).toBe(404)
  })
})

describe('the daily inspection job', () => {
  it('inspects once per China day, whenever it first runs that day', async () => {
    const tomorrow = new Date(NOW.getTime() + DAY)
    const first = await runDailyInspection(f.payload, tomorrow)
    expect(first?.sites.map((evaluation) => evaluation.siteId)).toEqual([f.siteA])
    expect(await runDailyInspection(f.payload, new Date(tomorrow.getTime() + 60 * 60_000))).toBeNull()
    const stored = await f.payload.find({ collection: 'inspection-snapshots', where: { date: { equals: addDays(TODAY, 1) } }, overrideAccess: true })
    expect(stored.totalDocs).toBe(1)
    expect(await runDailyInspection(f.payload, new Date(tomorrow.getTime() + DAY))).not.toBeNull()
  })
})

describe('alerts after an inspection', () => {
  it('tell each site only the rules that rose since its latest snapshot', async () => {
    const levels = (snapshot: { failing: unknown; warning: unknown }) =>
      new Map([...(snapshot.warning as string[]).map((rule) => [rule, 1] as const), ...(snapshot.failing as string[]).map((rule) => [rule, 2] as const)])
    const snapshotOn = async (date: string) =>
      (
        await f.payload.find({
          collection: 'inspection-snapshots',
          where: { site: { equals: f.siteA }, date: { equals: date } },
          sort: '-createdAt',
          overrideAccess: true,
        })
      ).docs[0]!
    const alertedOn = async (date: string) => {
      const { docs } = await f.payload.find({
        collection: 'notification-sends',
        where: { site: { equals: f.siteA }, dedupeKey: { contains: `|${date}` }, kind: { in: ['compliance-warning', 'compliance-veto', 'site-unreachable'] } },
        pagination: false,
        overrideAccess: true,
      })
      return [...new Set(docs.map((send) => send.dedupeKey.split('|')[1]))].sort()
    }
    let before = levels(await snapshotOn(TODAY))
    expect(await alertedOn(TODAY)).toEqual([...before.keys()].sort())
    for (const date of [addDays(TODAY, 1), addDays(TODAY, 2)]) {
      const after = levels(await snapshotOn(date))
      expect(await alertedOn(date)).toEqual(
        [...after]
          .filter(([rule, level]) => level > (before.get(rule) ?? 0))
          .map(([rule]) => rule)
          .sort(),
      )
      before = after
    }
  })
})

describe('inspection snapshots are append-only', () => {
  it('refuses creating, changing and deleting them on every API, trusted server code included', async () => {
    const { docs } = await f.payload.find({ collection: 'inspection-snapshots', overrideAccess: true, limit: 1 })
    const snapshot = docs[0]!
    const admin = f.tokenOf('platformAdmin')
    expect(
      (
        await f.api.rest('POST', 'inspection-snapshots', {
          token: admin,
          body: { site: f.siteA, date: TODAY, status: 'pass', failing: [], warning: [], evaluation: {} },
        })
      ).status,
    ).toBe(403)
    expect((await f.api.rest('PATCH', `inspection-snapshots/${snapshot.id}`, { token: admin, body: { status: 'pass' } })).status).toBe(403)
    expect((await f.api.rest('DELETE', `inspection-snapshots/${snapshot.id}`, { token: admin })).status).toBe(403)
    await expect(
      f.payload.update({ collection: 'inspection-snapshots', id: snapshot.id, data: { status: 'pass' }, overrideAccess: true }),
    ).rejects.toMatchObject({
      status: 403,
    })
    await expect(f.payload.delete({ collection: 'inspection-snapshots', id: snapshot.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    expect((await f.payload.findByID({ collection: 'inspection-snapshots', id: snapshot.id, overrideAccess: true })).status).toBe(snapshot.status)
  })

  it('lets supervisors read all, a site admin only their own sites, and editors none', async () => {
    expect((await f.api.rest('GET', 'inspection-snapshots', { token: supervisor })).body.totalDocs).toBeGreaterThan(0)
    expect((await f.api.rest('GET', 'inspection-snapshots', { token: f.tokenOf('siteAdminA') })).body.totalDocs).toBeGreaterThan(0)
    expect((await f.api.rest('GET', 'inspection-snapshots', { token: f.tokenOf('editorA') })).status).toBe(403)
    expect((await f.api.rest('GET', 'inspection-snapshots', {})).status).toBe(403)
  })
})

describe('open rectification orders on a past day', () => {
  it('counts the orders open at the end of the day asked, not those open today', async () => {
    clock = new Date(NOW.getTime() + 10 * DAY)
    try {
      const { docs } = await f.payload.find({
        collection: 'rectification-orders',
        where: { site: { equals: f.siteA } },
        pagination: false,
        overrideAccess: true,
      })
      // The homepage's order, opened on the first day, was closed by the next day's inspection.
      const home = docs.find((order) => order.rule === 'R-VETO-HOME')!
      expect(home).toMatchObject({ state: 'fixed', closedAt: new Date(NOW.getTime() + DAY).toISOString() })
      expect(home.history![0]).toMatchObject({ action: 'issue', at: NOW.toISOString() })
      const openAt = (instant: Date) =>
        docs.filter((order) => new Date(order.history![0]!.at) <= instant && (!order.closedAt || new Date(order.closedAt) > instant)).length
      const today = rowOf((await sites(f.tokenOf('platformAdmin'))).body, f.siteA)!.openOrders
      expect(today).toBe(docs.filter((order) => order.state !== 'fixed' && order.state !== 'dismissed').length)
      const pastDay = rowOf((await sites(f.tokenOf('platformAdmin'), `?date=${TODAY}`)).body, f.siteA)!.openOrders
      expect(pastDay).toBe(openAt(chinaDayEnd(TODAY)))
      expect(pastDay).not.toBe(today)
      const detail = (await site(f.tokenOf('platformAdmin'), f.siteA, `?date=${TODAY}`)).body as unknown as ComplianceSiteAnswer
      expect(detail.openOrders).toBe(pastDay)
    } finally {
      clock = NOW
    }
  })
})
