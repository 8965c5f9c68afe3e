import { describe, expect, it } from 'vitest'

import { FAKE_FILE_SHA256 } from './hand-made-fixtures.js'
import { get, metaContent } from './helpers.js'
import { useSite } from './site-harness.js'

const COUNTY = 'www.examplecounty.gov.cn'

/** The page's text in document order, tags removed. */
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
const count = (html: string, needle: string) => html.split(needle).length - 1
const decodeHtml = (value: string) => value.replaceAll('&amp;', '&')

describe('public pages', () => {
  const site = useSite()

  it('homepage: one h1, landmarks, skip link, search box and the national meta tags', async () => {
    const { status, body } = await site.get('/')
    expect(status).toBe(200)
    expect(body.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true)
    expect(count(body, '<h1')).toBe(1)
    for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) expect(body).toContain(landmark)
    expect(body).toContain('<a class="skip-link" href="#main">')
    expect(body).toMatch(/<form class="search-form" role="search" action="\/search" method="get">/)
    expect(body).toContain('name="q"')
    expect(metaContent(body, 'SiteName')).toBe('示例市人民政府')
    expect(metaContent(body, 'SiteDomain')).toBe('www.example.gov.cn')
    expect(metaContent(body, 'SiteIDCode')).toBe('6101000001')
    expect(metaContent(body, 'ColumnName')).toBe('首页')
    expect(metaContent(body, 'ColumnType')).toBe('首页')
    expect(metaContent(body, 'ArticleTitle')).toBeUndefined()
  })

  it('homepage: latest news of news columns (sub-columns too), notices, policies, interpretations, column navigation', async () => {
    const page = text((await site.get('/')).body)
    expect(page).toContain('示例市新闻第25条')
    expect(page).toContain('示例市新闻第24条')
    expect(page).not.toContain('示例市新闻第17条') // eight newest only
    expect(page).toContain('关于市政务服务中心实行周六延时服务的公告')
    expect(page).toContain('示例市城市公共停车设施建设管理办法（修订）')
    expect(page).toContain('《示例市城市公共停车设施建设管理办法（修订）》问答')
    expect(page).toContain('栏目导航')
    expect(page).toContain('互动交流')
    expect(page).not.toContain('县政府召开全县安全生产工作会议')
  })

  it('homepage: currently pinned notices come first, in their own slot; ended or future pins do not', async () => {
    const { body } = await site.get('/', COUNTY)
    const main = body.slice(body.indexOf('<main'))
    const slot = main.slice(main.indexOf('<section class="pinned"'), main.indexOf('</section>') + 10)
    expect(slot).toContain('关于示例县人民政府门户网站正式开通的公告')
    expect(slot).not.toContain('置顶已过期的公告')
    expect(slot).not.toContain('尚未开始置顶的公告')
    expect(main.indexOf('<section class="pinned"')).toBeLessThan(main.indexOf('id="news-heading"'))
    expect(main.indexOf('关于示例县人民政府门户网站正式开通的公告')).toBeLessThan(main.indexOf('县政府召开全县安全生产工作会议'))
    // the portal has no pin now: no empty slot
    expect((await site.get('/')).body).not.toContain('class="pinned"')
  })

  it('footer on every page (R-SITE-IDENT): identity, contact, filings, 党政机关网站标识 linked for verification, 我为政府网站找错 for this page', async () => {
    for (const path of ['/', '/columns/news', '/articles/portal-article-1', '/policies/policy-old', '/sitemap', '/no/such/page']) {
      const { body } = await site.get(path)
      const footer = body.slice(body.indexOf('<footer'))
      expect(footer, path).toContain('主办单位：<!-- -->示例市人民政府办公室')
      expect(footer).toContain('承办单位：<!-- -->portal大数据管理局')
      expect(footer).toContain('029-12345678')
      expect(footer).toContain('mailto:webmaster@portal.gov.cn')
      expect(footer).toContain('示例市中心区人民路1号')
      expect(footer).toContain('网站标识码：<!-- -->6101000001')
      expect(footer).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>陕ICP备05001234号<\/a>/)
      expect(footer).toContain('陕公网安备 61010202000123号')
      expect(footer).toMatch(/<a class="dzjg" data-slot="dzjg" href="https:\/\/bszs\.conac\.cn\/"[^>]*aria-label="党政机关网站标识（点击核实）"><svg /)
      const report = new URL(decodeHtml(/<a href="([^"]*)"[^>]*>我为政府网站找错<\/a>/.exec(footer)?.[1] ?? ''))
      expect(`${report.origin}${report.pathname}`).toBe('https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteError.action')
      expect(report.searchParams.get('sitecode')).toBe('6101000001')
      expect(report.searchParams.get('url')).toBe(`${site.siteUrl}${path}`)
    }
  })

  it('column page: its and its sub-columns’ items, newest first, 20 a page; ?page= bounds', async () => {
    const first = await site.get('/columns/news')
    expect(first.status).toBe(200)
    expect(metaContent(first.body, 'ColumnName')).toBe('工作动态')
    expect(metaContent(first.body, 'ColumnType')).toBe('工作动态/要闻')
    expect(first.body).toContain('<h1>工作动态</h1>')
    expect(count(first.body, 'href="/articles/')).toBe(20)
    expect(text(first.body).indexOf('示例市新闻第25条')).toBeLessThan(text(first.body).indexOf('示例市新闻第24条'))
    expect(first.body).toContain('href="/columns/news?page=2" rel="next"')
    const second = await site.get('/columns/news?page=2')
    expect(second.status).toBe(200)
    expect(count(second.body, 'href="/articles/')).toBe(5)
    expect(text(second.body)).toContain('示例市新闻第1条')
    expect(second.body).toContain('href="/columns/news" rel="prev"')
    for (const bad of ['3', '0', '-1', 'abc', '1.5', '99999999', '']) {
      expect((await site.get(`/columns/news?page=${bad}`)).status, `page=${bad}`).toBe(404)
    }
    const sub = await site.get('/columns/headlines')
    expect(count(sub.body, 'href="/articles/')).toBe(12)
    expect((await site.get('/columns/no-such-column')).status).toBe(404)
  })

  it('notice column: pinned notices on top, not repeated below', async () => {
    const { body } = await site.get('/columns/notices', COUNTY)
    const page = text(body)
    expect(body).toContain('class="pinned"')
    expect(count(body, 'href="/notices/county-opening"')).toBe(1)
    expect(page.indexOf('关于示例县人民政府门户网站正式开通的公告')).toBeLessThan(page.indexOf('关于县政务服务大厅搬迁的公告'))
    expect(page).toContain('置顶已过期的公告')
  })

  it('article page: title, 发布时间 in China time, 来源, body, attachments, article meta tags', async () => {
    const { status, body } = await site.get('/articles/portal-article-25')
    expect(status).toBe(200)
    expect(body).toContain('<h1>示例市新闻第25条</h1>')
    // 2026-03-01T02:25Z is 10:25 in Asia/Shanghai
    expect(text(body)).toContain('发布时间： 2026-03-01 10:25')
    expect(text(body)).toContain('来源： 示例市发展和改革委员会')
    expect(text(body)).toContain('第25条新闻正文。')
    expect(body).toContain('href="/media/%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99.pdf"')
    expect(body).toContain('（200 KB）')
    // An image in the body comes from this site's /media route, like attachments, never from the CMS's address.
    expect(body).toContain('<img src="/media/%E4%BC%9A%E8%AE%AE%E7%8E%B0%E5%9C%BA.png" alt="会议现场"')
    expect(body).not.toContain('cms.internal')
    expect((await site.get('/media/%E4%BC%9A%E8%AE%AE%E7%8E%B0%E5%9C%BA.png')).status).toBe(200)
    expect(metaContent(body, 'ArticleTitle')).toBe('示例市新闻第25条')
    expect(metaContent(body, 'PubDate')).toBe('2026-03-01 10:25')
    expect(metaContent(body, 'ContentSource')).toBe('示例市发展和改革委员会')
    expect(metaContent(body, 'ColumnName')).toBe('工作动态')
    // no source: the site is the source
    expect(metaContent((await site.get('/articles/portal-article-2')).body, 'ContentSource')).toBe('示例市人民政府')
    expect(metaContent((await site.get('/articles/portal-article-2')).body, 'ColumnName')).toBe('要闻')
  })

  it('attachments are streamed from the CMS, this site’s only', async () => {
    const file = await site.get('/media/%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99.pdf')
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('application/pdf')
    expect(file.headers['x-content-type-options']).toBe('nosniff')
    expect(file.body).toBe('%PDF-1.4 fake')
    expect((await site.get('/media/%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99.pdf', COUNTY)).status).toBe(404)
  })

  it('attachments carry the approved file fingerprint as their ETag and revalidate with 304 without fetching the file', async () => {
    const path = '/media/%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99.pdf'
    const file = await site.get(path)
    expect(file.headers['last-modified']).toBe('Thu, 01 Jan 2026 00:00:00 GMT')
    const etag = String(file.headers.etag)
    expect(etag).toBe(`"${FAKE_FILE_SHA256}"`)
    expect(file.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(FAKE_FILE_SHA256, 'hex').toString('base64')}:`)
    const fileFetches = () => site.cms.requests.filter((request) => request.pathname.startsWith('/api/media/file/')).length
    const before = fileFetches()
    expect((await get(`${site.siteUrl}${path}`, undefined, { 'if-none-match': etag })).status).toBe(304)
    expect((await get(`${site.siteUrl}${path}`, undefined, { 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' })).status).toBe(304)
    expect(fileFetches()).toBe(before)
    const changed = await get(`${site.siteUrl}${path}`, undefined, { 'if-none-match': `"${'0'.repeat(64)}"` })
    expect(changed.status).toBe(200)
    expect(changed.body).toBe('%PDF-1.4 fake')
    expect(fileFetches()).toBe(before + 1)
  })

  it('serves a file only byte-identical to what was approved (R-REVIEW-BEFORE-PUBLISH)', async () => {
    // The store answers other bytes than the approved fingerprint: not served, or broken off before its end.
    expect((await site.get(`/media/${encodeURIComponent('被改动的附件.pdf')}`)).status).toBe(404)
    const large = await fetch(`${site.siteUrl}/media/${encodeURIComponent('被改动的大附件.pdf')}`)
    expect(large.status).toBe(200)
    await expect(large.arrayBuffer()).rejects.toThrow()
    // Without a fingerprint there is nothing to check the bytes against.
    expect((await site.get(`/media/${encodeURIComponent('无指纹的附件.pdf')}`)).status).toBe(404)
  })

  it('notice page', async () => {
    const { status, body } = await site.get('/notices/county-opening', COUNTY)
    expect(status).toBe(200)
    expect(body).toContain('<h1>关于示例县人民政府门户网站正式开通的公告</h1>')
    expect(text(body)).toContain('类型： 开通公告')
    expect(metaContent(body, 'ColumnName')).toBe('通知公告')
  })

  it('policy page: metadata table, revised banner linking to the replacement', async () => {
    const { status, body } = await site.get('/policies/policy-old')
    expect(status).toBe(200)
    const table = text(body.slice(body.indexOf('<table'), body.indexOf('</table>')))
    for (const row of [
      '索引号 11610100MB2955123X/2026-00001',
      '主题分类 城乡建设、环境保护',
      '发布机构 示例市人民政府',
      '文号 示政发〔2023〕21号',
      '成文日期 2023-10-12',
      '发布日期 2026-03-01',
      '有效性 已修订',
      '主题词 停车设施；管理办法',
    ])
      expect(table).toContain(row)
    const banner = body.slice(body.indexOf('<p class="validity-banner"'), body.indexOf('</p>', body.indexOf('<p class="validity-banner"')))
    expect(text(banner)).toContain('本文件已修订，请以修订后的《示例市城市公共停车设施建设管理办法（修订）》为准。')
    expect(banner).toContain('href="/policies/policy-new"')
    expect(body.indexOf('validity-banner')).toBeLessThan(body.indexOf('<table'))
  })

  it('policy page: a valid policy has no banner and lists its interpretations; the interpretation links back', async () => {
    const policy = await site.get('/policies/policy-new')
    expect(policy.body).not.toContain('class="validity-banner"')
    const list = policy.body.slice(policy.body.indexOf('id="interpretations-heading"'))
    expect(list).toContain('href="/interpretations/interp-1"')
    const interpretation = await site.get('/interpretations/interp-1')
    expect(interpretation.status).toBe(200)
    expect(text(interpretation.body)).toContain('解读形式： 问答')
    expect(interpretation.body).toContain('href="/policies/policy-new"')
    expect(metaContent(interpretation.body, 'ColumnName')).toBe('政策解读')
  })

  it('site map lists every column as a tree', async () => {
    const { body } = await site.get('/sitemap')
    expect(body).toContain('<h1>网站地图</h1>')
    for (const slug of ['about', 'news', 'headlines', 'notices', 'policies', 'interpretations', 'interaction'])
      expect(body).toContain(`href="/columns/${slug}"`)
    expect(body).toMatch(/href="\/columns\/news">工作动态<\/a><ul><li><a href="\/columns\/headlines">/)
  })

  it('search finds the site’s own documents only by default', async () => {
    const { body } = await site.get(`/search?q=${encodeURIComponent('公告')}`)
    const unmarked = text(body.replace(/<\/?mark>/g, ''))
    expect(unmarked).toContain('关于市政务服务中心实行周六延时服务的公告')
    expect(unmarked).not.toContain('关于示例县人民政府门户网站正式开通的公告')
    expect(text((await site.get('/search')).body)).toContain('请输入关键词')
  })

  it('unknown documents and malformed ids are 404 pages of the site', async () => {
    for (const path of ['/articles/nope', '/articles/..%2F..%2Fusers', '/policies/x%20y', '/notices/portal-article-1', '/interpretations/policy-new']) {
      const page = await site.get(path)
      expect(page.status, path).toBe(404)
      expect(page.body).toContain('抱歉，您访问的页面不存在')
      expect(metaContent(page.body, 'SiteName')).toBe('示例市人民政府')
    }
  })

  it('mourning mode greys the whole page; other sites stay in colour', async () => {
    expect((await site.get('/', 'www.mourning.gov.cn')).body).toContain('<html lang="zh-CN" class="mourning">')
    expect((await site.get('/')).body).toContain('<html lang="zh-CN">')
    expect((await site.get('/')).body).toContain('html.mourning{filter:grayscale(100%)}')
  })

  it('renders hostile titles, sources and bodies as text only', async () => {
    const { status, body } = await site.get('/articles/hostile-article')
    expect(status).toBe(200)
    expect(body).not.toContain('<script>')
    expect(body).not.toMatch(/<img[^>]*onerror/)
    expect(body).not.toContain('javascript:')
    expect(body).not.toMatch(/<b onmouseover/)
    expect(body).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;')
    expect(metaContent(body, 'ContentSource')).toBe('&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;')
    const columnPage = await site.get('/columns/about')
    expect(columnPage.body).not.toContain('<script>')
  })
})
