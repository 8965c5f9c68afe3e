import { beforeAll, describe, expect, it } from 'vitest'
import type { PublicSurvey } from '@govsite/domain'

import { SERVICE_SECRET } from './fake-public-api.js'
import { lexical } from './hand-made-fixtures.js'
import { createFormClient, isChecked, pageText, textareaValue } from './form-client.js'
import { useSite } from './site-harness.js'

const COUNTY = 'www.examplecounty.gov.cn'

function survey(id: string, state: PublicSurvey['state'], extra: Partial<PublicSurvey> = {}): PublicSurvey {
  return {
    id,
    siteSlug: 'portal',
    title: `关于城市公园开放时间的意见征集（${id}）`,
    description: lexical('请您对公园开放时间提出宝贵意见。') as never,
    opensAt: '2026-03-01T00:00:00.000Z',
    closesAt: '2026-03-31T16:00:00.000Z',
    state,
    questions: [
      { id: 'freq', label: '您多久去一次公园？', kind: 'single', options: ['每天', '每周', '很少'], required: true },
      { id: 'when', label: '您希望哪些时段开放？', kind: 'multiple', options: ['清晨', '白天', '夜间'], required: false },
      { id: 'idea', label: '其他建议', kind: 'text', options: [], required: false },
    ],
    ...extra,
  }
}

describe('征集调查 (surveys)', () => {
  const site = useSite({ serviceSecret: SERVICE_SECRET })

  beforeAll(() => {
    site.cms.publicApi.surveys.push(
      survey('s-open', 'open'),
      survey('s-upcoming', 'upcoming', { opensAt: '2026-05-01T00:00:00.000Z' }),
      survey('s-closed', 'closed', { resultsReport: lexical('共收到意见 120 条，公园将延长夜间开放。') as never }),
      survey('s-county', 'open', { siteSlug: 'county', title: '县城公园意见征集' }),
    )
  })

  it('lists the site’s surveys with their state and whether results are out', async () => {
    const page = await site.get('/surveys')
    expect(page.status).toBe(200)
    expect(page.headers['cache-control']).toBe('private, no-store')
    const text = pageText(page.body)
    expect(text).toMatch(/（s-open） 进行中/)
    expect(text).toMatch(/（s-upcoming） 未开始/)
    expect(text).toMatch(/（s-closed） 已结束 已公布结果/)
    expect(text).not.toContain('县城公园意见征集')
    expect(page.body).toContain('href="/surveys/s-open"')
  })

  it('an open survey is a form of labelled questions and sets a random httpOnly visitor cookie', async () => {
    const visitor = createFormClient(site.siteUrl)
    const page = await visitor.get('/surveys/s-open')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<legend>1. 您多久去一次公园？<span class="required">（必填）</span></legend>')
    expect(page.body).toMatch(/<input type="radio" id="sq-1-first" name="q-freq" value="每天"/)
    expect(page.body).toMatch(/<input type="checkbox" id="sq-2-first" name="q-when" value="清晨"/)
    expect(page.body).toContain('<label for="sq-3">3. 其他建议</label>')
    const cookie = page.headers.getSetCookie().find((line) => line.startsWith('govsite-visitor='))
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
  })

  it('one response per visitor: the answer is stored with the visitor key; a second one gets the 409 page', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/surveys/s-open')
    const sent = await visitor.post(
      '/surveys/s-open',
      { 'q-freq': '每周', 'q-when': ['清晨', '夜间'], 'q-idea': '希望增加照明' },
      { tokenFrom: form, headers: { 'user-agent': 'TestBrowser/1.0' } },
    )
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/surveys/s-open?submitted=1')
    const stored = site.cms.publicApi.responses.at(-1)!
    expect(stored.answers).toEqual([
      { question: 'freq', choices: ['每周'] },
      { question: 'when', choices: ['清晨', '夜间'] },
      { question: 'idea', text: '希望增加照明' },
    ])
    expect(stored.visitorKey).toBe(visitor.jar.get('govsite-visitor'))
    expect(site.cms.publicApi.calls.at(-1)?.userAgent).toBe('TestBrowser/1.0')
    const thanks = await visitor.get(sent.headers.get('location')!)
    expect(pageText(thanks.body)).toContain('提交成功，感谢您的参与！')
    expect(thanks.body).not.toContain('name="q-freq"')

    const again = await visitor.post('/surveys/s-open', { 'q-freq': '每天' }, { tokenFrom: form })
    expect(again.status).toBe(409)
    expect(pageText(again.body)).toContain('您已参与过本次征集调查，每位访客只能提交一次')
    expect(again.body).not.toContain('name="q-freq"')
    expect(site.cms.publicApi.responses.filter((response) => response.visitorKey === stored.visitorKey)).toHaveLength(1)
  })

  it('a required question left out: 400 with the error at the question and the other answers kept', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/surveys/s-open')
    const before = site.cms.publicApi.responses.length
    const page = await visitor.post('/surveys/s-open', { 'q-when': '白天', 'q-idea': '多设座椅' }, { tokenFrom: form })
    expect(page.status).toBe(400)
    expect(pageText(page.body)).toContain('请回答“您多久去一次公园？”')
    expect(page.body).toMatch(/<input type="radio" id="sq-1-first"[^>]* aria-describedby="sq-1-error"/)
    expect(isChecked(page.body, 'q-when', '白天')).toBe(true)
    expect(textareaValue(page.body, 'sq-3')).toBe('多设座椅')
    expect(site.cms.publicApi.responses).toHaveLength(before)
  })

  it('an option that is not offered is refused (400), not passed on', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/surveys/s-open')
    const page = await visitor.post('/surveys/s-open', { 'q-freq': ['每天', '每周'] }, { tokenFrom: form })
    expect(page.status).toBe(400)
    expect(pageText(page.body)).toContain('“您多久去一次公园？”只能选择一项')
  })

  it('CSRF and honeypot apply to survey answers too', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/surveys/s-open')
    expect((await visitor.post('/surveys/s-open', { 'q-freq': '每天' }, { token: null })).status).toBe(403)
    expect((await visitor.post('/surveys/s-open', { 'q-freq': '每天', website: 'x' }, { tokenFrom: form })).status).toBe(400)
  })

  it('closed survey: no form, the published results report; upcoming: no form, when it opens', async () => {
    const closed = await site.get('/surveys/s-closed')
    expect(closed.status).toBe(200)
    expect(closed.body).not.toContain('name="q-freq"')
    expect(pageText(closed.body)).toContain('本次征集调查已结束')
    expect(pageText(closed.body)).toContain('结果反馈 共收到意见 120 条，公园将延长夜间开放。')
    const upcoming = await site.get('/surveys/s-upcoming')
    expect(upcoming.body).not.toContain('name="q-freq"')
    expect(pageText(upcoming.body)).toContain('本次征集调查尚未开始，请于 2026-05-01 08:00 后参与')
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/surveys/s-open')
    const late = await visitor.post('/surveys/s-closed', { 'q-freq': '每天' }, { tokenFrom: form })
    expect(late.status).toBe(409)
    expect(pageText(late.body)).toContain('本次征集调查已结束')
  })

  it('the CMS closing the survey meanwhile (409 survey.closed) shows the closed state', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/surveys/s-open')
    const target = site.cms.publicApi.surveys.find((entry) => entry.id === 's-open')!
    const original = target.state
    // The site still sees it open (its list call runs first), the CMS refuses at submission.
    const handle = site.cms.publicApi.handle
    site.cms.publicApi.handle = (method, url, headers, body) => {
      if (method === 'POST') target.state = 'closed'
      return handle(method, url, headers, body)
    }
    try {
      const page = await visitor.post('/surveys/s-open', { 'q-freq': '每天' }, { tokenFrom: form })
      expect(page.status).toBe(409)
      expect(pageText(page.body)).toContain('本次征集调查已结束')
      expect(page.body).not.toContain('name="q-freq"')
    } finally {
      site.cms.publicApi.handle = handle
      target.state = original
    }
  })

  it('another site’s survey or an unknown id is not found here', async () => {
    expect((await site.get('/surveys/s-county')).status).toBe(404)
    expect((await site.get('/surveys/s-county', COUNTY)).status).toBe(200)
    expect((await site.get('/surveys/nope')).status).toBe(404)
    expect((await site.get('/surveys/%3Cscript%3E')).status).toBe(404)
  })
})
