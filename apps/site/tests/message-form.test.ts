import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { SERVICE_SECRET } from './fake-public-api.js'
import { createFormClient, inputValue, isChecked, pageText, textareaValue, type Page } from './form-client.js'
import { useSite } from './site-harness.js'

const VALID = {
  name: '张三',
  phone: '13800138000',
  email: '',
  category: 'complaint',
  subject: '人民路夜间施工噪音扰民',
  content: '人民路与解放路交叉口工地每晚十一点后仍在施工，噪音很大，<请>尽快处理 & 答复。',
  publicAnswer: 'yes',
}

const text = pageText

/** Everything the visitor typed is back in the form. */
function expectInputKept(page: Page, fields: typeof VALID) {
  expect(inputValue(page.body, 'msg-name')).toBe(fields.name)
  expect(inputValue(page.body, 'msg-phone')).toBe(fields.phone)
  expect(inputValue(page.body, 'msg-subject')).toBe(fields.subject)
  expect(textareaValue(page.body, 'msg-content')).toBe(fields.content)
  expect(isChecked(page.body, 'category', fields.category)).toBe(true)
  expect(isChecked(page.body, 'publicAnswer', fields.publicAnswer)).toBe(true)
}

describe('我要写信 (message form)', () => {
  const clock = { now: Date.parse('2026-09-30T02:00:00Z') }
  const site = useSite({ serviceSecret: SERVICE_SECRET, now: () => new Date(clock.now) })
  let visitor: ReturnType<typeof createFormClient>
  let form: Page

  beforeEach(async () => {
    clock.now += 60 * 60 * 1000 // a fresh rate-limit window for every test
    site.cms.mode = 'ok'
    site.cms.publicApi.calls.length = 0
    site.cms.publicApi.messages.length = 0
    visitor = createFormClient(site.siteUrl)
    form = await visitor.get('/messages/new')
  })

  afterEach(() => {
    site.cms.mode = 'ok'
  })

  it('is an accessible plain HTML form, never cached', async () => {
    expect(form.status).toBe(200)
    expect(form.headers.get('cache-control')).toBe('private, no-store')
    expect(form.body).toMatch(/<form class="public-form" noValidate="" action="\/messages\/new" method="post">/)
    for (const [id, label] of [
      ['msg-name', '姓名'],
      ['msg-phone', '联系电话'],
      ['msg-email', '电子邮箱'],
      ['msg-subject', '标题'],
      ['msg-content', '留言内容'],
    ]) {
      expect(form.body).toContain(`<label for="${id}">${label}`)
    }
    expect(form.body).toContain('<legend>留言类型')
    for (const label of ['咨询', '投诉', '建议', '同意公开', '不同意公开']) expect(text(form.body)).toContain(label)
    expect(form.body).not.toContain('<script')
    const cookie = form.headers.getSetCookie().find((line) => line.startsWith('govsite-form='))
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    // The page is rendered per visitor: a second visit is rendered again, not served from a cache.
    expect((await visitor.get('/messages/new')).headers.get('x-cache')).toBeNull()
  })

  it('success: only after the CMS stored it, shows the tracking code, receipt time and due date', async () => {
    const sent = await visitor.post('/messages/new', VALID, { tokenFrom: form })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('cache-control')).toBe('private, no-store')
    const stored = site.cms.publicApi.messages.at(-1)!
    expect(stored.submission).toMatchObject({ site: 'portal', name: '张三', phone: '13800138000', category: 'complaint', publicAnswer: true })
    expect(stored.submission?.email).toBeUndefined()
    const call = site.cms.publicApi.calls.find((entry) => entry.method === 'POST')!
    expect(call.authorization).toBe(`Bearer ${SERVICE_SECRET}`)
    expect(call.clientIp).toMatch(/127\.0\.0\.1/)
    expect(sent.headers.get('location')).toBe(`/messages/track?code=${stored.trackingCode}&submitted=1`)

    const receipt = await visitor.get(sent.headers.get('location')!)
    expect(receipt.status).toBe(200)
    expect(receipt.body).toContain('留言提交成功')
    expect(receipt.body).toContain(`<strong class="tracking-code">${stored.trackingCode}</strong>`)
    expect(text(receipt.body)).toContain('受理时间：2026-09-30 10:00')
    expect(text(receipt.body)).toContain('答复期限：2026-10-13')
    expect(text(receipt.body)).toContain('办理中')
  })

  it('invalid input: re-rendered (400) with everything kept and per-field Chinese errors linked to the fields', async () => {
    const typed = { ...VALID, phone: '12345', subject: '', publicAnswer: '' }
    const page = await visitor.post('/messages/new', typed, { tokenFrom: form })
    expect(page.status).toBe(400)
    expect(site.cms.publicApi.messages).toHaveLength(0)
    expect(inputValue(page.body, 'msg-name')).toBe('张三')
    expect(inputValue(page.body, 'msg-phone')).toBe('12345')
    expect(textareaValue(page.body, 'msg-content')).toBe(VALID.content)
    expect(isChecked(page.body, 'category', 'complaint')).toBe(true)
    expect(page.body).toMatch(/<input[^>]*id="msg-phone"[^>]*aria-invalid="true"[^>]*aria-describedby="msg-phone-hint msg-phone-error"/)
    expect(page.body).toContain('id="msg-phone-error"')
    expect(text(page.body)).toContain('请填写正确的手机号码或带区号的固定电话')
    expect(page.body).toMatch(/<input[^>]*id="msg-subject"[^>]*aria-describedby="msg-subject-error"/)
    expect(text(page.body)).toContain('请填写标题')
    expect(page.body).toMatch(/<input type="radio" id="msg-public-first"[^>]* aria-describedby="msg-public-error"/)
    expect(page.body).toContain('<p class="field-error" id="msg-public-error">')
    expect(text(page.body)).toContain('请选择是否同意公开答复')
    expect(text(page.body)).toContain('提交的内容有 3 处需要修改')
    expect(page.body).toContain('<a href="#msg-phone">')
  })

  it('phone or email: one of them is required', async () => {
    const page = await visitor.post('/messages/new', { ...VALID, phone: '', email: '' }, { tokenFrom: form })
    expect(page.status).toBe(400)
    expect(text(page.body)).toContain('请至少填写联系电话或电子邮箱中的一项')
    const withEmail = await visitor.post('/messages/new', { ...VALID, phone: '', email: 'zhangsan@example.cn' }, { tokenFrom: page })
    expect(withEmail.status).toBe(303)
  })

  it('field errors the CMS finds come back on the fields too', async () => {
    site.cms.publicApi.refuseNextMessage = {
      status: 400,
      body: { code: 'message.invalid', message: '留言内容不符合要求', issues: [{ path: 'content', message: '留言内容包含不允许的字符' }] },
    }
    const page = await visitor.post('/messages/new', VALID, { tokenFrom: form })
    expect(page.status).toBe(400)
    expect(text(page.body)).toContain('留言内容包含不允许的字符')
    expect(page.body).toMatch(/<textarea[^>]*id="msg-content"[^>]*aria-describedby="msg-content-hint msg-content-error"/)
    expectInputKept(page, VALID)
  })

  it('honeypot filled: a clear refusal page, nothing sent to the CMS', async () => {
    const page = await visitor.post('/messages/new', { ...VALID, website: 'http://spam.example' }, { tokenFrom: form })
    expect(page.status).toBe(400)
    expect(page.body).toContain('<h1>提交未被受理</h1>')
    expect(text(page.body)).toContain('可能来自自动程序')
    expect(site.cms.publicApi.calls.filter((call) => call.method === 'POST')).toHaveLength(0)
    expect(form.body).toMatch(/<label for="hp-website">请勿填写此项/)
  })

  it('CSRF: refused (403) without the token, with a forged one, without the cookie or from another origin — input kept', async () => {
    const attempts: Page[] = [
      await visitor.post('/messages/new', VALID, { token: null }),
      await visitor.post('/messages/new', VALID, { token: 'forged-token' }),
      await createFormClient(site.siteUrl).post('/messages/new', VALID, { tokenFrom: form }),
      await visitor.post('/messages/new', VALID, { tokenFrom: form, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } }),
      await visitor.post('/messages/new', VALID, { tokenFrom: form, headers: { origin: 'https://evil.example', 'sec-fetch-site': '' } }),
    ]
    for (const page of attempts) {
      expect(page.status).toBe(403)
      expect(text(page.body)).toContain('本次提交未被受理')
      expectInputKept(page, VALID)
    }
    expect(site.cms.publicApi.messages).toHaveLength(0)
    // The refusal page carries a fresh token: submitting it again works.
    expect((await visitor.post('/messages/new', VALID, { tokenFrom: attempts[0] })).status).toBe(303)
  })

  it('rate limit: the sixth message within ten minutes from one address gets 429 with input kept; later it goes through', async () => {
    for (let index = 0; index < 5; index++) expect((await visitor.post('/messages/new', VALID, { tokenFrom: form })).status).toBe(303)
    const limited = await visitor.post('/messages/new', VALID, { tokenFrom: form })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(text(limited.body)).toContain('您提交留言过于频繁，请稍后再试')
    expectInputKept(limited, VALID)
    expect(site.cms.publicApi.messages).toHaveLength(5)
    clock.now += 10 * 60 * 1000
    expect((await visitor.post('/messages/new', VALID, { tokenFrom: form })).status).toBe(303)
  })

  it('the CMS rate limit (429) is shown the same way', async () => {
    site.cms.publicApi.refuseNextMessage = { status: 429, body: { code: 'message.rate-limited', message: '留言提交过于频繁，请稍后再试。' } }
    const page = await visitor.post('/messages/new', VALID, { tokenFrom: form })
    expect(page.status).toBe(429)
    expect(text(page.body)).toContain('留言提交过于频繁，请稍后再试。')
    expectInputKept(page, VALID)
  })

  it.each(['http500', 'drop', 'not-json'] as const)('CMS down (%s): 503 with everything typed kept and 请稍后重试, never a success', async (mode) => {
    site.cms.mode = mode
    const page = await visitor.post('/messages/new', VALID, { tokenFrom: form })
    expect(page.status).toBe(503)
    expect(text(page.body)).toContain('请稍后重试')
    expect(text(page.body)).toContain('您填写的内容已保留')
    expect(page.body).not.toContain('留言提交成功')
    expectInputKept(page, VALID)
    site.cms.mode = 'ok'
    expect((await visitor.post('/messages/new', VALID, { tokenFrom: page })).status).toBe(303)
  })
})

describe('我要写信 without SITE_SERVICE_SECRET', () => {
  const site = useSite()

  it('keeps the input and asks to try again (the CMS would refuse the call)', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/messages/new')
    const page = await visitor.post('/messages/new', VALID, { tokenFrom: form })
    expect(page.status).toBe(503)
    expectInputKept(page, VALID)
    expect(site.cms.publicApi.calls).toHaveLength(0)
  })
})
