import { addDays, chinaDate, COLUMN_KINDS, MIN_PIN_DAYS } from '@govsite/domain'
import type { CollectionSlug, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { evaluateNow } from '../../src/compliance/run-inspection'
import { runDailyInspection } from '../../src/compliance/daily-inspection'
import { DEMO_ARTICLES } from '../../src/seed/demo-articles'
import { DEMO_ACCOUNTS, DEMO_SITE, seedDemo } from '../../src/seed/seed-demo'
import { bootPayload, type TestPayload } from './boot-payload'

const PASSWORD = 'demo-password-2026'
const DAY_MS = 24 * 60 * 60 * 1000
const CONTENT = ['articles', 'policy-documents', 'interpretations', 'notices'] as const

describe('demo seed', () => {
  let ctx: TestPayload
  let payload: Payload
  let sites: Record<string, string>

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
    expect(await seedDemo(payload, PASSWORD)).toBe('seeded')
    const found = await payload.find({ collection: 'sites', depth: 0 })
    sites = Object.fromEntries(found.docs.map((site) => [site.slug, site.id]))
  })

  afterAll(async () => ctx?.cleanup())

  /** What a visitor sees: published versions only (no user, access enforced). */
  const visitorFind = <TSlug extends (typeof CONTENT)[number]>(collection: TSlug, where: Where = {}) =>
    payload.find({ collection, where, depth: 0, limit: 0, overrideAccess: false })

  it('creates the city portal, two department sites under it and a county portal, all online (R-SITE-DOMAIN, R-SITE-IDENT)', async () => {
    const found = await payload.find({ collection: 'sites', depth: 0, sort: 'slug' })
    expect(found.docs.map(({ slug, englishDomain, kind, status, parent }) => ({ slug, englishDomain, kind, status, parent }))).toEqual([
      { slug: 'county', englishDomain: 'www.examplecounty.gov.cn', kind: 'county-portal', status: 'online', parent: null },
      { slug: 'fgw', englishDomain: 'fgw.example.gov.cn', kind: 'department', status: 'online', parent: sites.portal },
      { slug: 'jyj', englishDomain: 'jyj.example.gov.cn', kind: 'department', status: 'online', parent: sites.portal },
      { slug: DEMO_SITE.slug, englishDomain: DEMO_SITE.domain, kind: 'city-portal', status: 'online', parent: null },
    ])
    for (const field of ['siteCode', 'securityRecordNumber', 'creditCode'] as const) {
      expect(new Set(found.docs.map((site) => site[field])).size).toBe(4)
    }
  })

  it('gives the portal a column of every kind, with 要闻 under 工作动态 (slug news)', async () => {
    const columns = await payload.find({ collection: 'columns', where: { site: { equals: sites.portal } }, depth: 0, limit: 0 })
    const kinds = new Set(columns.docs.map((column) => column.kind))
    expect(COLUMN_KINDS.filter((kind) => kind !== 'other' && !kinds.has(kind))).toEqual([])
    const bySlug = Object.fromEntries(columns.docs.map((column) => [column.slug, column]))
    expect(bySlug.news).toMatchObject({ kind: 'news', parent: null, showOnHomepage: true })
    expect(bySlug.headlines).toMatchObject({ kind: 'news', parent: bySlug.news?.id })
  })

  it('leaves no column of any site empty (R-VETO-EMPTY-5)', async () => {
    const columns = await payload.find({ collection: 'columns', depth: 0, limit: 0 })
    const filled = new Set<string>()
    for (const collection of CONTENT) {
      for (const doc of (await visitorFind(collection)).docs) filled.add(String(doc.column))
    }
    expect(columns.docs.filter((column) => !filled.has(column.id)).map((column) => column.name)).toEqual([])
  })

  it('publishes every seeded document through the workflow, readable by visitors', async () => {
    for (const collection of CONTENT) {
      const all = await payload.count({ collection })
      const visible = await visitorFind(collection)
      expect(visible.totalDocs, collection).toBe(all.totalDocs)
      expect(visible.docs.every((doc) => doc._status === 'published' && doc.reviewState === 'published' && doc.publishedAt)).toBe(true)
      const pending = await payload.find({ collection, draft: true, where: { reviewState: { not_equals: 'published' } }, limit: 0 })
      expect(pending.totalDocs, collection).toBe(0)
    }
    // The demo articles, the monitors' page of old links and 发改委's article of today (the supervision demo).
    expect((await visitorFind('articles')).totalDocs).toBe(DEMO_ARTICLES.length + 2)
    // Demo texts pass the pre-review checks cleanly: no blocking findings, nothing for reviewers to acknowledge.
    const submits = await payload.find({ collection: 'audit-logs', where: { action: { equals: 'submit' } }, depth: 0, limit: 0 })
    expect(submits.totalDocs).toBeGreaterThan(DEMO_ARTICLES.length)
    expect(submits.docs.filter((entry) => entry.findings).map((entry) => entry.summary)).toEqual([])
    expect((await visitorFind('policy-documents')).docs.every((doc) => doc.indexNumber)).toBe(true)
  })

  it('publishes the important policy together with its approved interpretations (R-POLICY-INTERP)', async () => {
    const important = await visitorFind('policy-documents', { important: { equals: true } })
    expect(important.totalDocs).toBe(1)
    const policy = important.docs[0]!
    const interpretationIds = (policy.interpretations?.docs ?? []).map(String)
    expect(interpretationIds).toHaveLength(2)
    const interpretations = await visitorFind('interpretations', { id: { in: interpretationIds } })
    expect(interpretations.docs.map((doc) => doc.form).sort()).toEqual(['graphic', 'text'])
    const together = await payload.find({
      collection: 'audit-logs',
      where: { documentId: { in: interpretationIds }, action: { equals: 'publish-with-policy' } },
      limit: 0,
    })
    expect(together.totalDocs).toBe(2)
  })

  it('marks the old parking rules revised, pointing at the published revision (R-POLICY-VALIDITY)', async () => {
    const revised = await visitorFind('policy-documents', { validity: { equals: 'revised' } })
    expect(revised.totalDocs).toBe(1)
    const replacement = await visitorFind('policy-documents', { id: { equals: revised.docs[0]!.supersededBy } })
    expect(replacement.docs[0]).toMatchObject({ validity: 'valid', title: expect.stringContaining('（修订）') })
    const reviews = await payload.count({
      collection: 'audit-logs',
      where: { documentId: { equals: revised.docs[0]!.id }, action: { equals: 'approve' } },
    })
    expect(reviews.totalDocs).toBe(2)
  })

  it('pins the county portal’s opening notice for at least 30 days from publication (R-NOTICE-30D)', async () => {
    const opening = await visitorFind('notices', { kind: { equals: 'opening' } })
    expect(opening.totalDocs).toBe(1)
    const notice = opening.docs[0]!
    expect(notice).toMatchObject({ site: sites.county, pinned: true })
    const pinnedDays = (Date.parse(notice.pinnedUntil!) - Date.parse(notice.firstPublishedAt!)) / DAY_MS
    expect(pinnedDays).toBeGreaterThanOrEqual(MIN_PIN_DAYS)
  })

  it('records each site reviewer’s approval of every document of their sites, and no editor approvals (R-ROLE-SEPARATE)', async () => {
    const users = await payload.find({ collection: 'users', depth: 0, limit: 0 })
    const idOf = Object.fromEntries(users.docs.map((user) => [user.email, user.id]))
    for (const account of DEMO_ACCOUNTS) {
      const approvals = await payload.find({
        collection: 'audit-logs',
        where: { actor: { equals: idOf[account.email] }, action: { equals: 'approve' } },
        depth: 0,
        limit: 0,
      })
      const reviewed = account.siteRoles.filter((row) => row.role === 'reviewer').map((row) => sites[row.site])
      if (reviewed.length === 0) {
        expect(approvals.totalDocs, account.email).toBe(0)
        continue
      }
      const approved = new Set(approvals.docs.map((entry) => entry.documentId))
      const documents = await Promise.all(CONTENT.map((collection) => visitorFind(collection, { site: { in: reviewed } })))
      const unapproved = documents.flatMap((found) => found.docs.map((doc) => doc.id)).filter((id) => !approved.has(id))
      expect(unapproved, account.email).toEqual([])
    }
  })

  it('seeds the interaction desk: answered messages through the workflow, an overdue one, FAQs, an open and a closed survey, error reports', async () => {
    const messages = await payload.find({ collection: 'messages', depth: 0, limit: 0, sort: 'receivedAt' })
    expect(messages.totalDocs).toBe(6)
    const answered = messages.docs.filter((message) => message._status === 'published')
    expect(answered).toHaveLength(3)
    for (const message of answered)
      expect(message).toMatchObject({ reviewState: 'published', answeredAt: expect.any(String), handlingWorkingDays: expect.any(Number) })
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    expect(messages.docs.filter((message) => !message.answeredAt && message.dueDate < today).map((message) => message.subject)).toEqual([
      '农村宅基地房屋翻建审批咨询',
      '灵活就业人员如何缴纳医保？',
    ])
    const approvals = await payload.count({
      collection: 'audit-logs',
      where: { and: [{ targetCollection: { equals: 'messages' } }, { action: { equals: 'approve' } }] },
    })
    expect(approvals.totalDocs).toBe(3)

    expect((await payload.count({ collection: 'faqs', where: { _status: { equals: 'published' } } })).totalDocs).toBe(10)
    const surveys = await payload.find({ collection: 'surveys', depth: 0, sort: 'closesAt', where: { _status: { equals: 'published' } } })
    expect(surveys.docs.map((survey) => [survey.title, Boolean(survey.resultsPublishedAt)])).toEqual([
      ['“十五五”规划编制意见征集', true],
      ['政务服务满意度调查', false],
    ])
    expect((await payload.count({ collection: 'survey-responses', where: { survey: { equals: surveys.docs[1]!.id } } })).totalDocs).toBe(3)
    expect((await payload.count({ collection: 'error-reports', where: { state: { equals: 'new' } } })).totalDocs).toBe(2)
  })

  it('lets every demo account log in with the demo password', async () => {
    const users = await payload.find({ collection: 'users', sort: 'email', depth: 0 })
    expect(users.docs.map((user) => user.email)).toEqual(DEMO_ACCOUNTS.map((account) => account.email).sort())
    for (const account of DEMO_ACCOUNTS) {
      const result = await payload.login({ collection: 'users', data: { email: account.email, password: PASSWORD } })
      expect(result.user?.email).toBe(account.email)
    }
  })

  it('shows every supervision state out of the box: 合格, 预警 a few days before a stale news column, 不合格 (R-DAILY-INSPECT)', async () => {
    const now = new Date()
    const { sites: evaluated } = await evaluateNow(payload, now)
    const bySlug = (slug: string) => evaluated.find((site) => site.siteId === sites[slug]) ?? expect.fail(slug)
    const fgw = bySlug('fgw')
    expect({ status: fgw.status, failing: fgw.failing, warning: fgw.warning }).toEqual({ status: 'pass', failing: [], warning: [] })

    const jyj = bySlug('jyj')
    expect({ status: jyj.status, failing: jyj.failing, warning: jyj.warning }).toEqual({ status: 'warning', failing: [], warning: ['R-VETO-HOME'] })
    expect(jyj.nextFailure).toMatchObject({ rule: 'R-VETO-HOME', inDays: 3 })
    const upcoming = jyj.rules['R-VETO-NEWS-COLS'].evidence.upcoming[0]
    expect(upcoming).toMatchObject({ name: '工作动态', daysUntilStale: 3, staleOn: addDays(chinaDate(now), 3) })

    const county = bySlug('county')
    expect(county.status).toBe('fail')
    expect(county.failing).toEqual(['R-VETO-HOME', 'R-MSG-3M'])
    expect(county.rules['R-VETO-NEWS-COLS'].evidence.stale.map((column) => column.name)).toContain('工作动态')
    expect(county.rules['R-MSG-3M'].evidence.overdue.map((item) => item.title)).toEqual(['农村宅基地房屋翻建审批咨询'])

    // The monitors' week before the demo: enough good checks to judge, a working channel.
    for (const site of evaluated) {
      expect(site.rules['R-VETO-AVAILABILITY'].status, site.siteName).toBe('pass')
      expect(site.rules['R-VETO-NO-CHANNEL'].status, site.siteName).toBe('pass')
    }
  })

  it('stores yesterday’s and today’s inspection, so the start-up’s daily job finds today done (R-DAILY-INSPECT)', async () => {
    const snapshots = await payload.find({ collection: 'inspection-snapshots', depth: 0, limit: 0, sort: 'createdAt' })
    const today = chinaDate(new Date())
    const statusOf = (date: string) =>
      Object.fromEntries(
        snapshots.docs.filter((doc) => doc.date === date).map((doc) => [Object.keys(sites).find((slug) => sites[slug] === doc.site), doc.status]),
      )
    expect(statusOf(addDays(today, -1))).toEqual({ portal: 'warning', fgw: 'warning', jyj: 'warning', county: 'fail' })
    expect(statusOf(today)).toEqual({ portal: 'warning', fgw: 'pass', jyj: 'warning', county: 'fail' })
    expect(await runDailyInspection(payload, new Date())).toBeNull()
  })

  it('has open rectification orders and one closed as fixed by a later check (R-INSPECT-CYCLE)', async () => {
    const orders = await payload.find({ collection: 'rectification-orders', depth: 0, limit: 0 })
    const slugOf = (id: unknown) => Object.keys(sites).find((slug) => sites[slug] === id)
    const summary = orders.docs.map((order) => `${slugOf(order.site)} ${order.rule} ${order.state}`).sort()
    expect(summary).toEqual([
      'county R-MSG-3M open',
      'county R-MSG-5WD open',
      'county R-VETO-HOME open',
      'fgw R-VETO-HOME fixed',
      'jyj R-VETO-HOME open',
      'portal R-MSG-5WD open',
    ])
    const fixed = orders.docs.find((order) => order.state === 'fixed')!
    expect(fixed.history?.map((entry) => entry.action)).toEqual(['issue', 'verify-fixed'])
    expect(chinaDate(new Date(fixed.createdAt))).toBe(chinaDate(new Date()))
  })

  it('never seeds twice', async () => {
    const collections: CollectionSlug[] = [
      'users',
      'sites',
      'columns',
      ...CONTENT,
      'messages',
      'faqs',
      'surveys',
      'survey-responses',
      'error-reports',
      'audit-logs',
      'inspection-snapshots',
      'rectification-orders',
      'availability-days',
      'channel-checks',
    ]
    const before = await Promise.all(collections.map((collection) => payload.count({ collection })))
    expect(await seedDemo(payload, PASSWORD)).toBe('skipped')
    expect(await Promise.all(collections.map((collection) => payload.count({ collection })))).toEqual(before)
  })
})
