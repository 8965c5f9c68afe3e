import { beforeAll, describe, expect, it } from 'vitest'

import { answeredMessage, SERVICE_SECRET } from './fake-public-api.js'
import { lexical } from './hand-made-fixtures.js'
import { pageText } from './form-client.js'
import { useSite } from './site-harness.js'

const COUNTY = 'www.examplecounty.gov.cn'

describe('留言查询 and 留言选登', () => {
  const site = useSite({ serviceSecret: SERVICE_SECRET })

  beforeAll(() => {
    const api = site.cms.publicApi
    api.messages.push(
      {
        trackingCode: 'ACDE34679F',
        siteSlug: 'portal',
        category: 'consultation',
        subject: '新生儿医保如何办理',
        content: '孩子出生后多久内需要办理医保？',
        receivedAt: '2026-09-30T02:00:00.000Z',
        dueDate: '2026-10-13',
        status: 'answered',
        reply: lexical('出生后 90 日内到社区服务中心办理即可。') as never,
        answeredAt: '2026-10-09T03:00:00.000Z',
        handlingWorkingDays: 2,
      },
      {
        trackingCode: 'GHJK34679F',
        siteSlug: 'portal',
        category: 'complaint',
        subject: '小区垃圾清运不及时',
        content: '垃圾已堆放三天。',
        receivedAt: '2026-10-10T02:00:00.000Z',
        dueDate: '2026-10-16',
        status: 'received',
      },
    )
    api.answered.portal = Array.from({ length: 13 }, (_, index) => answeredMessage(index + 1))
  })

  it('looks a message up by its code (any case, spaces): status, question, published reply, dates, working days', async () => {
    const page = await site.get('/messages/track?code=acde%2034679f')
    expect(page.status).toBe(200)
    expect(page.headers['cache-control']).toBe('private, no-store')
    const text = pageText(page.body)
    expect(text).toContain('办理状态 已答复')
    expect(text).toContain('新生儿医保如何办理')
    expect(text).toContain('孩子出生后多久内需要办理医保？')
    expect(text).toContain('出生后 90 日内到社区服务中心办理即可。')
    expect(text).toContain('受理时间 2026-09-30 10:00')
    expect(text).toContain('答复期限 2026-10-13')
    expect(text).toContain('答复时间 2026-10-09')
    expect(text).toContain('办理用时 2 个工作日')
    expect(site.cms.publicApi.calls.at(-1)?.path).toBe('/api/public/messages/ACDE34679F')
  })

  it('a message not answered yet says it is being handled, without a reply', async () => {
    const text = pageText((await site.get('/messages/track?code=GHJK34679F')).body)
    expect(text).toContain('办理状态 办理中')
    expect(text).toContain('正在办理中，答复发布后将在此显示。')
    expect(text).not.toContain('答复时间')
  })

  it('unknown, malformed and other sites’ codes: a clear message at the box', async () => {
    const unknown = await site.get('/messages/track?code=ACDE34679G')
    expect(unknown.status).toBe(404)
    expect(pageText(unknown.body)).toContain('未找到该查询码对应的留言')
    expect(unknown.body).toMatch(/<input[^>]*id="track-code"[^>]*aria-describedby="track-code-hint track-code-error"/)
    const malformed = await site.get('/messages/track?code=abc')
    expect(malformed.status).toBe(400)
    expect(pageText(malformed.body)).toContain('查询码格式不正确')
    expect((await site.get('/messages/track?code=ACDE34679F', COUNTY)).status).toBe(404)
    expect((await site.get('/messages/track')).status).toBe(200)
  })

  it('留言选登: question, answer, received and answered dates, handling time; paginated', async () => {
    const first = await site.get('/messages')
    expect(first.status).toBe(200)
    const text = pageText(first.body)
    expect(text).toContain('共 13 条')
    expect(text).toContain('关于公交线路调整的咨询第1条')
    expect(text).toContain('第1路公交车将于下月恢复原线路运行。')
    expect(text).toContain('受理日期： 2026-03-02')
    expect(text).toContain('答复日期： 2026-03-04')
    expect(text).toContain('办理用时：当日答复')
    expect(text).toContain('办理用时：2 个工作日')
    expect(text).not.toContain('第11条')
    expect(first.body).toContain('<a href="/messages?page=2" rel="next">下一页</a>')
    const second = pageText((await site.get('/messages?page=2')).body)
    expect(second).toContain('关于公交线路调整的咨询第11条')
    expect((await site.get('/messages?page=3')).status).toBe(404)
    expect((await site.get('/messages?page=x')).status).toBe(404)
    expect(pageText((await site.get('/messages', COUNTY)).body)).toContain('共 0 条')
  })

  it('the public list is unavailable (503) rather than empty when the CMS fails', async () => {
    site.cms.mode = 'http500'
    try {
      const page = await site.get('/messages')
      expect(page.status).toBe(503)
      expect(page.body).toContain('网站暂时无法访问')
    } finally {
      site.cms.mode = 'ok'
    }
  })
})
