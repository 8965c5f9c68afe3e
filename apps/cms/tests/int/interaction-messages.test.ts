import { messageReceiptSchema, messageStatusSchema, publicApiErrorSchema, publicMessageListSchema } from '@govsite/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshIp, interactionFixture, lexical, SERVICE_SECRET, type InteractionFixture } from './interaction-fixture'

describe('messages through the public interaction API (R-MSG-5WD, R-MSG-3M)', () => {
  let f: InteractionFixture

  beforeAll(async () => {
    f = await interactionFixture()
  })

  afterAll(async () => f?.cleanup())

  const stored = async (trackingCode: string) => {
    const found = await f.payload.find({ collection: 'messages', where: { trackingCode: { equals: trackingCode } }, overrideAccess: true, depth: 0 })
    return found.docs[0]!
  }

  it('refuses calls without the service credential (401) and answers 503 when the CMS has none', async () => {
    const missing = await f.service('GET', 'messages?site=portal', { secret: null })
    expect(missing).toMatchObject({ status: 401, body: { code: 'service.unauthorized' } })
    expect(String(missing.body.message)).toMatch(/服务凭证/)
    expect(await f.service('GET', 'messages?site=portal', { secret: 'x'.repeat(40) })).toMatchObject({ status: 401, body: { code: 'service.unauthorized' } })
    expect(await f.service('POST', 'messages', { secret: `${SERVICE_SECRET}x`, body: {} })).toMatchObject({ status: 401 })
    delete process.env.SITE_SERVICE_SECRET
    try {
      expect(await f.service('GET', 'messages?site=portal')).toMatchObject({ status: 503, body: { code: 'service.disabled' } })
    } finally {
      process.env.SITE_SERVICE_SECRET = SERVICE_SECRET
    }
  })

  it('stores the due date on submission across National Day 2026: received 2026-09-30 is due 2026-10-13', async () => {
    f.at('2026-09-30T02:00:00Z')
    const response = await f.submitMessage()
    expect(response).toMatchObject({ status: 201, body: { receivedAt: '2026-09-30T02:00:00.000Z', dueDate: '2026-10-13' } })
    expect(response.body.trackingCode).toMatch(/^[34679ACDEFGHJKMNPQRTUVWXY]{10}$/)
    expect(messageReceiptSchema.parse(response.body)).toEqual(response.body)
    expect(await stored(String(response.body.trackingCode))).toMatchObject({
      dueDate: '2026-10-13',
      receivedAt: '2026-09-30T02:00:00.000Z',
      reviewState: 'draft',
      spam: false,
    })
  })

  it('uses China time and Spring Festival 2026 with its 调休 Saturday', async () => {
    f.at('2026-02-12T23:30:00Z') // 2026-02-13 07:30 in China
    expect((await f.submitMessage()).body.dueDate).toBe('2026-02-27')
  })

  it('follows an override in the working-calendar global', async () => {
    const admin = await f.userDoc('platformAdmin')
    await f.payload.updateGlobal({
      slug: 'working-calendar',
      data: { overrides: [{ date: '2026-11-23', kind: 'holiday', name: '临时休假' }] },
      user: admin,
      overrideAccess: false,
    })
    try {
      f.at('2026-11-20T02:00:00Z')
      expect((await f.submitMessage()).body.dueDate).toBe('2026-11-30')
    } finally {
      await f.payload.updateGlobal({ slug: 'working-calendar', data: { overrides: [] }, overrideAccess: true })
    }
    expect((await f.submitMessage()).body.dueDate).toBe('2026-11-27')
  })

  it('refuses calendar changes by anyone but platform admins and rejects malformed dates', async () => {
    const editor = await f.userDoc('editorA')
    await expect(
      f.payload.updateGlobal({ slug: 'working-calendar', data: { overrides: [{ date: '2027-01-01', kind: 'holiday' }] }, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    const admin = await f.userDoc('platformAdmin')
    await expect(
      f.payload.updateGlobal({ slug: 'working-calendar', data: { overrides: [{ date: '2027-02-30', kind: 'holiday' }] }, user: admin, overrideAccess: false }),
    ).rejects.toThrow(/YYYY-MM-DD/)
  })

  it('answers 400 with Chinese per-field issues for bad input, 404 for an unknown site', async () => {
    const bad = await f.submitMessage({ phone: '', email: '', subject: '', content: 'x'.repeat(5001), category: 'praise' })
    expect(bad).toMatchObject({ status: 400, body: { code: 'message.invalid' } })
    expect(publicApiErrorSchema.safeParse(bad.body).success).toBe(true)
    expect(bad.body.issues).toEqual([
      { path: 'category', message: '请选择留言类型（咨询、投诉或建议）' },
      { path: 'subject', message: '请填写标题' },
      { path: 'content', message: '留言内容不能超过 5000 个字' },
      { path: 'phone', message: '请至少填写联系电话或电子邮箱中的一项' },
    ])
    expect(await f.submitMessage({ phone: '12345' })).toMatchObject({ status: 400, body: { issues: [{ path: 'phone' }] } })
    expect(await f.service('POST', 'messages', { body: 'not json' })).toMatchObject({ status: 400, body: { code: 'message.invalid' } })
    expect(await f.submitMessage({ site: 'nowhere' })).toMatchObject({ status: 404, body: { code: 'site.not-found' } })
  })

  it('flags spam from the pre-review word lists and keeps it', async () => {
    f.at('2026-11-25T02:00:00Z')
    const response = await f.submitMessage({ subject: '澳门赌场 在线博彩', content: '点击 http://casino.example.com 领取彩金' })
    expect(response.status).toBe(201)
    const message = await stored(String(response.body.trackingCode))
    expect(message.spam).toBe(true)
    expect((message.spamFindings as { code: string }[]).map((finding) => finding.code)).toEqual(
      expect.arrayContaining(['check.forbidden_word.gambling', 'check.spam_link']),
    )
  })

  it('flags SEO spam with typed addresses and look-alike spellings as spam, naming the field, and keeps it', async () => {
    f.at('2026-11-25T02:00:00Z')
    const response = await f.submitMessage({ subject: '关于小区停车的建议', content: '开云体育官网入口_乐鱼体育_足球比分 最新网址 ｘｐｊ８８８８．ｖｉｐ' })
    expect(response.status).toBe(201)
    const message = await stored(String(response.body.trackingCode))
    expect(message.spam).toBe(true)
    expect(message.reviewState).toBe('draft')
    expect(message.spamFindings as { code: string; field: string }[]).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'check.seo_brand_token', field: '留言内容' }),
        expect.objectContaining({ code: 'check.seo_keyword_chain', field: '留言内容' }),
        expect.objectContaining({ code: 'check.spam_link', field: '留言内容' }),
      ]),
    )
    const plain = await f.submitMessage({ subject: '关于体育彩票公益金使用的咨询', content: '请问今年体育彩票公益金用于哪些健身设施？' })
    expect((await stored(String(plain.body.trackingCode))).spam).toBe(false)
  })

  it('limits each visitor IP to 5 messages per 10 minutes, then 429 until the window passes', async () => {
    const ip = freshIp()
    f.at('2026-11-25T03:00:00Z')
    for (let i = 0; i < 5; i += 1) expect((await f.submitMessage({}, ip)).status).toBe(201)
    const limited = await f.submitMessage({}, ip)
    expect(limited).toMatchObject({ status: 429, body: { code: 'message.rate-limited' } })
    expect((await f.submitMessage({}, freshIp())).status).toBe(201)
    f.at('2026-11-25T03:10:00Z')
    expect((await f.submitMessage({}, ip)).status).toBe(201)
  })

  it('round trip: tracking code → reply drafted, approved by another person, published → visible by code and in the public list only with consent', async () => {
    f.at('2026-11-20T02:00:00Z') // Friday
    const consenting = await f.submitMessage({ subject: '公交线路调整建议', category: 'suggestion' })
    const privateOne = await f.submitMessage({ subject: '个人社保问题', publicAnswer: false })
    const code = String(consenting.body.trackingCode)
    const id = (await stored(code)).id

    expect(await f.service('GET', `messages/${code.toLowerCase()}`)).toMatchObject({
      status: 200,
      body: { trackingCode: code, siteSlug: 'portal', status: 'received', dueDate: '2026-11-27', category: 'suggestion' },
    })

    // The editor cannot publish alone, and nobody approves their own reply.
    const editor = await f.userDoc('editorA')
    await f.payload.update({
      collection: 'messages',
      id,
      data: { reply: lexical('已转交市交通运输局研究。') as never },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await f.actOn('editorA', 'messages', id, 'submit', {}, f.at('2026-11-23T02:00:00Z'))
    await expect(f.actOn('editorA', 'messages', id, 'approve', { checklist: {} })).rejects.toMatchObject({ status: 403 })
    expect((await f.service('GET', `messages/${code}`)).body.status).toBe('received')

    const approve = await f.api.rest('POST', `messages/${id}/workflow/approve`, {
      token: f.tokenOf('reviewerA'),
      body: { checklist: { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true, warningsAcknowledged: true } },
    })
    expect(approve).toMatchObject({ status: 200, body: { reviewState: 'approved' } })
    const published = await f.api.rest('POST', `messages/${id}/workflow/publish`, { token: f.tokenOf('editorA') })
    expect(published).toMatchObject({ status: 200, body: { reviewState: 'published', live: true } })

    const status = await f.service('GET', `messages/${code}`)
    expect(status).toMatchObject({
      status: 200,
      body: { status: 'answered', answeredAt: '2026-11-23T02:00:00.000Z', handlingWorkingDays: 1, reply: lexical('已转交市交通运输局研究。') },
    })
    expect(status.body).not.toHaveProperty('name')
    expect(messageStatusSchema.safeParse(status.body).success).toBe(true)
    expect(status.body).not.toHaveProperty('phone')

    await f.answerMessage((await stored(String(privateOne.body.trackingCode))).id, '请携带身份证到社保窗口办理。', f.at('2026-11-20T09:00:00Z'))
    expect(await f.service('GET', `messages/${String(privateOne.body.trackingCode)}`)).toMatchObject({ body: { status: 'answered', handlingWorkingDays: 0 } })

    const list = await f.service('GET', 'messages?site=portal')
    expect(list).toMatchObject({ status: 200, body: { page: 1, totalDocs: 1, totalPages: 1 } })
    expect(publicMessageListSchema.safeParse(list.body).success).toBe(true)
    const docs = list.body.docs as Record<string, unknown>[]
    expect(docs).toEqual([
      {
        id,
        category: 'suggestion',
        subject: '公交线路调整建议',
        content: '请问在本市办理居住证需要哪些材料？',
        reply: lexical('已转交市交通运输局研究。'),
        receivedAt: '2026-11-20T02:00:00.000Z',
        answeredAt: '2026-11-23T02:00:00.000Z',
        handlingWorkingDays: 1,
      },
    ])
    expect((await f.service('GET', 'messages?site=county')).body).toMatchObject({ totalDocs: 0, docs: [] })
    expect(await f.service('GET', 'messages?site=portal&page=0')).toMatchObject({ status: 400, body: { code: 'message.invalid' } })
  })

  it('refuses to publish an empty reply', async () => {
    f.at('2026-11-25T04:00:00Z')
    const id = (await stored(String((await f.submitMessage()).body.trackingCode))).id
    await f.approve('messages', id)
    await expect(f.actOn('editorA', 'messages', id, 'publish')).rejects.toMatchObject({ status: 409, data: { code: 'message.reply_required' } })
  })

  it('404 for an unknown or malformed tracking code', async () => {
    expect(await f.service('GET', 'messages/ACDEFGHJKM')).toMatchObject({ status: 404, body: { code: 'message.not-found' } })
    expect(await f.service('GET', 'messages/..%2Fadmin')).toMatchObject({ status: 404, body: { code: 'message.not-found' } })
  })

  it('never lets anonymous REST or GraphQL read messages; staff cannot rewrite what the visitor wrote', async () => {
    const anonymous = await f.api.rest('GET', 'messages')
    expect(anonymous.status).toBe(403)
    const graphql = await f.api.graphql('{ Messages { docs { name phone } } }')
    expect(JSON.stringify(graphql.body)).not.toContain('13912345678')
    expect(await f.api.rest('POST', 'messages', { body: { subject: 'x' } })).toMatchObject({ status: 403 })
    expect(await f.api.rest('POST', 'messages', { token: f.tokenOf('editorA'), body: { subject: 'x', site: f.siteA } })).toMatchObject({ status: 403 })

    const code = String((await f.submitMessage()).body.trackingCode)
    const message = await stored(code)
    const tamper = await f.api.rest('PATCH', `messages/${message.id}?draft=true`, { token: f.tokenOf('editorA'), body: { content: '改过的内容' } })
    expect(tamper.status).toBe(403)
    expect(JSON.stringify(tamper.body)).toContain('不能修改')
    const staffView = await f.api.rest('GET', `messages/${message.id}?draft=true`, { token: f.tokenOf('reviewerA') })
    expect(staffView).toMatchObject({ status: 200, body: { name: '王小明', phone: '13912345678' } })
    expect(await f.api.rest('GET', `messages/${message.id}?draft=true`, { token: f.tokenOf('editorB') })).toMatchObject({ status: 404 })
  })

  it('lets the receiving site hand a message to another site, whose staff then answer it', async () => {
    f.at('2026-11-25T05:00:00Z')
    const message = await stored(String((await f.submitMessage({ subject: '县道维修' })).body.trackingCode))
    const handed = await f.api.rest('PATCH', `messages/${message.id}?draft=true`, { token: f.tokenOf('editorA'), body: { handlingSite: f.siteB } })
    expect(handed.status).toBe(200)
    const countyEditor = await f.userDoc('editorB')
    await f.payload.update({
      collection: 'messages',
      id: message.id,
      data: { reply: lexical('已安排维修。') as never },
      draft: true,
      user: countyEditor,
      overrideAccess: false,
    })
    await f.actOn('editorB', 'messages', message.id, 'submit')
    // The receiving site's reviewer is not the handling site's reviewer.
    await expect(f.actOn('reviewerA', 'messages', message.id, 'approve', { checklist: {} })).rejects.toMatchObject({ status: 403 })
    await f.actOn('reviewerB', 'messages', message.id, 'approve', {
      checklist: { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true, warningsAcknowledged: true },
    })
    expect(await f.actOn('editorB', 'messages', message.id, 'publish')).toMatchObject({ reviewState: 'published', live: true })
  })
})
