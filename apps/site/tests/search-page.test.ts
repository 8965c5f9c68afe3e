import { describe, expect, it } from 'vitest'

import { useSite } from './site-harness.js'

const COUNTY = 'www.examplecounty.gov.cn'
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
const q = (value: string) => encodeURIComponent(value)
const results = (html: string) => /<ol class="search-results"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? ''

describe('search page (full-text search through the CMS)', () => {
  const site = useSite()

  it('searches this site by default, with the words marked in titles', async () => {
    const { status, body } = await site.get(`/search?q=${q('政务服务')}`)
    expect(status).toBe(200)
    expect(text(body)).toContain('本站找到与“政务服务”相关的结果 1 条')
    expect(results(body)).toContain('href="/notices/portal-notice"')
    expect(results(body)).toContain('关于市<mark>政务服务</mark>中心实行周六延时<mark>服务</mark>的公告')
    expect(results(body)).not.toContain('county-later')
  })

  it('searches all sites on request, linking other sites’ documents through /_site/<slug>', async () => {
    const { body } = await site.get(`/search?q=${q('政务服务')}&scope=all`)
    expect(text(body)).toContain('全部网站找到与“政务服务”相关的结果 2 条')
    expect(results(body)).toContain('href="/_site/county/notices/county-later"')
    expect(text(results(body))).toContain('示例县人民政府')
    expect(body).toContain('<input type="radio" name="scope" checked="" value="all"/>')
  })

  it('on a site served under /_site/<slug>, own results keep the prefix', async () => {
    const { body } = await site.get(`/_site/county/search?q=${q('政务服务')}`)
    expect(results(body)).toContain('href="/_site/county/notices/county-later"')
  })

  it('sends the filters to the CMS: this site, type and dates', async () => {
    site.cms.requests.length = 0
    await site.get(`/search?q=${q('公告')}&type=notice&from=2026-01-01&to=2026-12-31`, COUNTY)
    const request = site.cms.requests.find((url) => url.pathname === '/api/search')!
    expect(Object.fromEntries(request.searchParams)).toEqual({
      q: '公告',
      site: 'site-county',
      type: 'notice',
      from: '2026-01-01',
      to: '2026-12-31',
      page: '1',
      pageSize: '10',
    })
  })

  it('pages through results with links that keep the query and filters', async () => {
    const first = await site.get(`/search?q=${q('示例市新闻')}&type=article`)
    expect(text(first.body)).toContain('结果 25 条')
    expect(results(first.body).match(/<li>/g)).toHaveLength(10)
    expect(first.body).toContain(`href="/search?q=${q('示例市新闻')}&amp;type=article&amp;page=2"`)
    const third = await site.get(`/search?q=${q('示例市新闻')}&type=article&page=3`)
    expect(results(third.body).match(/<li>/g)).toHaveLength(5)
    expect(third.body).toContain('<ol class="search-results" start="21">')
  })

  it('an empty result suggests other searches and leaving a message', async () => {
    const { status, body } = await site.get(`/search?q=${q('公告 火星')}`)
    expect(status).toBe(200)
    expect(text(body)).toContain('未找到与“公告 火星”相关的内容')
    expect(body).toContain(`href="/search?q=${q('公告')}"`)
    expect(body).toContain('href="/messages/new">我要留言</a>')
    const elsewhere = await site.get(`/search?q=${q('安全生产')}`)
    expect(text(elsewhere.body)).toContain('在全部网站中搜索“安全生产”（1 条）')
    expect(elsewhere.body).toContain(`href="/search?q=${q('安全生产')}&amp;scope=all"`)
  })

  it('bad input is a 400 page with the CMS’s Chinese message, never a 503', async () => {
    const { status, body } = await site.get(`/search?q=${q('政'.repeat(101))}`)
    expect(status).toBe(400)
    expect(body).toMatch(/<p class="search-error" role="alert">搜索词过长，最多 100 个字<\/p>/)
  })

  it('works without JavaScript: a GET form whose every control has a label', async () => {
    const { body } = await site.get('/search')
    expect(text(body)).toContain('请输入关键词进行搜索')
    const form = /<form class="search-filters"[\s\S]*?<\/form>/.exec(body)![0]
    expect(form).toMatch(/^<form class="search-filters" role="search" aria-label="搜索条件" action="\/search" method="get">/)
    expect(body).not.toMatch(/<script/)
    for (const [, id] of form.matchAll(/<(?:input|select) id="([\w-]+)"/g)) expect(form).toContain(`<label for="${id}">`)
    expect(form).toContain('<legend>搜索范围</legend>')
  })

  it('escapes text from the CMS: highlighted pieces are text, not markup', async () => {
    site.cms.collections.articles!.push({
      ...site.cms.collections.articles![0]!,
      id: 'portal-article-xss',
      title: '<img src=x onerror=alert(1)>防汛通知',
    })
    const { body } = await site.get(`/search?q=${q('防汛')}`)
    expect(results(body)).toContain('&lt;img src=x onerror=alert(1)&gt;<mark>防汛</mark>通知')
  })
})
