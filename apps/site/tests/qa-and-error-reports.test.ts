import { beforeAll, describe, expect, it } from 'vitest'

import { SERVICE_SECRET } from './fake-public-api.js'
import { lexical } from './hand-made-fixtures.js'
import { createFormClient, inputValue, pageText, textareaValue } from './form-client.js'
import { useSite } from './site-harness.js'

describe('智能问答 (Q&A box)', () => {
  const site = useSite({ serviceSecret: SERVICE_SECRET })

  beforeAll(() => {
    site.cms.publicApi.faqs.portal = [
      { id: 'faq-1', question: '如何办理居住证', answer: '携带身份证到户籍所在地派出所办理。', category: '户籍' },
      { id: 'faq-2', question: '社保卡丢失怎么补办', answer: '可在线上服务平台申请补办。', category: '社保' },
    ]
  })

  it('the homepage has the Q&A box and the interaction entry points', async () => {
    const home = await site.get('/')
    expect(home.body).toContain('<form class="qa-box" role="search" aria-label="智能问答" action="/qa" method="get">')
    expect(home.body).toContain('<label for="qa-q">智能问答：请输入您的问题</label>')
    for (const [path, label] of [
      ['/messages/new', '我要写信'],
      ['/messages/track', '留言查询'],
      ['/messages', '留言选登'],
      ['/surveys', '征集调查'],
      ['/qa', '智能问答'],
      ['/error-reports/new', '我为政府网站找错'],
    ]) {
      expect(home.body).toContain(`<a href="${path}">${label}</a>`)
    }
    expect((await site.get('/_site/county/')).body).toContain('action="/_site/county/qa"')
  })

  it('answers with the best-matching FAQ entries of the site', async () => {
    const page = await site.get('/qa?q=%E5%B1%85%E4%BD%8F%E8%AF%81%E6%80%8E%E4%B9%88%E5%8A%9E')
    expect(page.status).toBe(200)
    expect(page.headers['cache-control']).toBe('private, no-store')
    const text = pageText(page.body)
    expect(text).toContain('如何办理居住证')
    expect(text).toContain('携带身份证到户籍所在地派出所办理。')
    expect(text).not.toContain('社保卡丢失怎么补办')
    expect(inputValue(page.body, 'qa-q')).toBe('居住证怎么办')
    const call = site.cms.publicApi.calls.at(-1)!
    expect(call.path).toBe('/api/qa')
  })

  it('each answer links to its knowledge-base entry page, which shows the published answer', async () => {
    const page = await site.get('/qa?q=' + encodeURIComponent('如何办理居住证'))
    expect(page.body).toContain('<a href="/faqs/faq-1">')
    site.cms.collections.faqs = [
      {
        id: 'faq-1',
        question: '如何办理居住证',
        site: { id: 'site-portal' },
        category: '户籍',
        answer: lexical('携带身份证到户籍所在地派出所办理。'),
        publishedAt: '2026-03-01T00:00:00.000Z',
      },
      {
        id: 'faq-county',
        question: '县里如何办理居住证',
        site: { id: 'site-county' },
        category: '户籍',
        answer: lexical('到县政务服务中心办理。'),
        publishedAt: '2026-03-01T00:00:00.000Z',
      },
    ]
    const entry = await site.get('/faqs/faq-1')
    expect(entry.status).toBe(200)
    expect(entry.body).toContain('<h1>如何办理居住证</h1>')
    expect(pageText(entry.body)).toContain('携带身份证到户籍所在地派出所办理。')
    expect(entry.body).toContain('<a href="/messages/new">我要写信</a>')
    // Another site's entry is not this site's page.
    expect((await site.get('/faqs/faq-county')).status).toBe(404)
    expect((await site.get('/_site/county/faqs/faq-county')).status).toBe(200)
  })

  it('nothing matches: says so and links to 我要写信', async () => {
    const page = await site.get('/qa?q=' + encodeURIComponent('公积金贷款额度'))
    expect(page.status).toBe(200)
    expect(pageText(page.body)).toContain('知识库中暂未找到与您的问题相符的解答')
    expect(page.body).toMatch(/<p class="qa-no-match">[^]*<a href="\/messages\/new">我要写信<\/a>/)
  })

  it('always available: when the CMS cannot answer, the page still offers 我要写信', async () => {
    site.cms.mode = 'drop' // the site itself is still known from earlier requests
    try {
      const page = await site.get('/qa?q=' + encodeURIComponent('居住证'))
      expect(page.status).toBe(200)
      expect(pageText(page.body)).toContain('智能问答暂时无法回答')
      expect(page.body).toContain('<a href="/messages/new">我要写信</a>')
    } finally {
      site.cms.mode = 'ok'
    }
  })

  it('an empty question shows just the box', async () => {
    const page = await site.get('/qa?q=%20')
    expect(page.status).toBe(200)
    expect(page.body).not.toContain('qa-no-match')
  })
})

describe('我为政府网站找错 (error reports)', () => {
  const site = useSite({ serviceSecret: SERVICE_SECRET })
  const pageUrl = 'http://www.example.gov.cn/articles/portal-article-1'

  it('pre-fills the page address from ?url= and stores the report through the CMS', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get(`/error-reports/new?url=${encodeURIComponent(pageUrl)}`)
    expect(form.status).toBe(200)
    expect(inputValue(form.body, 'report-url')).toBe(pageUrl)
    const sent = await visitor.post('/error-reports/new', { url: pageUrl, description: '第二段的电话号码有误', contact: '' }, { tokenFrom: form })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/error-reports/thanks')
    expect(site.cms.publicApi.errorReports.at(-1)).toEqual({ site: 'portal', url: pageUrl, description: '第二段的电话号码有误' })
    expect(pageText((await visitor.get('/error-reports/thanks')).body)).toContain('感谢您的反馈')
  })

  it('invalid input comes back with errors and the input kept; CMS down keeps it too', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/error-reports/new')
    const invalid = await visitor.post('/error-reports/new', { url: 'javascript:alert(1)', description: '', contact: 'qq 12345' }, { tokenFrom: form })
    expect(invalid.status).toBe(400)
    expect(pageText(invalid.body)).toContain('网址须以 http:// 或 https:// 开头')
    expect(pageText(invalid.body)).toContain('请填写问题描述')
    expect(inputValue(invalid.body, 'report-contact')).toBe('qq 12345')
    site.cms.mode = 'http500'
    try {
      const down = await visitor.post('/error-reports/new', { url: pageUrl, description: '图片无法显示', contact: '' }, { tokenFrom: form })
      expect(down.status).toBe(503)
      expect(pageText(down.body)).toContain('请稍后重试')
      expect(textareaValue(down.body, 'report-description')).toBe('图片无法显示')
    } finally {
      site.cms.mode = 'ok'
    }
  })

  it('refuses an oversized form with a clear 413 page, not a server error', async () => {
    const visitor = createFormClient(site.siteUrl)
    const form = await visitor.get('/error-reports/new')
    const page = await visitor.post('/error-reports/new', { url: pageUrl, description: '错'.repeat(20_000) }, { tokenFrom: form })
    expect(page.status).toBe(413)
    expect(pageText(page.body)).toContain('提交的内容过长')
  })
})
