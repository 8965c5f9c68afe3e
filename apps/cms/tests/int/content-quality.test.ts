import { DEFAULT_COMPLIANCE_SETTINGS, evaluateSite } from '@govsite/domain'
import { startMailReceiver, type MailReceiver } from '@govsite/node-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSiteInputs } from '../../src/compliance/site-inputs'
import { runQualityChecks } from '../../src/content-quality/recheck-job'
import { syncRectificationOrders } from '../../src/rectification/sync-rectification-orders'
import { setClock } from '../../src/shared/clock'
import { NOW, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const MAIL_ENV = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'MAIL_FROM', 'CMS_PUBLIC_URL'] as const
const HOUR = 60 * 60_000
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR)

const block = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }
const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const body = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    ...block,
    children: paragraphs.map((value) => ({ type: 'paragraph', ...block, textFormat: 0, textStyle: '', children: [text(value)] })),
  },
})

const SERIOUS = '张三市长 => 张三副市长\n主席 => 副主席'
const TYPOS = '再接再励 => 再接再厉'

let f: WorkflowFixture
let receiver: MailReceiver
let clock = at(0)

beforeAll(async () => {
  receiver = await startMailReceiver()
  Object.assign(process.env, {
    SMTP_HOST: receiver.host,
    SMTP_PORT: String(receiver.port),
    SMTP_SECURE: 'none',
    MAIL_FROM: '示例市政府网站群 <noreply@example.gov.cn>',
    CMS_PUBLIC_URL: 'https://cms.example.gov.cn',
  })
  f = await workflowFixture()
  setClock(() => clock)
})
afterAll(async () => {
  setClock(() => new Date())
  await f?.cleanup()
  await receiver?.close()
  for (const name of MAIL_ENV) delete process.env[name]
})

const saveLists = (lists: { seriousErrors?: string; typos?: string }) =>
  f.api.rest('POST', 'globals/content-check-settings', { token: f.tokenOf('platformAdmin'), body: lists })

async function published(title: string, paragraphs: string[], when: Date): Promise<string> {
  clock = when
  const id = await f.draftArticle(title, { body: body(...paragraphs) })
  await f.approve('articles', id, when)
  await f.act('editorA', id, 'publish', {}, when)
  return id
}

/** Correct a published article: a draft edit, reviewed and published again. */
async function corrected(id: string, paragraphs: string[], when: Date): Promise<void> {
  clock = when
  const user = await f.userDoc('editorA')
  await f.payload.update({ collection: 'articles', id, data: { body: body(...paragraphs) }, draft: true, user, overrideAccess: false })
  await f.approve('articles', id, when)
  await f.act('editorA', id, 'publish', {}, when)
}

const findingsOf = async (documentId: string) =>
  (
    await f.payload.find({
      collection: 'content-quality-findings',
      where: { documentId: { equals: documentId } },
      sort: 'wrong',
      depth: 0,
      overrideAccess: true,
    })
  ).docs
const openFindingsOf = async (documentId: string) => (await findingsOf(documentId)).filter((row) => !row.resolvedAt)

async function evaluateSiteA(now: Date) {
  const [input] = await buildSiteInputs(f.payload, now, [f.siteA])
  return evaluateSite(input!, now, DEFAULT_COMPLIANCE_SETTINGS)
}

describe('the 严重错误 and 错别字 lists in the 预审词库', () => {
  it('refuses a malformed line with 400, a stable code and the line in Chinese, and keeps the lists as they were', async () => {
    const refused = await saveLists({ seriousErrors: '张三市长 => 张三副市长\n李四局长' })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ code: 'content_quality.term_list_invalid' })
    expect(String(refused.body.message)).toContain('第 2 行“李四局长”：缺少“=>”或“→”')
    const settings = await f.payload.findGlobal({ slug: 'content-check-settings', overrideAccess: true })
    expect(settings.seriousErrors ?? null).toBeNull()
  })

  it('lets only platform admins edit them', async () => {
    const denied = await f.api.rest('POST', 'globals/content-check-settings', { token: f.tokenOf('siteAdminA'), body: { typos: TYPOS } })
    expect(denied.status).toBe(403)
    expect((await saveLists({ seriousErrors: SERIOUS, typos: TYPOS })).status).toBe(200)
    // Saving the lists queued a re-check; nothing is published yet, so it finds nothing.
    expect(await runQualityChecks(f.payload, at(0))).toBeGreaterThan(0)
  })
})

describe('published content checked against the lists (R-DAILY-INSPECT, R-VETO-SECURITY)', () => {
  let wrongTitle: string
  let clean: string

  it('opens a finding naming the document, column, site, editor and the wording when a serious error is published, and alerts at once', async () => {
    const mailsBefore = receiver.received.length
    wrongTitle = await published('全市安全生产工作会议召开', ['会议由张三市长主持，李四副主席出席。', '全市上下要再接再励。'], at(1))
    const rows = await openFindingsOf(wrongTitle)
    expect(rows.map((row) => [row.list, row.wrong, row.right, row.excerpt])).toEqual([
      ['typo', '再接再励', '再接再厉', '再接再励'],
      ['serious', '张三市长', '张三副市长', '张三市长'],
    ])
    expect(rows.find((row) => row.list === 'serious')).toMatchObject({
      site: f.siteA,
      documentCollection: 'articles',
      documentTitle: '全市安全生产工作会议召开',
      column: f.columnA,
      editor: f.users.editorA.id,
      field: '正文',
      adminPath: `/admin/collections/articles/${wrongTitle}`,
      firstFoundAt: at(1).toISOString(),
    })
    // 主席 inside the right form 副主席 is not reported.
    expect(rows.some((row) => row.wrong === '主席')).toBe(false)

    const inbox = await f.payload.find({
      collection: 'notifications',
      where: { and: [{ kind: { equals: 'serious-error' } }, { recipient: { equals: f.users.editorA.id } }] },
      overrideAccess: true,
    })
    expect(inbox.docs).toHaveLength(1)
    expect(inbox.docs[0]).toMatchObject({ link: `/admin/collections/articles/${wrongTitle}`, urgent: true })
    expect(inbox.docs[0]!.body).toContain('“张三市长”，应为“张三副市长”')
    const mails = receiver.received.slice(mailsBefore).filter((mail) => mail.subject.includes('发现严重错误'))
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(['editora@example.gov.cn', 'siteadmina@example.gov.cn'])
    expect(mails[0]!.subject).toBe('GovSite：示例市人民政府发现严重错误：“张三市长”应为“张三副市长”')
  })

  it('makes the security rule warn with the serious error and the content quality rule warn with the misspelling', async () => {
    const evaluation = await evaluateSiteA(at(2))
    const security = evaluation.rules['R-VETO-SECURITY']
    expect(security.status).toBe('warning')
    expect(security.evidence.findings).toMatchObject([
      { kind: 'serious-error', detail: '《全市安全生产工作会议召开》中“张三市长”应为“张三副市长”', documentId: wrongTitle, columnId: f.columnA },
    ])
    const quality = evaluation.rules['R-DAILY-INSPECT']
    expect(quality.status).toBe('warning')
    expect(quality.evidence.findings).toMatchObject([{ wrong: '再接再励', right: '再接再厉', documentId: wrongTitle }])
    // Not handled within the 24 hours: the veto.
    expect((await evaluateSiteA(at(26))).rules['R-VETO-SECURITY'].status).toBe('fail')
  })

  it('turns both into rectification orders through the inspection’s sync', async () => {
    await syncRectificationOrders(f.payload, [await evaluateSiteA(at(2))], at(2))
    const { docs } = await f.payload.find({ collection: 'rectification-orders', where: { site: { equals: f.siteA } }, depth: 0, overrideAccess: true })
    const rules = docs.filter((order) => order.rule === 'R-VETO-SECURITY' || order.rule === 'R-DAILY-INSPECT').map((order) => [order.rule, order.state])
    expect(rules.sort()).toEqual([
      ['R-DAILY-INSPECT', 'open'],
      ['R-VETO-SECURITY', 'open'],
    ])
  })

  it('never reports drafts: neither unpublished content nor a draft edit of published content', async () => {
    clock = at(3)
    const draft = await f.draftArticle('草稿：张三市长调研', { body: body('张三市长再接再励') })
    expect(await findingsOf(draft)).toEqual([])
    clean = await published('全市冬季消防检查', ['各单位要做好冬季消防安全工作。'], at(3))
    const user = await f.userDoc('editorA')
    await f.payload.update({ collection: 'articles', id: clean, data: { body: body('张三市长检查消防工作。') }, draft: true, user, overrideAccess: false })
    expect(await findingsOf(clean)).toEqual([])
  })

  it('closes a finding when the document is corrected and published again, keeping the others', async () => {
    await corrected(wrongTitle, ['会议由张三副市长主持。', '全市上下要再接再励。'], at(4))
    const rows = await findingsOf(wrongTitle)
    expect(rows.map((row) => [row.wrong, row.resolvedAt])).toEqual([
      ['再接再励', null],
      ['张三市长', at(4).toISOString()],
    ])
    expect((await evaluateSiteA(at(4))).rules['R-VETO-SECURITY'].status).toBe('pass')
    // A past moment still shows what was open then.
    expect((await evaluateSiteA(at(2))).rules['R-VETO-SECURITY'].status).toBe('warning')
  })

  it('closes every finding of a document when it is withdrawn', async () => {
    await f.act('reviewerA', wrongTitle, 'unpublish', { comment: '内容有误' }, at(5))
    clock = at(5)
    expect(await openFindingsOf(wrongTitle)).toEqual([])
    expect((await evaluateSiteA(at(5))).rules['R-DAILY-INSPECT'].status).toBe('pass')
  })
})

describe('a change of the lists re-checks every published document (R-DAILY-INSPECT)', () => {
  let many: string[]

  it('finds a pair added to the list in documents that were fine, in batches', async () => {
    many = []
    for (let index = 0; index < 3; index++) many.push(await published(`县区动态 ${index + 1}`, [`第 ${index + 1} 篇：工作按装到位。`], at(7)))
    for (const id of many) expect(await findingsOf(id)).toEqual([])
    clock = at(8)
    expect((await saveLists({ seriousErrors: SERIOUS, typos: `${TYPOS}\n按装 => 安装` })).status).toBe(200)
    // The change only queued the re-check; the job does it.
    for (const id of many) expect(await findingsOf(id)).toEqual([])
    // Never one giant read: every read of the published articles asks for a batch of 2.
    const find = f.payload.find.bind(f.payload)
    const articleReads: (number | undefined)[] = []
    f.payload.find = ((options: Parameters<typeof find>[0]) => {
      if (options.collection === 'articles') articleReads.push(options.limit)
      return find(options)
    }) as typeof find
    try {
      expect(await runQualityChecks(f.payload, at(8), 2)).toBe(1)
    } finally {
      f.payload.find = find
    }
    expect(articleReads.length).toBeGreaterThanOrEqual(3)
    expect(new Set(articleReads)).toEqual(new Set([2]))
    for (const id of many) expect((await openFindingsOf(id)).map((row) => [row.wrong, row.right])).toEqual([['按装', '安装']])
    const [run] = (
      await f.payload.find({
        collection: 'content-quality-runs',
        where: { reason: { equals: 'lists-changed' } },
        sort: '-requestedAt',
        limit: 1,
        overrideAccess: true,
      })
    ).docs
    expect(run).toMatchObject({ finishedAt: at(8).toISOString(), findingsOpened: 3 })
    expect(run!.documentsChecked).toBe(
      (await f.payload.count({ collection: 'articles', where: { _status: { equals: 'published' } }, overrideAccess: true })).totalDocs,
    )
  })

  it('closes the findings of a pair removed from the list', async () => {
    clock = at(9)
    expect((await saveLists({ seriousErrors: SERIOUS, typos: TYPOS })).status).toBe(200)
    await runQualityChecks(f.payload, at(9))
    for (const id of many) expect(await openFindingsOf(id)).toEqual([])
    expect((await findingsOf(many[0]!))[0]).toMatchObject({ wrong: '按装', resolvedAt: at(9).toISOString() })
  })

  it('alerts a serious error a list change reveals', async () => {
    const before = (await f.payload.count({ collection: 'notifications', where: { kind: { equals: 'serious-error' } }, overrideAccess: true })).totalDocs
    clock = at(10)
    expect((await saveLists({ seriousErrors: `${SERIOUS}\n县区动态 => 区县动态`, typos: TYPOS })).status).toBe(200)
    await runQualityChecks(f.payload, at(10))
    const afterFirst = (await f.payload.count({ collection: 'notifications', where: { kind: { equals: 'serious-error' } }, overrideAccess: true })).totalDocs
    expect(afterFirst).toBeGreaterThan(before)
    for (const id of many) expect((await openFindingsOf(id)).map((row) => row.list)).toEqual(['serious'])
  })

  it('re-checks published content against a word added to the 预审词库: prohibited content is a security finding, alerted at once', async () => {
    const id = await published('社区文化活动', ['周末举办快乐星球大转盘游园活动。'], at(10.5))
    expect(await findingsOf(id)).toEqual([])
    clock = at(10.6)
    expect(
      (await f.api.rest('POST', 'globals/content-check-settings', { token: f.tokenOf('platformAdmin'), body: { gambling: '快乐星球大转盘' } })).status,
    ).toBe(200)
    await runQualityChecks(f.payload, at(10.6))
    const [row] = await openFindingsOf(id)
    expect(row).toMatchObject({ list: 'prohibited', wrong: '快乐星球大转盘', detail: '【正文】含有赌博类违禁词“快乐星球大转盘”', field: '正文' })
    const security = (await evaluateSiteA(at(10.7))).rules['R-VETO-SECURITY'].evidence.findings.filter((finding) => finding.documentId === id)
    expect(security).toMatchObject([{ kind: 'prohibited-content', detail: '《社区文化活动》【正文】含有赌博类违禁词“快乐星球大转盘”' }])
    const inbox = await f.payload.find({
      collection: 'notifications',
      where: {
        and: [
          { kind: { equals: 'serious-error' } },
          { link: { equals: `/admin/collections/articles/${id}` } },
          { recipient: { equals: f.users.siteAdminA.id } },
        ],
      },
      overrideAccess: true,
    })
    expect(inbox.docs.map((entry) => entry.body)).toEqual(['已发布的《社区文化活动》中【正文】含有赌博类违禁词“快乐星球大转盘”。请立即删除或撤下该信息。'])
    // The word leaves the list: the finding closes.
    clock = at(10.8)
    expect((await f.api.rest('POST', 'globals/content-check-settings', { token: f.tokenOf('platformAdmin'), body: { gambling: '' } })).status).toBe(200)
    await runQualityChecks(f.payload, at(10.8))
    expect(await openFindingsOf(id)).toEqual([])
  })

  it('runs the daily re-check once per China day without a change of the lists', async () => {
    const daily = () => f.payload.count({ collection: 'content-quality-runs', where: { reason: { equals: 'daily' } }, overrideAccess: true })
    // The first run of 2026-11-24 (China time) queued that day's.
    expect((await daily()).totalDocs).toBe(1)
    // at(11) is 21:00 and at(13.9) 23:54 in China: the same day; at(14) is 00:00 of the next.
    await runQualityChecks(f.payload, at(11))
    await runQualityChecks(f.payload, at(13.9))
    expect((await daily()).totalDocs).toBe(1)
    await runQualityChecks(f.payload, at(14))
    expect((await daily()).totalDocs).toBe(2)
  })
})

describe('snapshots stored before the content quality rule', () => {
  it('answer their day without it as passed, for the platform table and the drill-down', async () => {
    const evaluation = JSON.parse(JSON.stringify(await evaluateSiteA(at(0)))) as { rules: Record<string, unknown>; status: string }
    delete evaluation.rules['R-DAILY-INSPECT']
    await f.payload.create({
      collection: 'inspection-snapshots',
      data: { site: f.siteA, date: '2026-11-20', status: evaluation.status as 'pass', failing: [], warning: [], evaluation },
      overrideAccess: true,
    })
    const token = f.tokenOf('platformAdmin')
    const table = await f.api.rest('GET', 'compliance/sites?date=2026-11-20', { token })
    expect(table.status).toBe(200)
    const [row] = table.body.sites as { rules: Record<string, { status: string; summary: string }> }[]
    expect(row!.rules['R-DAILY-INSPECT']).toEqual({ status: 'pass', summary: '当日尚未检查内容质量', forecast: { warnOn: null, failOn: null } })
    const detail = await f.api.rest('GET', `compliance/sites/${f.siteA}?date=2026-11-20`, { token })
    expect(detail.status).toBe(200)
    expect((detail.body.evaluation as { rules: Record<string, { status: string }> }).rules['R-DAILY-INSPECT']!.status).toBe('pass')
  })
})

describe('who reads the findings', () => {
  it('lets platform admins and the site’s admins read them, not editors, reviewers or visitors; nobody writes them', async () => {
    expect((await f.api.rest('GET', 'content-quality-findings', { token: f.tokenOf('platformAdmin') })).body.totalDocs).toBeGreaterThan(0)
    expect((await f.api.rest('GET', 'content-quality-findings', { token: f.tokenOf('siteAdminA') })).body.totalDocs).toBeGreaterThan(0)
    for (const persona of ['anonymous', 'editorA', 'reviewerA', 'editorB'] as const) {
      expect((await f.api.rest('GET', 'content-quality-findings', { token: f.tokenOf(persona) })).status, persona).toBe(403)
    }
    const created = await f.api.rest('POST', 'content-quality-findings', {
      token: f.tokenOf('platformAdmin'),
      body: { site: f.siteA, key: 'x', list: 'typo', wrong: 'a', right: 'b' },
    })
    expect(created.status).toBe(403)
  })
})
