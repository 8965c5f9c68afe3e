import { DEFAULT_COMPLIANCE_SETTINGS, type ComplianceSiteAnswer } from '@govsite/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { setClock } from '../../src/shared/clock'
import { interactionFixture, type InteractionFixture } from './interaction-fixture'
import { PASSWORD } from './workflow-fixture'

const DAY = 24 * 60 * 60_000
const START = new Date('2026-11-24T02:00:00.000Z')

let f: InteractionFixture
let supervisor: string

const evaluation = async (now: Date) => {
  f.at(now)
  const { status, body } = await f.api.rest('GET', `compliance/sites/${f.siteA}`, { token: f.tokenOf('platformAdmin') })
  expect(status).toBe(200)
  return (body as unknown as ComplianceSiteAnswer).evaluation
}

beforeAll(async () => {
  f = await interactionFixture()
  f.at(START)
  await f.payload.update({
    collection: 'sites',
    id: f.siteA,
    data: { status: 'online', siteCode: '6101000001', icpNumber: '陕ICP备05001234号', securityRecordNumber: '陕公网安备 61010202000123号' },
  })
  const id = await f.draftArticle('十一天前的动态')
  const then = new Date(START.getTime() - 11 * DAY)
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

describe('the compliance-settings global (R-WARN-EARLY)', () => {
  it('starts with the defaults, readable by supervisors, changed by platform admins only', async () => {
    const read = await f.api.rest('GET', 'globals/compliance-settings', { token: supervisor })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      homepageWarningDays: DEFAULT_COMPLIANCE_SETTINGS.homepageWarningDays,
      defaultUpdateInterval: { count: 6, unit: 'months' },
    })
    for (const token of [supervisor, f.tokenOf('siteAdminA')]) {
      expect((await f.api.rest('POST', 'globals/compliance-settings', { token, body: { homepageWarningDays: 12 } })).status).toBe(403)
    }
    expect((await f.api.rest('GET', 'globals/compliance-settings', { token: f.tokenOf('editorA') })).status).toBe(403)
  })

  it('refuses a warning line on or beyond its veto line, naming it in Chinese', async () => {
    const refused = await f.api.rest('POST', 'globals/compliance-settings', { token: f.tokenOf('platformAdmin'), body: { homepageWarningDays: 14 } })
    expect(refused.status).toBe(400)
    expect(refused.body.code).toBe('compliance.settings_invalid')
    const [error] = refused.body.errors as { data: { issues: { path: string; message: string }[] } }[]
    expect(error!.data.issues).toEqual([{ path: 'homepageWarningDays', message: '首页预警天数须在 1 到 13 之间（否决线为 14 天）' }])
    const badInterval = await f.api.rest('POST', 'globals/compliance-settings', {
      token: f.tokenOf('platformAdmin'),
      body: { defaultUpdateInterval: { count: 40, unit: 'months' } },
    })
    expect([badInterval.status, badInterval.body.code]).toEqual([400, 'compliance.settings_invalid'])
  })

  it('moves the warning line the evaluation uses', async () => {
    expect((await evaluation(START)).rules['R-VETO-HOME'].status).toBe('warning')
    const saved = await f.api.rest('POST', 'globals/compliance-settings', { token: f.tokenOf('platformAdmin'), body: { homepageWarningDays: 12 } })
    expect(saved.status).toBe(200)
    expect((await evaluation(START)).rules['R-VETO-HOME'].status).toBe('pass')
    expect((await evaluation(new Date(START.getTime() + DAY))).rules['R-VETO-HOME'].status).toBe('warning')
  })
})

describe('column and site supervision fields', () => {
  const patchColumn = (body: Record<string, unknown>) => f.api.rest('PATCH', `columns/${f.columnA}`, { token: f.tokenOf('siteAdminA'), body })

  it('validates an update-interval override with the domain schema', async () => {
    for (const [updateInterval, message] of [
      [{ count: 0, unit: 'days' }, '更新周期至少为 1'],
      [{ count: 400, unit: 'days' }, '更新周期最长为 366 天或 36 个月'],
      [{ count: 5, unit: null }, '更新周期的单位须为“天”或“个月”'],
    ] as const) {
      const refused = await patchColumn({ updateInterval })
      expect(refused.status, JSON.stringify(updateInterval)).toBe(400)
      expect(JSON.stringify(refused.body), JSON.stringify(updateInterval)).toContain(message)
    }
  })

  it('makes a column stale by its own interval, and an exemption takes a column out of the count', async () => {
    const special = (await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: '专题专栏', slug: 'special', kind: 'special' } })).id
    const id = await f.draftArticle('十一天前的专题', { column: special })
    const then = new Date(START.getTime() - 11 * DAY)
    await f.approve('articles', id, then)
    await f.act('editorA', id, 'publish', {}, then)
    const stale = (answer: Awaited<ReturnType<typeof evaluation>>) => answer.rules['R-VETO-STALE-10'].evidence.stale.map((column) => column.columnId)
    // The platform default (6 months) applies until the column sets its own interval.
    expect(stale(await evaluation(START))).not.toContain(special)
    const patched = await f.api.rest('PATCH', `columns/${special}`, { token: f.tokenOf('siteAdminA'), body: { updateInterval: { count: 10, unit: 'days' } } })
    expect(patched.status).toBe(200)
    expect(stale(await evaluation(START))).toContain(special)

    const counted = (await evaluation(START)).rules['R-VETO-NEWS-COLS'].evidence.counted
    expect((await patchColumn({ exemptReason: '历史专题归档' })).status).toBe(200)
    expect((await evaluation(START)).rules['R-VETO-NEWS-COLS'].evidence.counted).toBe(counted - 1)
  })

  it('keeps the homepage layout among the allowed ones and uses it', async () => {
    const bad = await f.api.rest('PATCH', `sites/${f.siteA}`, { token: f.tokenOf('platformAdmin'), body: { homepageLayout: 'portal' } })
    expect(bad.status).toBe(400)
    expect((await evaluation(START)).rules['R-VETO-HOME'].evidence.layout).toBe('content')
    expect((await f.api.rest('PATCH', `sites/${f.siteA}`, { token: f.tokenOf('platformAdmin'), body: { homepageLayout: 'navigation' } })).status).toBe(200)
    expect((await evaluation(START)).rules['R-VETO-HOME'].evidence.layout).toBe('navigation')
  })
})

describe('interaction in the site input', () => {
  it('counts an unanswered consultation (R-MSG-3M, R-MSG-5WD) and an open error report (R-ERROR-REPORT)', async () => {
    f.at(START)
    const message = await f.submitMessage()
    expect(message.status).toBe(201)
    const report = await f.service('POST', 'error-reports', { body: { site: 'portal', url: 'https://www.example.gov.cn/news/1', description: '错别字' } })
    expect(report.status).toBe(201)
    const fourMonthsLater = new Date(START.getTime() + 122 * DAY)
    const late = await evaluation(fourMonthsLater)
    expect(late.rules['R-MSG-3M'].status).toBe('fail')
    expect(late.rules['R-MSG-3M'].evidence.overdue.map((item) => item.title)).toEqual(['居住证办理咨询'])
    expect(late.rules['R-MSG-5WD'].evidence.overdue).toHaveLength(1)
    // Error reports are dated by the CMS clock on receipt (START, 2026-11-24 in China), not the row's real creation time.
    const stored = (await f.payload.find({ collection: 'error-reports', overrideAccess: true, depth: 0 })).docs[0]!
    expect(stored.receivedAt).toBe(START.toISOString())
    const lastDayInTime = await evaluation(new Date('2026-12-24T15:59:59.999Z'))
    expect(lastDayInTime.rules['R-ERROR-REPORT'].status).not.toBe('fail')
    expect(lastDayInTime.rules['R-ERROR-REPORT'].forecast.failOn).toBe('2026-12-25')
    const reportLate = await evaluation(new Date('2026-12-24T16:00:00.000Z'))
    expect(reportLate.rules['R-ERROR-REPORT'].status).toBe('fail')
    expect(reportLate.rules['R-ERROR-REPORT'].evidence.overdue[0]).toMatchObject({ url: 'https://www.example.gov.cn/news/1', receivedOn: '2026-11-24' })
    // What the visitor reported, its receipt time included, stays as reported.
    const moved = await f.api.rest('PATCH', `error-reports/${stored.id}`, { token: f.tokenOf('editorA'), body: { receivedAt: '2026-12-20T02:00:00.000Z' } })
    expect([moved.status, moved.body.code]).toEqual([403, 'error-report.report_locked'])
  })

  it('no longer counts a consultation once answered in time', async () => {
    const { docs } = await f.payload.find({ collection: 'messages', overrideAccess: true, depth: 0 })
    await f.answerMessage(docs[0]!.id, '请携带身份证和居住证明办理。', new Date(START.getTime() + DAY))
    const later = await evaluation(new Date(START.getTime() + 122 * DAY))
    expect(later.rules['R-MSG-3M'].status).toBe('pass')
    expect(later.rules['R-MSG-5WD'].evidence.overdue).toEqual([])
  })
})

describe('the supervisor role reads what supervision needs and nothing else', () => {
  it('reads every site, every column, the summaries and the snapshots', async () => {
    const sites = await f.api.rest('GET', 'sites?limit=100', { token: supervisor })
    expect((sites.body.docs as { id: string }[]).map((site) => site.id).sort()).toEqual([f.siteA, f.siteB].sort())
    const columns = await f.api.rest('GET', `columns?limit=100&where[site][equals]=${f.siteB}`, { token: supervisor })
    expect((columns.body.docs as { id: string }[]).map((column) => column.id)).toEqual([f.columnB])
    expect((await f.api.rest('GET', 'column-content-summaries', { token: supervisor })).status).toBe(200)
    expect((await f.api.rest('GET', 'inspection-snapshots', { token: supervisor })).status).toBe(200)
  })

  it('writes no content, structure or accounts, and sees no account but its own', async () => {
    const create = await f.api.rest('POST', 'articles?draft=true', { token: supervisor, body: { title: '监管人员的文章', site: f.siteA, column: f.columnA } })
    expect(create.status).toBe(403)
    expect((await f.api.rest('PATCH', `columns/${f.columnA}`, { token: supervisor, body: { name: '改名' } })).status).toBe(403)
    expect((await f.api.rest('PATCH', `sites/${f.siteA}`, { token: supervisor, body: { name: '改名' } })).status).toBe(403)
    expect((await f.api.rest('POST', 'users', { token: supervisor, body: { email: 'new@example.gov.cn', password: PASSWORD } })).status).toBe(403)
    const users = await f.api.rest('GET', 'users', { token: supervisor })
    expect(users.body.totalDocs).toBe(1)
    const drafts = await f.api.rest('GET', 'articles?draft=true', { token: supervisor })
    expect(drafts.body.totalDocs ?? 0).toBe(0)
  })
})
