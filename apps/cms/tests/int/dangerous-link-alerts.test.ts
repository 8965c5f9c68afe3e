import type { MailReceiver, ReceivedMail } from '@govsite/node-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { monitorJobs, type TimedJob } from '../../src/monitoring/monitor-jobs'
import { createMonitorRuntime } from '../../src/monitoring/monitor-runtime'
import { setClock } from '../../src/shared/clock'
import { htmlPage, serveLoopbackPages, type LoopbackPages } from './loopback-pages'
import { serveRest, type RestServer } from './rest-server'
import { startTestMail, type TestMail } from './test-mail'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

const IDENTITY = { siteCode: '6101000001', icpNumber: '陕ICP备05001234号', securityRecordNumber: '陕公网安备 61010202000123号' }
const GAMBLING = '<p>欢迎来到网上赌场，真人荷官在线发牌。</p>'
/** 10:00 China time on 2026-12-01, and the same time on the days after. */
const dayAt10 = (day: number) => new Date(Date.UTC(2026, 11, day, 2))

/**
 * R-VETO-SECURITY end to end as the CMS runs it: the config's start-up wires the link checker's
 * dangerous-link report to the alerts, so the real link job against loopback pages puts the alert
 * in the inbox and mails it over SMTP — once per link, site and China day.
 */
describe('a dangerous link found by the link job alerts the site at once, by inbox and e-mail', () => {
  let testMail: TestMail
  let receiver: MailReceiver
  let fx: WorkflowFixture
  let site: LoopbackPages
  let external: LoopbackPages
  let rest: RestServer
  let links: TimedJob
  let casino: string

  beforeAll(async () => {
    testMail = await startTestMail()
    receiver = testMail.receiver
    fx = await workflowFixture()
    await fx.payload.update({ collection: 'sites', id: fx.siteA, data: { status: 'online', ...IDENTITY }, overrideAccess: true })
    const article = await fx.articleIn('published')
    external = await serveLoopbackPages({ '/casino': htmlPage(GAMBLING) })
    casino = external.url('/casino', 'ext.test')
    site = await serveLoopbackPages({
      '/_site/portal/': htmlPage(`<a href="articles/${article}">文章</a><a href="${casino}">友情链接</a>`),
      [`/_site/portal/articles/${article}`]: htmlPage(`<a href="${casino}">友情链接</a>`),
    })
    rest = await serveRest(fx.config)
    const runtime = createMonitorRuntime(
      {
        siteAddress: `http://127.0.0.1:${site.port}/_site/{slug}/`,
        networks: { allowLoopback: true, allowPrivate: false },
        hostAddresses: { 'ext.test': '127.0.0.1' },
        cmsUrl: rest.url,
      },
      { totalTimeoutMs: 1_500, retries: 1, wait: async () => undefined },
    )
    links = monitorJobs(runtime).links
  })
  afterAll(async () => {
    setClock(() => new Date())
    await Promise.all([site?.close(), external?.close(), rest?.close()])
    await fx?.cleanup()
    await testMail?.close()
  })

  /** The link job as the scheduler calls it, with the clock at `now`. */
  const runLinkJob = async (now: Date) => {
    setClock(() => now)
    expect(await links(fx.payload, now)).toBe(1)
  }
  const inboxOf = async (persona: 'siteAdminA' | 'editorA') =>
    (
      await fx.payload.find({
        collection: 'notifications',
        where: { and: [{ recipient: { equals: fx.users[persona].id } }, { kind: { equals: 'dangerous-link' } }] },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs
  /** Waits for the mails expected so far, then gives every mail received since `before`. */
  const mailsSince = async (before: number, expected: number): Promise<ReceivedMail[]> => {
    while (receiver.received.length < before + expected) await receiver.next()
    return receiver.received.slice(before)
  }

  it('tells the site admin and the editor of the page’s document once, though two pages carry the link', async () => {
    const before = receiver.received.length
    await runLinkJob(dayAt10(1))
    const [admin] = await inboxOf('siteAdminA')
    expect(await inboxOf('siteAdminA')).toHaveLength(1)
    expect(admin).toMatchObject({ kind: 'dangerous-link', site: fx.siteA, urgent: true, title: `示例市人民政府发现危险链接：${casino}` })
    expect(admin!.body).toContain('赌场')
    expect(await inboxOf('editorA')).toHaveLength(1)
    const mails = await mailsSince(before, 2)
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(['editora@example.gov.cn', 'siteadmina@example.gov.cn'])
    expect(mails.every((mail) => mail.subject === `GovSite：示例市人民政府发现危险链接：${casino}`)).toBe(true)
  })

  it('tells nothing more while the link stays dangerous, and tells again on the day it turns dangerous again', async () => {
    const before = receiver.received.length
    await runLinkJob(dayAt10(2))
    expect(await inboxOf('siteAdminA')).toHaveLength(1)
    // The day after, the homepage check finds the target cleaned up; the next day, spam is back.
    external.pages.set('/casino', htmlPage('<p>本域名已由原单位续费，内容已清理。</p>'))
    await runLinkJob(dayAt10(3))
    expect(await inboxOf('siteAdminA')).toHaveLength(1)
    external.pages.set('/casino', htmlPage(GAMBLING))
    await runLinkJob(dayAt10(4))
    const inbox = await inboxOf('siteAdminA')
    expect(inbox).toHaveLength(2)
    expect(inbox[1]!.dedupeKey).toBe(`dangerous-link|${casino}|${fx.siteA}|2026-12-04`)
    const mails = await mailsSince(before, 1)
    expect(mails.map((mail) => mail.to[0])).toEqual(['siteadmina@example.gov.cn'])
    // The homepage carries no document: its editor is not told again.
    expect(await inboxOf('editorA')).toHaveLength(1)
  })
})
