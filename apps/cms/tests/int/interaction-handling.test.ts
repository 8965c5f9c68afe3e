import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { announceCalendarCoverage, comingYearCoverage } from '../../src/globals/working-calendar'
import { interactionOverview } from '../../src/interaction/interaction-overview'
import { interactionFixture, type InteractionFixture } from './interaction-fixture'

describe('handling: deadline queues, knowledge base, error reports', () => {
  let f: InteractionFixture

  beforeAll(async () => {
    f = await interactionFixture()
  })

  afterAll(async () => f?.cleanup())

  const messageId = async (response: { body: Record<string, unknown> }) => {
    const found = await f.payload.find({
      collection: 'messages',
      where: { trackingCode: { equals: String(response.body.trackingCode) } },
      overrideAccess: true,
    })
    return found.docs[0]!.id
  }
  const queueCounts = async (persona: 'editorA' | 'editorB', now: Date) => {
    const overview = await interactionOverview(f.payload, await f.userDoc(persona), now)
    return { ...Object.fromEntries(overview.queues.map((queue) => [queue.key, queue.count])), answered: overview.answered, sameDay: overview.answeredSameDay }
  }

  it('classifies due today, overdue and consultations unanswered > 3 months (R-MSG-5WD, R-MSG-3M), counts same-day answers', async () => {
    f.at('2026-08-20T02:00:00Z') // due 2026-08-27; over 3 months from 2026-11-21
    await f.submitMessage({ subject: '老留言' })
    await f.submitMessage({ subject: '老投诉', category: 'complaint' }) // overdue, but R-MSG-3M counts consultations only
    f.at('2026-11-18T02:00:00Z') // Wednesday → due 2026-11-25
    await f.submitMessage({ subject: '今日到期' })
    f.at('2026-11-16T02:00:00Z') // Monday → due 2026-11-23
    await f.submitMessage({ subject: '已超期' })
    const sameDay = await messageId(await f.submitMessage({ subject: '当日答复' }))
    await f.answerMessage(sameDay, '已答复。', f.at('2026-11-16T09:00:00Z'))

    const now = new Date('2026-11-25T02:00:00Z')
    expect(await queueCounts('editorA', now)).toMatchObject({ 'due-today': 1, overdue: 3, 'over-three-months': 1, answered: 1, sameDay: 1 })
    expect(await queueCounts('editorA', new Date('2026-11-20T02:00:00Z'))).toMatchObject({ 'over-three-months': 0 })
    expect(await queueCounts('editorA', new Date('2026-11-20T16:00:00Z'))).toMatchObject({ 'over-three-months': 1 })
    // Another site's staff see none of it.
    expect(await queueCounts('editorB', now)).toMatchObject({ 'due-today': 0, overdue: 0, 'over-three-months': 0, answered: 0 })

    const overview = await interactionOverview(f.payload, await f.userDoc('editorA'), now)
    const dueToday = overview.queues.find((queue) => queue.key === 'due-today')!
    expect(dueToday.href).toBe('/admin/collections/messages?where[and][0][dueDate][equals]=2026-11-25&where[and][1][answeredAt][exists]=false')
  })

  it('warns when the working calendar does not cover the coming year, until an admin enters it', async () => {
    const now = new Date('2026-11-25T02:00:00Z')
    expect(await comingYearCoverage(f.payload, now)).toEqual({ year: 2027, covered: false, source: null })
    const warn = vi.spyOn(f.payload.logger, 'warn').mockImplementation(() => undefined)
    try {
      await announceCalendarCoverage(f.payload, now)
      expect(warn).toHaveBeenCalledTimes(1)
      expect(String(warn.mock.calls[0]?.[0])).toContain('工作日历尚未包含 2027 年的节假日安排')
      await announceCalendarCoverage(f.payload, new Date('2025-11-25T02:00:00Z'))
      expect(warn).toHaveBeenCalledTimes(1)
    } finally {
      warn.mockRestore()
    }
    expect(await comingYearCoverage(f.payload, new Date('2025-11-25T02:00:00Z'))).toMatchObject({ year: 2026, covered: true, source: 'library' })
    await f.payload.updateGlobal({
      slug: 'working-calendar',
      data: { overrides: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] },
      overrideAccess: true,
    })
    expect(await comingYearCoverage(f.payload, now)).toEqual({ year: 2027, covered: true, source: 'overrides' })
    await f.payload.updateGlobal({ slug: 'working-calendar', data: { overrides: [] }, overrideAccess: true })
  })

  it('"加入知识库": an answered message pre-fills an FAQ draft for staff; unanswered ones are refused', async () => {
    f.at('2026-11-24T02:00:00Z')
    const answered = await messageId(await f.submitMessage({ subject: '如何办理居住证？' }))
    await f.answerMessage(answered, '携带身份证和租房合同到派出所办理。', f.at('2026-11-24T03:00:00Z'))
    const unanswered = await messageId(await f.submitMessage({ subject: '还没答复' }))

    expect(await f.api.rest('POST', `messages/${unanswered}/to-faq`, { token: f.tokenOf('editorA') })).toMatchObject({
      status: 409,
      body: { code: 'message.not-answered' },
    })
    expect(await f.api.rest('POST', `messages/${answered}/to-faq`)).toMatchObject({ status: 403 })
    expect(await f.api.rest('POST', `messages/${answered}/to-faq`, { token: f.tokenOf('editorB') })).toMatchObject({ status: 404 })

    const created = await f.api.rest('POST', `messages/${answered}/to-faq`, { token: f.tokenOf('editorA') })
    expect(created).toMatchObject({ status: 201 })
    const faqId = String(created.body.id)
    expect(created.body.adminUrl).toBe(`/admin/collections/faqs/${faqId}`)
    const faq = await f.payload.findByID({ collection: 'faqs', id: faqId, draft: true, depth: 0, overrideAccess: true })
    expect(faq).toMatchObject({ question: '如何办理居住证？', site: f.siteA, sourceMessage: answered, reviewState: 'draft', author: f.users.editorA.id })
    expect(JSON.stringify(faq.answer)).toContain('携带身份证和租房合同到派出所办理。')

    // Published through the same workflow; visitors then read it, but not where it came from.
    await f.payload.update({
      collection: 'faqs',
      id: faqId,
      data: { category: '户籍办理' },
      draft: true,
      user: await f.userDoc('editorA'),
      overrideAccess: false,
    })
    await f.approve('faqs', faqId)
    await f.actOn('editorA', 'faqs', faqId, 'publish')
    const visitor = await f.api.rest('GET', `faqs/${faqId}`)
    expect(visitor).toMatchObject({ status: 200, body: { question: '如何办理居住证？', category: '户籍办理' } })
    expect(visitor.body).not.toHaveProperty('sourceMessage')
  })

  it('stores error reports from the site for the site staff, who set the state; what was reported stays', async () => {
    const bad = await f.service('POST', 'error-reports', { body: { site: 'portal', url: 'ftp://x', description: '' } })
    expect(bad).toMatchObject({ status: 400, body: { code: 'error-report.invalid' } })
    expect((bad.body.issues as { path: string }[]).map((issue) => issue.path)).toEqual(['url', 'description'])
    expect(await f.service('POST', 'error-reports', { body: { site: 'nowhere', url: 'https://www.example.gov.cn/', description: '错字' } })).toMatchObject({
      status: 404,
    })

    const created = await f.service('POST', 'error-reports', {
      body: { site: 'portal', url: 'https://www.example.gov.cn/news/1', description: '第二段“工作”写成了“功作”', contact: '13800001111' },
    })
    expect(created.status).toBe(201)
    const id = String(created.body.id)
    await f.service('POST', 'error-reports', { body: { site: 'portal', url: 'https://www.example.gov.cn/news/2', description: '图片无法显示' } })

    expect(await f.api.rest('GET', 'error-reports')).toMatchObject({ status: 403 })
    expect((await f.api.rest('GET', 'error-reports', { token: f.tokenOf('editorB') })).body).toMatchObject({ totalDocs: 0 })
    expect((await f.api.rest('GET', 'error-reports', { token: f.tokenOf('reviewerA') })).body).toMatchObject({ totalDocs: 2 })
    expect(await f.api.rest('PATCH', `error-reports/${id}`, { token: f.tokenOf('editorA'), body: { state: 'fixed', description: '篡改' } })).toMatchObject({
      status: 403,
      body: { errors: [{ message: '网民提交的纠错内容不能修改，只能填写处理状态和处理说明' }] },
    })
    const updated = await f.api.rest('PATCH', `error-reports/${id}`, {
      token: f.tokenOf('editorA'),
      body: { state: 'fixed', handlerNotes: '已更正', description: '第二段“工作”写成了“功作”' },
    })
    expect(updated).toMatchObject({ status: 200, body: { doc: { state: 'fixed', handlerNotes: '已更正', description: '第二段“工作”写成了“功作”' } } })
    expect(await f.api.rest('PATCH', `error-reports/${id}`, { token: f.tokenOf('reviewerA'), body: { state: 'rejected' } })).toMatchObject({ status: 403 })
    expect(
      await f.api.rest('POST', 'error-reports', { token: f.tokenOf('editorA'), body: { site: f.siteA, url: 'https://x.gov.cn', description: 'x' } }),
    ).toMatchObject({
      status: 403,
    })
    expect(
      (await interactionOverview(f.payload, await f.userDoc('editorA'), new Date())).queues.find((queue) => queue.key === 'new-error-reports')?.count,
    ).toBe(1)
  })
})
