import type { MailReceiver } from '@govsite/node-kit'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runMessageDeadlineAlerts } from '../../src/notifications/message-deadline-alerts'
import { performTransition } from '../../src/workflow/engine'
import { NEEDS_TRANSACTIONS } from '../needs-transactions.mjs'
import { FULL_CHECKLIST, NOW } from './workflow-fixture'
import { interactionFixture, type InteractionFixture } from './interaction-fixture'
import { startTestMail, type TestMail } from './test-mail'

describe('workflow notifications: inbox and e-mail to reviewers, editors and message handlers', () => {
  let testMail: TestMail
  let receiver: MailReceiver
  let f: InteractionFixture

  beforeAll(async () => {
    testMail = await startTestMail()
    receiver = testMail.receiver
    f = await interactionFixture()
  })
  afterAll(async () => {
    await f?.cleanup()
    await testMail?.close()
  })

  const inboxOf = async (persona: 'editorA' | 'reviewerA' | 'siteAdminA' | 'reviewerB') =>
    (
      await f.payload.find({
        collection: 'notifications',
        where: { recipient: { equals: f.users[persona].id } },
        sort: '-createdAt',
        depth: 0,
        overrideAccess: true,
      })
    ).docs

  it('mails the site’s reviewers when an item is submitted, and puts it in their inbox with a link to the item; the editor is not told of their own act', async () => {
    const id = await f.draftArticle('关于开展冬季消防安全检查的通知')
    const before = receiver.received.length
    await f.act('editorA', id, 'submit')
    const mail = await receiver.next()
    expect(mail.to).toEqual(['reviewera@example.gov.cn'])
    expect(mail.subject).toBe('GovSite：待审核：关于开展冬季消防安全检查的通知')
    expect(mail.html).toContain(`https://cms.example.gov.cn/admin/collections/articles/${id}`)
    expect(receiver.received.length).toBe(before + 1)

    const [entry] = await inboxOf('reviewerA')
    expect(entry).toMatchObject({
      kind: 'review-awaiting',
      title: '待审核：关于开展冬季消防安全检查的通知',
      link: `/admin/collections/articles/${id}`,
      site: f.siteA,
      urgent: false,
    })
    expect(entry!.readAt ?? null).toBeNull()
    expect(await inboxOf('editorA')).toEqual([])
    // Site B's reviewer reviews nothing on site A.
    expect(await inboxOf('reviewerB')).toEqual([])
  })

  it('mails the editor when their item is returned, with the reviewer’s comment, and when it is approved', async () => {
    const id = await f.draftArticle('关于调整公交线路的公告')
    await f.act('editorA', id, 'submit')
    await receiver.next()
    await f.act('reviewerA', id, 'reject', { comment: '请补充调整的起止日期' })
    const returned = await receiver.next()
    expect(returned.to).toEqual(['editora@example.gov.cn'])
    expect(returned.subject).toBe('GovSite：已退回修改：关于调整公交线路的公告')
    expect(returned.text).toContain('退回意见：请补充调整的起止日期')
    expect((await inboxOf('editorA'))[0]).toMatchObject({ kind: 'review-returned', link: `/admin/collections/articles/${id}` })

    await f.act('editorA', id, 'submit', {}, new Date(NOW.getTime() + 60_000))
    await receiver.next()
    await f.act('reviewerA', id, 'approve', { checklist: FULL_CHECKLIST }, new Date(NOW.getTime() + 120_000))
    const approved = await receiver.next()
    expect(approved.to).toEqual(['editora@example.gov.cn'])
    expect(approved.subject).toBe('GovSite：审核通过：关于调整公交线路的公告')
  })

  it(
    'tells nothing of a submission approved in the same transaction (the seed), and nothing of a rolled-back one',
    { tags: [NEEDS_TRANSACTIONS] },
    async () => {
      const linkOf = (id: string) => `/admin/collections/articles/${id}`
      const entriesFor = async (id: string) =>
        (await f.payload.find({ collection: 'notifications', where: { link: { equals: linkOf(id) } }, depth: 0, overrideAccess: true })).docs.map(
          (entry) => entry.kind,
        )
      const inOneTransaction = async (id: string, finish: 'commit' | 'rollback') => {
        const outer = await createLocalReq({}, f.payload)
        await initTransaction(outer)
        const as = async (persona: 'editorA' | 'reviewerA') => {
          const req = await createLocalReq({ user: { ...(await f.userDoc(persona)), collection: 'users' } }, f.payload)
          req.transactionID = outer.transactionID
          return req
        }
        await performTransition({ req: await as('editorA'), collection: 'articles', id, action: 'submit', body: {}, now: NOW })
        await performTransition({ req: await as('reviewerA'), collection: 'articles', id, action: 'approve', body: { checklist: FULL_CHECKLIST }, now: NOW })
        if (finish === 'commit') await commitTransaction(outer)
        else await killTransaction(outer)
      }
      const committed = await f.draftArticle('同一事务中提交并审核通过的稿件')
      await inOneTransaction(committed, 'commit')
      expect(await entriesFor(committed)).toEqual(['review-approved'])
      await receiver.next()
      const rolledBack = await f.draftArticle('回滚的稿件')
      await inOneTransaction(rolledBack, 'rollback')
      expect(await entriesFor(rolledBack)).toEqual([])
    },
  )

  it('logs every send: the inbox entry and the e-mail, each once', async () => {
    const id = await f.draftArticle('关于征集民生实事项目的公告')
    await f.act('editorA', id, 'submit')
    await receiver.next()
    const { docs } = await f.payload.find({
      collection: 'notification-sends',
      where: { link: { equals: `/admin/collections/articles/${id}` } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map((send) => [send.channel, send.status, send.address ?? null]).sort()).toEqual([
      ['email', 'sent', 'reviewera@example.gov.cn'],
      ['inbox', 'sent', null],
    ])
  })

  it('tells the handling site’s editors of a message due tomorrow and, daily, of an overdue one (China days)', async () => {
    f.at('2026-11-16T02:00:00.000Z') // Monday 10:00 China time: due Monday 2026-11-23
    const response = await f.submitMessage({ subject: '小区路灯不亮' })
    expect(response.body.dueDate).toBe('2026-11-23')
    const [message] = (
      await f.payload.find({ collection: 'messages', where: { trackingCode: { equals: response.body.trackingCode } }, depth: 0, overrideAccess: true })
    ).docs
    const link = `/admin/collections/messages/${message!.id}`
    const remindersFor = async () => (await inboxOf('editorA')).filter((entry) => entry.link === link).map((entry) => entry.kind)

    expect(await runMessageDeadlineAlerts(f.payload, new Date('2026-11-21T15:59:00.000Z'))).toBe(0) // Saturday 23:59: due in two days
    expect(await remindersFor()).toEqual([])
    expect(await runMessageDeadlineAlerts(f.payload, new Date('2026-11-22T01:00:00.000Z'))).toBe(1) // Sunday 09:00: due tomorrow
    const dueMail = await receiver.next()
    expect(dueMail.to).toEqual(['editora@example.gov.cn'])
    expect(dueMail.subject).toBe('GovSite：留言明天到期：小区路灯不亮')
    expect(await runMessageDeadlineAlerts(f.payload, new Date('2026-11-22T09:00:00.000Z'))).toBe(0) // the same day again
    expect(await runMessageDeadlineAlerts(f.payload, new Date('2026-11-23T02:00:00.000Z'))).toBe(0) // due today: neither
    expect(await runMessageDeadlineAlerts(f.payload, new Date('2026-11-23T16:00:00.000Z'))).toBe(1) // Tuesday 00:00: overdue
    const overdueMail = await receiver.next()
    expect(overdueMail.subject).toBe('GovSite：留言已超期未答复：小区路灯不亮')
    expect(await runMessageDeadlineAlerts(f.payload, new Date('2026-11-24T16:00:00.000Z'))).toBe(1) // and the next day again
    await receiver.next()
    expect(await remindersFor()).toEqual(['message-overdue', 'message-overdue', 'message-due-tomorrow'])
  })
})
