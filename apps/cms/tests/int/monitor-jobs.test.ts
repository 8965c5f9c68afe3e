import { availabilityRule, complianceSettingsSchema, securityRule } from '@govsite/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkLinksOfSite, runDueLinkChecks } from '../../src/monitoring/link-check-job'
import { runDueAvailabilityProbes } from '../../src/monitoring/availability-job'
import { checkChannelOfSite, runDueChannelChecks } from '../../src/monitoring/channel-check-job'
import { onDangerousLink, type DangerousLinkAlert } from '../../src/monitoring/danger-alerts'
import { readMonitorFacts } from '../../src/monitoring/monitor-facts'
import { monitoredSites, type MonitoredSite } from '../../src/monitoring/monitored-sites'
import { createMonitorRuntime, type MonitorRuntime } from '../../src/monitoring/monitor-runtime'
import type { LinkFinding } from '../../src/payload-types'
import { setClock } from '../../src/shared/clock'
import { answer, htmlPage, serveLoopbackPages, silent, type LoopbackPages, type Page } from './loopback-pages'
import { serveRest, type RestServer } from './rest-server'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

const IDENTITY = { siteCode: '6101000001', icpNumber: '陕ICP备05001234号', securityRecordNumber: '陕公网安备 61010202000123号' }
const GAMBLING = '<p>欢迎来到网上赌场，真人荷官在线发牌。</p>'
/** China midnight of 2026-11-24. */
const DAY_ONE = new Date('2026-11-23T16:00:00.000Z')
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const SETTINGS = complianceSettingsSchema.parse({})

let fx: WorkflowFixture
let site: LoopbackPages
let external: LoopbackPages
let rest: RestServer
let runtime: MonitorRuntime
let article: string
const sites = new Map<string, MonitoredSite>()

/** Every 4th request to the portal's homepage fails. */
let homepageRequests = 0
const flakyHomepage: Page = (request, response) => {
  homepageRequests++
  if (homepageRequests % 4 === 0) answer(503)(request, response)
  else htmlPage(`<a href="articles/${article}">文章</a>`)(request, response)
}

const findingsOf = async (siteId: string) =>
  (await fx.payload.find({ collection: 'link-findings', where: { site: { equals: siteId } }, pagination: false, depth: 0, overrideAccess: true }))
    .docs as LinkFinding[]

beforeAll(async () => {
  fx = await workflowFixture()
  for (const id of [fx.siteA, fx.siteB]) await fx.payload.update({ collection: 'sites', id, data: { status: 'online', ...IDENTITY }, overrideAccess: true })
  // The county portal's key page: a first-level column on its homepage.
  await fx.payload.update({ collection: 'columns', id: fx.columnB, data: { showOnHomepage: true }, overrideAccess: true })
  article = await fx.articleIn('published')
  external = await serveLoopbackPages({ '/casino': htmlPage(GAMBLING), '/partner': htmlPage('<p>合作单位</p>'), '/never': silent })
  const ext = (path: string) => external.url(path, 'ext.test')
  site = await serveLoopbackPages({
    '/_site/portal/': flakyHomepage,
    [`/_site/portal/articles/${article}`]: htmlPage(`
      <a href="/_site/portal/articles/old-notice">旧通知</a>
      <a href="/_site/portal/columns/old-topic">旧专题</a>
      <a href="${ext('/never')}">无应答的系统</a>
      <a href="${ext('/casino')}">友情链接</a>
      <a href="${ext('/partner')}">合作单位</a>`),
    '/_site/portal/columns/old-topic': answer(410),
    '/_site/portal/messages/new': htmlPage('<form method="post" action="/_site/portal/messages/new"><textarea name="content"></textarea></form>'),
    '/_site/county/': htmlPage('<a href="columns/news">工作动态</a>'),
    '/_site/county/columns/news': answer(500),
  })
  rest = await serveRest(fx.config)
  runtime = createMonitorRuntime(
    {
      siteAddress: `http://127.0.0.1:${site.port}/_site/{slug}/`,
      networks: { allowLoopback: true, allowPrivate: false },
      hostAddresses: { 'ext.test': '127.0.0.1' },
      cmsUrl: rest.url,
    },
    { totalTimeoutMs: 1_500, retries: 1, wait: async () => undefined },
  )
  for (const monitored of await monitoredSites(fx.payload, runtime)) sites.set(monitored.id, monitored)
})

afterAll(async () => {
  setClock(() => new Date())
  await Promise.all([site?.close(), external?.close(), rest?.close()])
  await fx?.cleanup()
})

describe('availability probes (R-VETO-AVAILABILITY, R-DAILY-INSPECT)', () => {
  it('probes each online site at its public address with its key pages', () => {
    expect(sites.get(fx.siteA)).toMatchObject({ address: `http://127.0.0.1:${site.port}/_site/portal/`, keyPages: [] })
    expect(sites.get(fx.siteB)).toMatchObject({ address: `http://127.0.0.1:${site.port}/_site/county/`, keyPages: ['columns/news'] })
  })

  it('counts a week of checks per China day — every 4th failing is 25 %, a veto — with the failed checks as evidence', async () => {
    await fx.payload.updateGlobal({ slug: 'monitor-settings', data: { portalIntervalMinutes: 72 }, overrideAccess: true })
    let probed = 0
    for (let tick = 0; tick < 7 * 20; tick++) {
      const now = new Date(DAY_ONE.getTime() + tick * 72 * MINUTE)
      probed += await runDueAvailabilityProbes(fx.payload, runtime, now)
      // Not due again within the interval.
      if (tick % 20 === 0) expect(await runDueAvailabilityProbes(fx.payload, runtime, new Date(now.getTime() + 71 * MINUTE))).toBe(0)
    }
    expect(probed).toBe(2 * 140)
    const end = new Date(DAY_ONE.getTime() + 7 * 24 * HOUR - MINUTE)
    const facts = await readMonitorFacts(fx.payload, [fx.siteA, fx.siteB], end)
    const portal = facts.get(fx.siteA)!
    expect(portal.availability).toEqual(
      ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'].map((date) => ({ date, checks: 20, failures: 5 })),
    )
    expect(portal.failedChecks).toHaveLength(35)
    expect(portal.failedChecks[0]).toEqual({ at: new Date(DAY_ONE.getTime() + 139 * 72 * MINUTE), url: sites.get(fx.siteA)!.address, reason: 'HTTP 503' })
    const rule = availabilityRule({ ...facts.get(fx.siteA)!, site: { id: fx.siteA } } as never, end, SETTINGS)
    expect(rule).toMatchObject({ status: 'fail', evidence: { checks: 140, failures: 35, failurePercent: 25 } })
    // The county portal's key page answers 500: every check fails, with the page named.
    const county = facts.get(fx.siteB)!
    expect(county.availability.every((day) => day.checks === 20 && day.failures === 20)).toBe(true)
    expect(county.failedChecks[0]).toMatchObject({ url: `${sites.get(fx.siteB)!.address}columns/news`, reason: 'HTTP 500' })
    // A day in the past shows only what was known then.
    const dayTwo = await readMonitorFacts(fx.payload, [fx.siteA], new Date(DAY_ONE.getTime() + 36 * HOUR))
    expect(dayTwo.get(fx.siteA)!.availability.map((day) => day.date)).toEqual(['2026-11-24', '2026-11-25'])
    // 280 probes, each stored: more than the default minute on a busy machine.
  }, 240_000)

  it('probes portals every 5 minutes by default', async () => {
    await fx.payload.updateGlobal({ slug: 'monitor-settings', data: { portalIntervalMinutes: null }, overrideAccess: true })
    const later = new Date(DAY_ONE.getTime() + 30 * 24 * HOUR)
    let probed = 0
    for (let minute = 0; minute < 60; minute++) probed += await runDueAvailabilityProbes(fx.payload, runtime, new Date(later.getTime() + minute * MINUTE))
    expect(probed).toBe(2 * 12)
  })
})

describe('link checks (R-DAILY-INSPECT, R-VETO-SECURITY)', () => {
  const first = new Date(DAY_ONE.getTime() + 40 * 24 * HOUR)
  const alerts: { alert: DangerousLinkAlert; storedBefore: boolean; runStillOpen?: boolean }[] = []

  it('stores each dead, suspect and dangerous link with its document, column and editor, reporting the dangerous one at once', async () => {
    setClock(() => first)
    const stop = onDangerousLink(async (alert, payload) => {
      const stored = await payload.count({ collection: 'link-findings', where: { id: { equals: alert.findingId } }, overrideAccess: true })
      const open = await payload.count({
        collection: 'link-check-runs',
        where: { and: [{ site: { equals: alert.siteId } }, { finishedAt: { exists: false } }] },
        overrideAccess: true,
      })
      alerts.push({ alert, storedBefore: stored.totalDocs === 1, runStillOpen: open.totalDocs === 1 })
    })
    homepageRequests = 1
    await checkLinksOfSite(fx.payload, runtime, sites.get(fx.siteA)!, 'site', first)
    stop()
    const page = `${sites.get(fx.siteA)!.address}articles/${article}`
    const byTarget = new Map((await findingsOf(fx.siteA)).map((finding) => [new URL(finding.targetUrl).pathname, finding]))
    expect([...byTarget.keys()].sort()).toEqual(['/_site/portal/articles/old-notice', '/_site/portal/columns/old-topic', '/casino', '/never'])
    const owner = {
      pageUrl: page,
      documentCollection: 'articles',
      documentId: article,
      documentTitle: '关于做好冬季安全生产工作的通知',
      column: fx.columnA,
      editor: fx.users.editorA.id,
      adminPath: `/admin/collections/articles/${article}`,
      firstFoundAt: first.toISOString(),
      resolvedAt: null,
    }
    expect(byTarget.get('/_site/portal/articles/old-notice')).toMatchObject({ ...owner, outcome: 'broken-confirmed', internal: true, reasons: ['not-found'] })
    expect(byTarget.get('/_site/portal/articles/old-notice')!.detail).toBe('错链：页面不存在（404）')
    expect(byTarget.get('/_site/portal/columns/old-topic')).toMatchObject({ ...owner, outcome: 'broken-confirmed', reasons: ['gone'] })
    expect(byTarget.get('/never')).toMatchObject({ ...owner, outcome: 'broken-suspected', internal: false, reasons: ['timeout'] })
    expect(byTarget.get('/casino')).toMatchObject({ ...owner, outcome: 'danger', reasons: ['dangerous-content'] })
    expect(byTarget.get('/casino')!.detail).toMatch(/^危险链接：链接指向的页面含有赌博、色情或广告内容（.*赌场/)
    expect(alerts).toEqual([
      {
        alert: expect.objectContaining({
          findingId: String(byTarget.get('/casino')!.id),
          siteId: fx.siteA,
          pageUrl: page,
          documentId: article,
          columnId: fx.columnA,
          editorId: fx.users.editorA.id,
          adminPath: `/admin/collections/articles/${article}`,
        }),
        storedBefore: true,
        runStillOpen: true,
      },
    ])
    const facts = (await readMonitorFacts(fx.payload, [fx.siteA], first)).get(fx.siteA)!
    expect(facts.securityFindings).toEqual([
      {
        id: String(byTarget.get('/casino')!.id),
        kind: 'dangerous-link',
        foundAt: first,
        detail: expect.stringContaining(`《关于做好冬季安全生产工作的通知》链接 ${external.url('/casino', 'ext.test')}`),
        url: page,
        documentId: article,
        columnId: fx.columnA,
      },
    ])
    expect(securityRule({ ...facts } as never, first, SETTINGS).status).toBe('warning')
    expect(securityRule({ ...facts } as never, new Date(first.getTime() + 24 * HOUR), SETTINGS).status).toBe('fail')
  })

  it('resolves what a later check no longer finds, keeps what it still finds, and reports a link that turns dangerous again', async () => {
    const later = new Date(first.getTime() + 4 * HOUR)
    setClock(() => later)
    site.pages.set(
      `/_site/portal/articles/${article}`,
      htmlPage(`<a href="/_site/portal/columns/old-topic">旧专题</a><a href="${external.url('/casino', 'ext.test')}">友情链接</a>`),
    )
    external.pages.set('/casino', htmlPage('<p>本域名已由原单位续费，内容已清理。</p>'))
    homepageRequests = 1
    await checkLinksOfSite(fx.payload, runtime, sites.get(fx.siteA)!, 'site', later)
    const byTarget = new Map((await findingsOf(fx.siteA)).map((finding) => [new URL(finding.targetUrl).pathname, finding]))
    expect(byTarget.get('/_site/portal/articles/old-notice')).toMatchObject({ outcome: 'broken-confirmed', resolvedAt: later.toISOString() })
    expect(byTarget.get('/never')).toMatchObject({ outcome: 'broken-suspected', resolvedAt: later.toISOString() })
    expect(byTarget.get('/casino')).toMatchObject({ outcome: 'danger', resolvedAt: later.toISOString(), firstFoundAt: first.toISOString() })
    expect(byTarget.get('/_site/portal/columns/old-topic')).toMatchObject({
      outcome: 'broken-confirmed',
      resolvedAt: null,
      firstFoundAt: first.toISOString(),
      lastCheckedAt: later.toISOString(),
    })
    expect((await readMonitorFacts(fx.payload, [fx.siteA], later)).get(fx.siteA)!.securityFindings).toEqual([])
    // The day it was found still shows it.
    expect((await readMonitorFacts(fx.payload, [fx.siteA], first)).get(fx.siteA)!.securityFindings).toHaveLength(1)
    expect(alerts).toHaveLength(1)

    const again = new Date(later.getTime() + 4 * HOUR)
    setClock(() => again)
    external.pages.set('/casino', htmlPage(GAMBLING))
    homepageRequests = 1
    const stop = onDangerousLink((alert) => void alerts.push({ alert, storedBefore: true }))
    await checkLinksOfSite(fx.payload, runtime, sites.get(fx.siteA)!, 'site', again)
    stop()
    expect(alerts).toHaveLength(2)
    const reopened = (await findingsOf(fx.siteA)).find((finding) => finding.targetUrl.endsWith('/casino'))
    expect(reopened).toMatchObject({ outcome: 'danger', resolvedAt: null, firstFoundAt: again.toISOString() })
  })

  it('checks the whole site weekly and the homepage daily', async () => {
    const start = new Date(DAY_ONE.getTime() + 60 * 24 * HOUR)
    setClock(() => start)
    const runs = async (siteId: string) =>
      (
        await fx.payload.find({
          collection: 'link-check-runs',
          where: { site: { equals: siteId } },
          sort: 'startedAt',
          pagination: false,
          overrideAccess: true,
        })
      ).docs.map((run) => [run.scope, run.startedAt])
    const before = (await runs(fx.siteB)).length
    // A run that cannot read the homepage does not count: the next tick tries again.
    const earlier = new Date(start.getTime() - 5 * MINUTE)
    const homepage = site.pages.get('/_site/county/')!
    site.pages.set('/_site/county/', answer(503))
    await runDueLinkChecks(fx.payload, runtime, earlier)
    site.pages.set('/_site/county/', homepage)
    for (const hours of [0, 1, 23, 24, 48, 24 * 7 + 1]) await runDueLinkChecks(fx.payload, runtime, new Date(start.getTime() + hours * HOUR))
    expect((await runs(fx.siteB)).slice(before)).toEqual([
      ['site', earlier.toISOString()],
      ['site', start.toISOString()],
      ['homepage', new Date(start.getTime() + 24 * HOUR).toISOString()],
      ['homepage', new Date(start.getTime() + 48 * HOUR).toISOString()],
      ['site', new Date(start.getTime() + (24 * 7 + 1) * HOUR).toISOString()],
    ])
  })
})

describe('channel check (R-VETO-NO-CHANNEL)', () => {
  it('finds the form and the intake answering, or names what does not', async () => {
    const now = new Date(DAY_ONE.getTime() + 70 * 24 * HOUR)
    const secret = process.env.SITE_SERVICE_SECRET
    process.env.SITE_SERVICE_SECRET = 'channel-check-service-secret-0123456789'
    try {
      await checkChannelOfSite(fx.payload, runtime, sites.get(fx.siteA)!, now)
      await checkChannelOfSite(fx.payload, runtime, sites.get(fx.siteB)!, now)
      delete process.env.SITE_SERVICE_SECRET
      await checkChannelOfSite(fx.payload, runtime, sites.get(fx.siteA)!, new Date(now.getTime() + HOUR))
    } finally {
      process.env.SITE_SERVICE_SECRET = secret
    }
    const atFirst = await readMonitorFacts(fx.payload, [fx.siteA, fx.siteB], now)
    expect(atFirst.get(fx.siteA)!.channel).toEqual({ checkedAt: now, formWorks: true, intakeWorks: true, problem: null })
    expect(atFirst.get(fx.siteB)!.channel).toEqual({
      checkedAt: now,
      formWorks: false,
      intakeWorks: true,
      problem: `留言页面 ${sites.get(fx.siteB)!.address}messages/new 答复 HTTP 404`,
    })
    // A failing channel is checked again after 15 minutes, not 6 hours.
    expect(await runDueChannelChecks(fx.payload, runtime, new Date(now.getTime() + 10 * MINUTE))).toBe(0)
    expect(await runDueChannelChecks(fx.payload, runtime, new Date(now.getTime() + 16 * MINUTE))).toBe(1)
    const latest = (await readMonitorFacts(fx.payload, [fx.siteA], new Date(now.getTime() + 2 * HOUR))).get(fx.siteA)!.channel
    expect(latest).toMatchObject({
      formWorks: true,
      intakeWorks: false,
      problem: expect.stringMatching(/^留言受理接口答复 HTTP 503：未配置 SITE_SERVICE_SECRET/),
    })
  })

  it('gives empty facts for a site nothing measured', async () => {
    const facts = await readMonitorFacts(fx.payload, ['no-such-site'], new Date())
    expect(facts.get('no-such-site')).toEqual({ availability: [], failedChecks: [], securityFindings: [], channel: null })
  })
})
