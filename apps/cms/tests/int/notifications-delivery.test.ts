import { addDays, chinaDate, DEFAULT_COMPLIANCE_SETTINGS, evaluateSite, type SiteComplianceInput, type SiteEvaluation } from '@govsite/domain'
import { startMailReceiver, type MailReceiver } from '@govsite/node-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runNotificationDeliveries } from '../../src/notifications/delivery-job'
import { notify } from '../../src/notifications/notify'
import { alertDangerousLink, alertOnEvaluation } from '../../src/notifications/supervision-alerts'
import { setClock } from '../../src/shared/clock'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'
import { startTestMail, type TestMail } from './test-mail'

const DAY_MS = 24 * 60 * 60 * 1000

/** An instant given in China time. */
const china = (dateTime: string): Date => new Date(`${dateTime}:00+08:00`)

describe('notification delivery: dedupe, quiet hours, digest, SMTP failures, own inbox only', () => {
  let testMail: TestMail
  let receiver: MailReceiver
  let f: WorkflowFixture

  beforeAll(async () => {
    testMail = await startTestMail()
    receiver = testMail.receiver
    f = await workflowFixture()
    await f.payload.update({
      collection: 'sites',
      id: f.siteA,
      data: { alertContacts: [{ name: '值班联系人', email: 'duty@example.gov.cn' }] },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    await f?.cleanup()
    await testMail?.close()
  })

  /**
   * Site A evaluated at `now`: healthy but for its homepage, last updated `homeAgeDays` ago (10 days
   * warn, 14 fail), and the share of its availability checks that failed in the last 7 days.
   */
  const evaluation = (now: Date, homeAgeDays: number, failingChecksPercent = 0): SiteEvaluation => {
    const today = chinaDate(now)
    const input: SiteComplianceInput = {
      site: { id: f.siteA, name: '示例市人民政府', kind: 'city-portal', status: 'online' },
      homepage: { layout: 'content', lastPublishedAt: new Date(now.getTime() - homeAgeDays * DAY_MS) },
      columns: [
        {
          id: 'services',
          name: '办事服务',
          kind: 'services',
          parentId: null,
          published: true,
          lastPublishedAt: new Date(now.getTime() - DAY_MS),
          publishedCount: 1,
        },
      ],
      messages: [],
      availability: Array.from({ length: 7 }, (_, day) => ({ date: addDays(today, -day), checks: 100, failures: failingChecksPercent })),
      failedChecks: [],
      securityFindings: [],
      channel: { checkedAt: now, formWorks: true, intakeWorks: true },
      errorReports: [],
      surveys: [],
      serviceGuides: [],
    }
    return evaluateSite(input, now, DEFAULT_COMPLIANCE_SETTINGS)
  }
  const inboxOfSiteAdmin = async () =>
    (
      await f.payload.find({
        collection: 'notifications',
        where: { recipient: { equals: f.users.siteAdminA.id } },
        sort: 'createdAt',
        depth: 0,
        overrideAccess: true,
        pagination: false,
      })
    ).docs
  const mailsSince = (before: number) => receiver.received.slice(before)
  const takeMails = async (count: number) => {
    const mails = []
    for (let index = 0; index < count; index += 1) mails.push(await receiver.next())
    return mails
  }
  const emailSends = async (dedupeKey: string) =>
    (
      await f.payload.find({
        collection: 'notification-sends',
        where: { dedupeKey: { equals: dedupeKey }, channel: { equals: 'email' } },
        sort: 'address',
        depth: 0,
        overrideAccess: true,
      })
    ).docs

  it('alerts a veto once per rule, site and China day to the site admins and the site’s contacts, again the next day', async () => {
    const morning = china('2026-12-01T10:00')
    const veto = evaluation(morning, 15)
    expect(veto.failing).toContain('R-VETO-HOME')
    const before = receiver.received.length
    const [first] = await alertOnEvaluation(f.payload, veto, null, morning)
    expect(first).toMatchObject({ inbox: 1, emailed: 2, skipped: 0 })
    const mails = await takeMails(2)
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(['duty@example.gov.cn', 'siteadmina@example.gov.cn'])
    expect(mails[0]!.subject).toBe('GovSite：示例市人民政府单项否决：首页栏目信息更新')
    expect(mails[0]!.html).toContain('【紧急】')

    // The inspection runs again the same day (a restart, no previous snapshot): nobody is told twice.
    const [again] = await alertOnEvaluation(f.payload, evaluation(china('2026-12-01T23:59'), 15), null, china('2026-12-01T23:59'))
    expect(again).toMatchObject({ dedupeKey: first!.dedupeKey, inbox: 0, emailed: 0, skipped: 2 })
    // A rule already failing yesterday is no new crossing.
    expect(await alertOnEvaluation(f.payload, evaluation(china('2026-12-01T12:00'), 15), veto, china('2026-12-01T12:00'))).toEqual([])
    expect(mailsSince(before).length).toBe(2)
    expect((await inboxOfSiteAdmin()).filter((entry) => entry.kind === 'compliance-veto')).toHaveLength(1)

    // Midnight China time is a new day; a veto is urgent, so it is mailed even in quiet hours.
    const [nextDay] = await alertOnEvaluation(f.payload, evaluation(china('2026-12-02T00:00'), 16), null, china('2026-12-02T00:00'))
    expect(nextDay).toMatchObject({ inbox: 1, emailed: 2, deferred: 0 })
    await takeMails(2)
  })

  it('tells an availability veto with failed checks as the site being unreachable, urgently', async () => {
    const at = china('2026-12-03T23:30')
    const down = evaluation(at, 1, 6)
    expect(down.failing).toEqual(['R-VETO-AVAILABILITY'])
    const [result] = await alertOnEvaluation(f.payload, down, evaluation(at, 1), at)
    expect(result).toMatchObject({ inbox: 1, emailed: 2, deferred: 0 })
    const mails = await takeMails(2)
    expect(mails.map((mail) => mail.subject)).toEqual(['GovSite：示例市人民政府无法访问', 'GovSite：示例市人民政府无法访问'])
    expect(mails[0]!.text).toContain('失败 42 次（6%）')
  })

  it('defers a non-urgent warning in quiet hours to their end (07:00 China time), keeping the inbox entry at once', async () => {
    const night = china('2026-12-05T23:00')
    const warning = evaluation(night, 11)
    expect(warning.warning).toContain('R-VETO-HOME')
    const before = receiver.received.length
    const [result] = await alertOnEvaluation(f.payload, warning, evaluation(night, 1), night)
    expect(result).toMatchObject({ inbox: 1, emailed: 0, deferred: 2 })
    expect(mailsSince(before)).toEqual([])
    expect((await inboxOfSiteAdmin()).at(-1)).toMatchObject({
      kind: 'compliance-warning',
      title: '示例市人民政府触及预警线：首页栏目信息更新',
      createdAt: night.toISOString(),
    })
    expect((await emailSends(result!.dedupeKey)).map((send) => [send.address, send.status, send.dueAt])).toEqual([
      ['duty@example.gov.cn', 'deferred', china('2026-12-06T07:00').toISOString()],
      ['siteadmina@example.gov.cn', 'deferred', china('2026-12-06T07:00').toISOString()],
    ])

    expect(await runNotificationDeliveries(f.payload, china('2026-12-06T06:59'))).toEqual({ sent: 0, failed: 0 })
    expect(mailsSince(before)).toEqual([])
    expect(await runNotificationDeliveries(f.payload, china('2026-12-06T07:00'))).toEqual({ sent: 2, failed: 0 })
    const mails = await takeMails(2)
    expect(mails.map((mail) => mail.subject)).toEqual([
      'GovSite：示例市人民政府触及预警线：首页栏目信息更新',
      'GovSite：示例市人民政府触及预警线：首页栏目信息更新',
    ])
    expect((await emailSends(result!.dedupeKey)).map((send) => send.status)).toEqual(['sent', 'sent'])
  })

  it('puts a digest reader’s non-urgent alerts of one day into one mail the next morning at 08:00; others get theirs at once', async () => {
    await f.payload.update({ collection: 'users', id: f.users.siteAdminA.id, data: { notificationPreferences: { emailDigest: true } }, overrideAccess: true })
    const warn = (rule: string, title: string, at: Date) =>
      notify(
        f.payload,
        {
          kind: 'compliance-warning',
          subject: rule,
          site: f.siteA,
          values: { site: '示例市人民政府', rule: title },
          body: `${title}接近否决线`,
          link: `/admin/supervision/${f.siteA}`,
        },
        at,
      )
    const before = receiver.received.length
    expect(await warn('R-VETO-EMPTY-5', '空白栏目', china('2026-12-07T10:00'))).toMatchObject({ inbox: 1, emailed: 1, deferred: 1 })
    expect(await warn('R-VETO-STALE-10', '应更新但长期未更新的栏目', china('2026-12-07T15:00'))).toMatchObject({ inbox: 1, emailed: 1, deferred: 1 })
    expect((await takeMails(2)).map((mail) => mail.to[0])).toEqual(['duty@example.gov.cn', 'duty@example.gov.cn'])

    expect(await runNotificationDeliveries(f.payload, china('2026-12-08T07:59'))).toEqual({ sent: 0, failed: 0 })
    expect(mailsSince(before).length).toBe(2)
    expect(await runNotificationDeliveries(f.payload, china('2026-12-08T08:00'))).toEqual({ sent: 2, failed: 0 })
    const digest = await receiver.next()
    expect(digest.to).toEqual(['siteadmina@example.gov.cn'])
    expect(digest.subject).toBe('GovSite 通知汇总：2 条通知')
    expect(digest.text).toContain('示例市人民政府触及预警线：空白栏目')
    expect(digest.text).toContain('示例市人民政府触及预警线：应更新但长期未更新的栏目')
    expect(mailsSince(before).length).toBe(3)
    await f.payload.update({ collection: 'users', id: f.users.siteAdminA.id, data: { notificationPreferences: { emailDigest: false } }, overrideAccess: true })
  })

  it('keeps the inbox entry and logs the send as failed when SMTP is down, and the delivery job sends it once SMTP is back', async () => {
    const port = receiver.port
    await receiver.close()
    const at = china('2026-12-09T10:00')
    const result = await alertDangerousLink(
      f.payload,
      {
        site: f.siteA,
        siteName: '示例市人民政府',
        url: 'http://casino.example.test/',
        page: 'https://www.example.gov.cn/news/1.html',
        reason: '目标页面含赌博内容',
        document: null,
      },
      at,
    )
    expect(result).toMatchObject({ inbox: 1, emailed: 2 })
    expect((await inboxOfSiteAdmin()).at(-1)).toMatchObject({
      kind: 'dangerous-link',
      urgent: true,
      title: '示例市人民政府发现危险链接：http://casino.example.test/',
    })
    const failed = await emailSends(result.dedupeKey)
    expect(failed.map((send) => [send.status, send.attempts])).toEqual([
      ['failed', 1],
      ['failed', 1],
    ])
    expect(failed[0]!.error).toBeTruthy()

    // The review workflow goes on while mail is down: the transition stands, the reviewer's inbox has it.
    const id = await f.draftArticle('SMTP 故障期间提交的稿件')
    expect((await f.act('editorA', id, 'submit')).reviewState).toBe('in_review')
    const { docs: reviewerInbox } = await f.payload.find({
      collection: 'notifications',
      where: { link: { equals: `/admin/collections/articles/${id}` } },
      depth: 0,
      overrideAccess: true,
    })
    expect(reviewerInbox.map((entry) => entry.recipient)).toEqual([f.users.reviewerA.id])

    receiver = testMail.receiver = await startMailReceiver({ port })
    expect(await runNotificationDeliveries(f.payload, china('2026-12-09T10:05'))).toEqual({ sent: 3, failed: 0 })
    const mails = await takeMails(3)
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(['duty@example.gov.cn', 'reviewera@example.gov.cn', 'siteadmina@example.gov.cn'])
    expect((await emailSends(result.dedupeKey)).map((send) => [send.status, send.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ])
  })

  it('lets a user read and mark read only their own inbox, over REST; readAt is the server’s time', async () => {
    const [own] = await inboxOfSiteAdmin()
    const adminToken = f.tokenOf('siteAdminA')
    const listed = await f.api.rest('GET', 'notifications?limit=100', { token: adminToken })
    expect(listed.status).toBe(200)
    const docs = listed.body.docs as { id: string; recipient: unknown }[]
    expect(docs.length).toBeGreaterThan(0)
    expect(
      docs.every((entry) => (typeof entry.recipient === 'object' ? (entry.recipient as { id: string }).id : entry.recipient) === f.users.siteAdminA.id),
    ).toBe(true)

    for (const persona of ['reviewerA', 'editorA', 'platformAdmin'] as const) {
      const token = f.tokenOf(persona)
      expect((await f.api.rest('GET', `notifications/${own!.id}`, { token })).status).toBe(404)
      const others = await f.api.rest('GET', `notifications?where[recipient][equals]=${f.users.siteAdminA.id}`, { token })
      expect(others.body.totalDocs).toBe(0)
      expect((await f.api.rest('PATCH', `notifications/${own!.id}`, { token, body: { readAt: new Date().toISOString() } })).status).toBe(403)
    }
    expect((await f.api.rest('GET', 'notifications', {})).status).toBe(403)
    expect((await f.payload.findByID({ collection: 'notifications', id: own!.id, depth: 0, overrideAccess: true })).readAt ?? null).toBeNull()

    const readAt = new Date('2026-12-10T02:00:00.000Z')
    setClock(() => readAt)
    const marked = await f.api.rest('PATCH', `notifications/${own!.id}`, {
      token: adminToken,
      body: { readAt: '2020-01-01T00:00:00.000Z', title: '改过的标题' },
    })
    expect(marked.status).toBe(200)
    const stored = await f.payload.findByID({ collection: 'notifications', id: own!.id, depth: 0, overrideAccess: true })
    expect(stored.readAt).toBe(readAt.toISOString())
    expect(stored.title).toBe(own!.title)
    // No client writes the inbox or the send log.
    expect(
      (
        await f.api.rest('POST', 'notifications', {
          token: f.tokenOf('platformAdmin'),
          body: { recipient: f.users.editorA.id, kind: 'review-approved', title: '伪造' },
        })
      ).status,
    ).toBe(403)
    expect((await f.api.rest('GET', 'notification-sends', { token: adminToken })).status).toBe(403)
  })
})
