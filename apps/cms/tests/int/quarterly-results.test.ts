import { plainText, type ComplianceReportAnswer, type QuarterlyNotice, type QuarterlyResultAnswer } from '@govsite/domain'
import ExcelJS from 'exceljs'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runInspection } from '../../src/compliance/run-inspection'
import { setClock } from '../../src/shared/clock'
import { ReviewQueues } from '../../src/workflow/admin/review-queues'
import { FULL_CHECKLIST, PASSWORD, workflowFixture, type WorkflowFixture } from './workflow-fixture'

let f: WorkflowFixture
let supervisor: string
/** After the fourth quarter of 2026: 2027-01-05 10:00 China time. */
const AFTER_Q4 = new Date('2027-01-05T02:00:00.000Z')
let clock = AFTER_Q4

type QuarterAnswer = ComplianceReportAnswer & QuarterlyNotice

const report = (query: string, token = f.tokenOf('platformAdmin')) => f.api.rest('GET', `compliance/report?${query}`, { token })
const ask = (body: unknown, token = f.tokenOf('platformAdmin')) => f.api.rest('POST', 'compliance/quarterly-results', { token, body })
const setResultsColumn = (value: string | null) =>
  f.payload.updateGlobal({ slug: 'compliance-settings', data: { quarterlyResultsColumn: value }, overrideAccess: true })

beforeAll(async () => {
  f = await workflowFixture()
  setClock(() => clock)
  const registration = { siteCode: '6101000001', icpNumber: '陕ICP备05001234号', securityRecordNumber: '陕公网安备 61010202000123号' }
  await f.payload.update({ collection: 'sites', id: f.siteA, data: { status: 'online', ...registration } })
  await f.payload.update({ collection: 'sites', id: f.siteB, data: { status: 'online', ...registration, siteCode: '6101000002' } })
  await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: '政策文件', slug: 'policies', kind: 'policy' } })
  await f.payload.create({
    collection: 'users',
    data: { email: 'supervisor@example.gov.cn', name: '监管人员', password: PASSWORD, platformRole: 'supervisor' },
  })
  supervisor = (await f.payload.login({ collection: 'users', data: { email: 'supervisor@example.gov.cn', password: PASSWORD } })).token ?? ''
  // The daily inspection at the edges of the fourth quarter, in China time (UTC+8).
  for (const instant of ['2026-09-30T15:59:00.000Z', '2026-09-30T16:00:00.000Z', '2026-12-31T15:59:00.000Z', '2026-12-31T16:00:00.000Z'])
    await runInspection(f.payload, new Date(instant))
})

afterAll(async () => {
  setClock(() => new Date())
  await f?.cleanup()
})

describe('the quarter’s result from the stored snapshots (R-INSPECT-CYCLE 季度检查结果)', () => {
  it('counts the snapshots of the quarter’s first and last China day, and not those of the days around it', async () => {
    const { status, body } = await report('quarter=2026-Q4')
    expect(status).toBe(200)
    const answer = body as unknown as QuarterAnswer
    expect(answer).toMatchObject({ quarter: '2026-Q4', from: '2026-10-01', to: '2026-12-31', daysInspected: 2, toleratedFailDays: 5 })
    expect(answer.sites.map((entry) => entry.site.id).sort()).toEqual([f.siteA, f.siteB].sort())
    for (const entry of answer.sites) expect(entry.daily.map((day) => day.date)).toEqual(['2026-10-01', '2026-12-31'])
    const third = (await report('quarter=2026-Q3')).body as unknown as QuarterAnswer
    expect(third.sites[0]!.daily.map((day) => day.date)).toEqual(['2026-09-30'])
    const next = (await report('quarter=2027-Q1')).body as unknown as QuarterAnswer
    expect(next.sites[0]!.daily.map((day) => day.date)).toEqual(['2027-01-01'])
  })

  it('fails a site whose quarter ends failing: the empty portal fails the homepage rule on 12-31', async () => {
    const answer = (await report('quarter=2026-Q4')).body as unknown as QuarterAnswer
    const portal = answer.sites.find((entry) => entry.site.id === f.siteA)!
    expect(portal.daily.at(-1)).toMatchObject({ date: '2026-12-31', status: 'fail', failing: expect.arrayContaining(['R-VETO-HOME']) })
    expect(portal.status).toBe('fail')
    expect(answer.failingSites.map((site) => site.id)).toContain(f.siteA)
    expect(answer.totals.warning).toBe(0)
  })

  it('downloads the quarter as a workbook that says it is the quarter’s result', async () => {
    const file = await f.api.file('compliance/report?quarter=2026-Q4&format=xlsx', f.tokenOf('platformAdmin'))
    expect(file.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('通报')!
    expect(String(sheet.getCell('A1').value)).toBe('全平台2026年第四季度政府网站检查结果')
    expect(String(sheet.getCell('A3').value)).toMatch(/不合格超过 5 天/)
    const header = sheet.getRow(6).values as unknown[]
    expect(header).toContain('季度结果')
  })

  it('refuses a bad quarter, a month and a quarter at once, and neither', async () => {
    for (const query of ['quarter=2026-Q5', 'quarter=2026-4', 'quarter=Q4'])
      expect((await report(query)).body, query).toMatchObject({ code: 'compliance.bad_quarter', message: expect.stringMatching(/季度/) })
    expect((await report('quarter=2026-Q4&month=2026-11')).body).toMatchObject({ code: 'compliance.bad_quarter' })
    expect((await report('')).body).toMatchObject({ code: 'compliance.bad_month', message: expect.stringMatching(/季度/) })
  })
})

describe('POST /api/compliance/quarterly-results (季公开 through the review workflow)', () => {
  it('is refused to editors, reviewers, site admins, supervisors (read-only) and anonymous users', async () => {
    for (const token of [f.tokenOf('editorA'), f.tokenOf('reviewerA'), f.tokenOf('siteAdminA'), supervisor]) {
      const refused = await ask({ quarter: '2026-Q4' }, token)
      expect([refused.status, refused.body.code]).toEqual([403, 'compliance.publish_forbidden'])
      expect(String(refused.body.message)).toMatch(/平台管理员/)
    }
    const anonymous = await f.api.rest('POST', 'compliance/quarterly-results', { body: { quarter: '2026-Q4' } })
    expect([anonymous.status, anonymous.body.code]).toEqual([403, 'auth.login_required'])
  })

  it('refuses a malformed request and a quarter that is not over yet', async () => {
    for (const body of [{ quarter: '2026-Q5' }, { quarter: 4 }, {}, { quarter: '2026-Q4', site: f.siteA }, '{oops'] as unknown[]) {
      const refused = await ask(body)
      expect([refused.status, refused.body.code], JSON.stringify(body)).toEqual([400, 'compliance.bad_quarter'])
      expect(String(refused.body.message)).toMatch(/[\u4e00-\u9fff]/)
    }
    clock = new Date('2026-12-31T15:59:00.000Z')
    try {
      const refused = await ask({ quarter: '2026-Q4' })
      expect([refused.status, refused.body.code]).toEqual([409, 'compliance.quarter_not_over'])
      expect(String(refused.body.message)).toContain('2026年第四季度尚未结束')
    } finally {
      clock = AFTER_Q4
    }
  })

  it('refuses with 409 a finished quarter without any inspection', async () => {
    const refused = await ask({ quarter: '2026-Q2' })
    expect([refused.status, refused.body.code]).toEqual([409, 'compliance.quarter_not_inspected'])
    expect(String(refused.body.message)).toContain('2026年第二季度没有检查记录')
  })

  it('refuses with 409 while no column can take the result, and leaves nothing behind', async () => {
    const missing = await ask({ quarter: '2026-Q4' })
    expect([missing.status, missing.body.code]).toEqual([409, 'compliance.results_column_missing'])
    expect(String(missing.body.message)).toContain('通知公告')
    await setResultsColumn('portal/no-such-column')
    expect((await ask({ quarter: '2026-Q4' })).body).toMatchObject({
      code: 'compliance.results_column_missing',
      message: expect.stringContaining('portal/no-such-column'),
    })
    await setResultsColumn('portal/policies')
    expect((await ask({ quarter: '2026-Q4' })).body).toMatchObject({ code: 'compliance.results_column_missing', message: expect.stringContaining('政策文件') })
    await setResultsColumn(null)
    for (const collection of ['notices', 'media', 'quarterly-results'] as const)
      expect((await f.payload.count({ collection, overrideAccess: true })).totalDocs, collection).toBe(0)
    const badSetting = await f.api.rest('POST', 'globals/compliance-settings', {
      token: f.tokenOf('platformAdmin'),
      body: { quarterlyResultsColumn: '通知公告' },
    })
    expect(badSetting.status).toBe(400)
  })

  describe('with the portal’s first-level 通知公告 column', () => {
    let notices: string
    let answer: QuarterlyResultAnswer

    beforeAll(async () => {
      notices = (await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: '通知公告', slug: 'notices', kind: 'notices' } })).id
    })

    it('drafts the public result as a notice there, with the workbook attached, and submits it for review', async () => {
      const { status, body } = await ask({ quarter: '2026-Q4' })
      expect(status).toBe(201)
      answer = body as unknown as QuarterlyResultAnswer
      expect(answer).toMatchObject({
        quarter: '2026-Q4',
        collection: 'notices',
        reviewState: 'in_review',
        revision: false,
        title: '2026年第四季度政府网站检查结果公开',
      })
      expect(answer.adminPath).toBe(`/admin/collections/notices/${answer.id}`)

      const draft = await f.payload.findByID({ collection: 'notices', id: answer.id, draft: true, depth: 1, overrideAccess: true })
      expect(draft).toMatchObject({ site: f.siteA, column: notices, kind: 'general', reviewState: 'in_review' })
      const text = plainText(draft.body)
      expect(text).toContain('2026年10月1日至2026年12月31日')
      expect(text).toContain('示例市人民政府（市政府门户）：不合格')
      expect(text).toContain('不合格超过 5 天')
      expect(text).toMatch(/二、不合格网站及主要问题.*示例市人民政府：首页栏目信息更新/s)
      const [attachment] = draft.attachments as { id: string; mimeType: string; filename: string; url: string }[]
      expect(attachment).toMatchObject({ mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
      const file = await f.api.file(`media/file/${attachment!.filename}`, f.tokenOf('platformAdmin'))
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer)
      expect(String(workbook.getWorksheet('通报')!.getCell('A1').value)).toBe('全平台2026年第四季度政府网站检查结果')
    })

    it('lands in the portal reviewer’s queue, not in the public, and the requester cannot approve it', async () => {
      const reviewer = await f.userDoc('reviewerA')
      const queue = renderToStaticMarkup((await ReviewQueues({ payload: f.payload, user: { ...reviewer, collection: 'users' }, i18n: {} as never }))!)
      expect(queue).toContain('2026年第四季度政府网站检查结果公开')
      expect((await f.api.rest('GET', `notices/${answer.id}`)).status).toBe(404)
      await expect(f.actOn('platformAdmin', 'notices', answer.id, 'approve', { checklist: FULL_CHECKLIST }, clock)).rejects.toMatchObject({
        data: { code: 'workflow.self_review' },
      })
    })

    it('is asked for once while under review: a second request is 409 naming the draft', async () => {
      const again = await ask({ quarter: '2026-Q4' })
      expect([again.status, again.body.code]).toEqual([409, 'compliance.quarterly_pending'])
      expect(String(again.body.message)).toContain('待审核')
      expect(again.body.findings).toEqual([{ collection: 'notices', id: answer.id, adminPath: answer.adminPath }])
      expect((await f.payload.count({ collection: 'notices', overrideAccess: true })).totalDocs).toBe(1)
    })

    it('is published by the normal workflow: the reviewer approves, the editor publishes, visitors read it', async () => {
      await f.actOn('reviewerA', 'notices', answer.id, 'approve', { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } }, clock)
      expect((await ask({ quarter: '2026-Q4' })).body.code).toBe('compliance.quarterly_pending')
      const published = await f.actOn('editorA', 'notices', answer.id, 'publish', {}, clock)
      expect(published.reviewState).toBe('published')
      const visitor = await f.api.rest('GET', `notices/${answer.id}?depth=1`)
      expect(visitor.status).toBe(200)
      expect(visitor.body).toMatchObject({ title: '2026年第四季度政府网站检查结果公开', site: f.siteA })
      expect(plainText(visitor.body.body)).toContain('一、检查结果')
      const listed = await f.api.rest('GET', `notices?where[column][equals]=${notices}`)
      expect((listed.body.docs as { id: string }[]).map((doc) => doc.id)).toEqual([answer.id])
      const [attachment] = visitor.body.attachments as { filename: string }[]
      expect((await f.api.file(`media/file/${attachment!.filename}`)).status).toBe(200)
    })

    it('after publication, a new request revises the same notice with a new draft the public does not see until approved', async () => {
      clock = new Date('2027-01-20T02:00:00.000Z')
      try {
        const liveAttachments = (await f.api.rest('GET', `notices/${answer.id}`)).body.attachments
        const { status, body } = await ask({ quarter: '2026-Q4' })
        expect(status).toBe(201)
        expect(body).toMatchObject({ id: answer.id, collection: 'notices', reviewState: 'in_review', revision: true })
        expect((await f.payload.count({ collection: 'notices', overrideAccess: true })).totalDocs).toBe(1)
        // The revision carries a freshly generated workbook; visitors still get the approved version's.
        const draft = await f.payload.findByID({ collection: 'notices', id: answer.id, draft: true, depth: 0, overrideAccess: true })
        expect(draft.attachments).toHaveLength(1)
        expect(draft.attachments).not.toEqual(liveAttachments)
        expect((await f.api.rest('GET', `notices/${answer.id}`)).body.attachments).toEqual(liveAttachments)
        const records = await f.payload.find({ collection: 'quarterly-results', overrideAccess: true })
        expect(records.docs.map((record) => [record.quarter, record.documentId, record.revisions])).toEqual([['2026-Q4', answer.id, 1]])
        expect((await ask({ quarter: '2026-Q4' })).body.code).toBe('compliance.quarterly_pending')
      } finally {
        clock = AFTER_Q4
      }
    })

    it('lets supervisors read which document carries each quarter, and nobody write it', async () => {
      expect((await f.api.rest('GET', 'quarterly-results', { token: supervisor })).body.totalDocs).toBe(1)
      expect((await f.api.rest('GET', 'quarterly-results', { token: f.tokenOf('siteAdminA') })).status).toBe(403)
      const write = await f.api.rest('POST', 'quarterly-results', {
        token: f.tokenOf('platformAdmin'),
        body: { quarter: '2027-Q1', title: 'x', documentCollection: 'notices', documentId: 'x', requestedAt: AFTER_Q4.toISOString() },
      })
      expect(write.status).toBe(403)
    })
  })
})
