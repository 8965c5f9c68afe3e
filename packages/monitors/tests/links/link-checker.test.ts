import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  checkSiteLinks,
  GuardedClient,
  monitorUserAgent,
  ResultCache,
  staticResolver,
  type LinkCheckOptions,
  type LinkFinding,
  type TargetProbe,
} from '../../src/index.js'
import { after, hang, html, redirect, startFixture, status, type Fixture, type Route } from '../fixtures/fixture-server.js'

const GAMBLING_PAGE = '<html><head><title>欢迎光临</title></head><body><p>欢迎来到网上赌场，真人荷官在线发牌。</p></body></html>'
// 网上赌场 in GBK, as an old or spammy server would send it.
const GBK_GAMBLING = Buffer.concat([
  Buffer.from('<html><body><p>'),
  Buffer.from([0xcd, 0xf8, 0xc9, 0xcf, 0xb6, 0xc4, 0xb3, 0xa1]),
  Buffer.from('</p></body></html>'),
])

/** HEAD answered 405, as some servers do; GET works. */
const headRefused: Route = (request, response) => (request.method === 'HEAD' ? status(405) : html('<p>正常</p>'))(request, response)

let site: Fixture
let external: Fixture
let ext: (path: string, host?: string) => string

beforeAll(async () => {
  external = await startFixture({
    '/page': html('<p>合作单位</p>'),
    '/missing': status(404),
    '/forbidden': status(403),
    '/casino': html(GAMBLING_PAGE),
    '/gbk': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=gbk' })
      response.end(GBK_GAMBLING)
    },
    '/to-spam': (request, response) => redirect(ext('/landing', 'www.spam.test'))(request, response),
    '/': html('<p>spam</p>'),
  })
  ext = (path, host = 'ext.test') => external.url(path, host)
  site = await startFixture({
    '/': html(`<html><body>
      <a href="/ok">正常页面</a>
      <a href="/missing">已删除的通知</a>
      <a href="/gone">旧栏目</a>
      <a href="/error">办事大厅</a>
      <a href="/hang">无应答的系统</a>
      <a href="/loop-a">循环跳转</a>
      <a href="/chain/0">八次跳转</a>
      <a href="/three/0">三次跳转</a>
      <a href="/slow">缓慢页面</a>
      <a href="/head-refused">不接受HEAD</a>
      <a href="/about">关于我们</a>
      <a href="/files/report.pdf">年度报告</a>
      <img src="/logo.png" alt="标志">
      <img src="/missing.png" alt="缺失图片">
      <a href="${ext('/page')}">合作单位</a>
      <a href="${ext('/missing')}">外部失效链接</a>
      <a href="${ext('/forbidden')}">拒绝机器访问</a>
      <a href="${ext('/casino')}">友情链接</a>
      <a href="${ext('/gbk')}">老网站</a>
      <a href="${ext('/', 'spam.test')}">过期域名</a>
      <a href="${ext('/to-spam')}">跳转到可疑域名</a>
      <a href="http://nowhere.test/">不存在的域名</a>
      <a href="mailto:office@example.gov.cn">写信</a>
    </body></html>`),
    // A small site for the walks: /small → /ok, /about → /deep-missing.
    '/small': html(
      `<a href="/ok">正常页面</a><a href="/about">关于我们</a><a href="${ext('/casino')}">友情链接</a><a href="${ext('/missing')}">外部失效链接</a>`,
    ),
    '/ok': html('<p>正常</p>'),
    // The public site's reading-preference toggles: rel="nofollow", answered by a redirect back to the page.
    '/prefs-page': html(
      '<a href="/_prefs?fs=l&amp;back=%2Fprefs-page" rel="nofollow">大</a><a href="/_prefs?care=1&amp;back=%2Fprefs-page" rel="nofollow">适老化模式</a><a href="/prefs-missing">失效链接</a>',
    ),
    '/_prefs': redirect('/prefs-page'),
    '/footer': html(`<a href="${ext('/missing')}">备案信息</a><a href="${ext('/', 'www.spam.test')}">友情链接</a><a href="/gone">旧栏目</a>`),
    '/about': html('<a href="/deep-missing">深层失效链接</a><a href="/small">首页</a>'),
    '/gone': status(410),
    '/error': status(500),
    '/hang': hang,
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/chain/${i}`, redirect(i === 7 ? '/ok' : `/chain/${i + 1}`)])),
    ...Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`/three/${i}`, redirect(i === 2 ? '/ok' : `/three/${i + 1}`)])),
    '/slow': after(800, html('<p>慢</p>')),
    '/head-refused': headRefused,
    '/files/report.pdf': (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/pdf' })
      response.end('%PDF-1.4')
    },
    '/logo.png': (_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png' })
      response.end('png')
    },
  })
})
afterAll(async () => {
  await site.close()
  await external.close()
})

const resolve = staticResolver({ 'site.test': '127.0.0.1', 'ext.test': '127.0.0.1', 'spam.test': '127.0.0.1', 'www.spam.test': '127.0.0.1' })

function setup(overrides: Partial<LinkCheckOptions> = {}) {
  let now = new Date('2026-12-01T02:00:00Z')
  const clock = () => now
  const client = new GuardedClient({
    userAgent: monitorUserAgent('https://platform.example.gov.cn/monitor'),
    allowLoopback: true,
    resolve,
    totalTimeoutMs: 1_500,
    retries: 0,
  })
  const options: LinkCheckOptions = {
    now: clock,
    cache: new ResultCache<TargetProbe>({ now: clock, ttlMs: 3 * 60 * 60 * 1000 }),
    suspiciousDomains: ['spam.test'],
    slowMs: 500,
    ...overrides,
  }
  return { client, options, advance: (ms: number) => (now = new Date(now.getTime() + ms)) }
}

const findingFor = (findings: LinkFinding[], target: string) => findings.find((finding) => finding.target === target)

describe('checkSiteLinks (R-DAILY-INSPECT, R-VETO-SECURITY)', () => {
  it('classifies every link, image and attachment on the homepage, naming the page, the text and the evidence', { timeout: 15_000 }, async () => {
    const { client, options } = setup()
    const reported: LinkFinding[] = []
    const report = await checkSiteLinks(client, { startUrl: site.url('/', 'site.test'), scope: 'homepage' }, { ...options, onFinding: (f) => reported.push(f) })
    const home = site.url('/', 'site.test')
    const at = (path: string) => findingFor(report.findings, site.url(path, 'site.test'))

    expect(report.pagesRead).toEqual([home])
    expect(report.start).toMatchObject({ status: 200 })
    expect(at('/ok')).toBeUndefined()
    expect(at('/logo.png')).toBeUndefined()
    expect(at('/files/report.pdf')).toBeUndefined()
    expect(at('/about')).toBeUndefined()
    expect(at('/deep-missing')).toBeUndefined()

    expect(at('/missing')).toMatchObject({
      pageUrl: home,
      linkText: '已删除的通知',
      element: 'a',
      internal: true,
      outcome: 'broken-confirmed',
      reasons: ['not-found'],
      evidence: { status: 404 },
    })
    expect(at('/gone')).toMatchObject({ outcome: 'broken-confirmed', reasons: ['gone'], evidence: { status: 410 } })
    expect(at('/missing.png')).toMatchObject({ linkText: '缺失图片', element: 'img', outcome: 'broken-confirmed' })
    expect(at('/error')).toMatchObject({ outcome: 'broken-suspected', reasons: ['server-error'], evidence: { status: 500 } })
    expect(at('/hang')).toMatchObject({ outcome: 'broken-suspected', reasons: ['timeout'] })
    expect(at('/loop-a')).toMatchObject({ outcome: 'broken-suspected', reasons: ['redirect-loop'] })
    expect(at('/chain/0')).toMatchObject({ outcome: 'broken-suspected', reasons: ['too-many-redirects'] })
    expect(at('/three/0')).toMatchObject({ outcome: 'warning', reasons: ['redirect-chain'], evidence: { status: 200, finalUrl: site.url('/ok', 'site.test') } })
    expect(at('/slow')).toMatchObject({ outcome: 'warning', reasons: ['slow'] })
    expect(at('/slow')!.evidence.elapsedMs).toBeGreaterThan(500)
    expect(at('/head-refused')).toBeUndefined()
    expect(site.hits('GET', '/head-refused')).toBe(1)

    expect(findingFor(report.findings, ext('/page'))).toBeUndefined()
    expect(findingFor(report.findings, ext('/missing'))).toMatchObject({ internal: false, outcome: 'broken-suspected', reasons: ['not-found'] })
    expect(findingFor(report.findings, ext('/forbidden'))).toMatchObject({ outcome: 'warning', reasons: ['blocked-for-bots'], evidence: { status: 403 } })
    expect(findingFor(report.findings, 'http://nowhere.test/')).toMatchObject({ outcome: 'broken-suspected', reasons: ['dns'] })
    expect(report.findings.some((finding) => finding.target.startsWith('mailto:'))).toBe(false)

    const casino = findingFor(report.findings, ext('/casino'))
    expect(casino).toMatchObject({ linkText: '友情链接', outcome: 'danger', reasons: ['dangerous-content'], evidence: { status: 200 } })
    expect(casino!.evidence.dangerousContent.map((match) => match.excerpt)).toEqual(['网上赌场', '真人荷官'])
    expect(findingFor(report.findings, ext('/gbk'))).toMatchObject({ outcome: 'danger', evidence: { dangerousContent: [{ excerpt: '网上赌场' }] } })

    expect(findingFor(report.findings, ext('/', 'spam.test'))).toMatchObject({
      outcome: 'danger',
      reasons: ['suspicious-domain'],
      suspiciousDomain: 'spam.test',
      evidence: { fetched: false },
    })
    expect(external.hits('GET', '/') + external.hits('HEAD', '/')).toBe(0)
    expect(findingFor(report.findings, ext('/to-spam'))).toMatchObject({
      outcome: 'danger',
      reasons: ['suspicious-domain'],
      evidence: { finalUrl: ext('/landing', 'www.spam.test') },
    })

    expect(reported.filter((finding) => finding.outcome === 'danger')).toHaveLength(4)
    expect(reported).toHaveLength(report.findings.length)
  })

  it('walks the whole site in site scope, within its own hosts and the page bound', async () => {
    const { client, options } = setup()
    const report = await checkSiteLinks(client, { startUrl: site.url('/small', 'site.test'), scope: 'site' }, options)
    expect(report.pagesRead).toEqual([site.url('/small', 'site.test'), site.url('/ok', 'site.test'), site.url('/about', 'site.test')])
    expect(report.pagesRead.some((url) => url.includes('ext.test'))).toBe(false)
    expect(findingFor(report.findings, site.url('/deep-missing', 'site.test'))).toMatchObject({
      pageUrl: site.url('/about', 'site.test'),
      linkText: '深层失效链接',
      outcome: 'broken-confirmed',
    })

    const bounded = await checkSiteLinks(client, { startUrl: site.url('/small', 'site.test'), scope: 'site' }, { ...setup().options, maxPages: 2 })
    expect(bounded.pagesRead).toHaveLength(2)
    expect(bounded.pagesLeftOut).toBeGreaterThan(0)
  })

  it('does not walk rel="nofollow" links (reading-preference toggles showing the page again), but checks them', async () => {
    const { client, options } = setup()
    const report = await checkSiteLinks(client, { startUrl: site.url('/prefs-page', 'site.test'), scope: 'site' }, options)
    expect(report.pagesRead).toEqual([site.url('/prefs-page', 'site.test')])
    expect(report.findings.map((finding) => [finding.pageUrl, finding.target, finding.outcome])).toEqual([
      [site.url('/prefs-page', 'site.test'), site.url('/prefs-missing', 'site.test'), 'broken-confirmed'],
    ])
    expect(site.hits('HEAD', '/_prefs') + site.hits('GET', '/_prefs')).toBeGreaterThan(0)
  })

  it('leaves links to the unchecked domains unchecked, but still finds a suspicious domain among them', async () => {
    const { client, options } = setup({ uncheckedDomains: ['ext.test', 'spam.test'] })
    const missingHits = () => external.hits('HEAD', '/missing') + external.hits('GET', '/missing')
    const before = missingHits()
    const report = await checkSiteLinks(client, { startUrl: site.url('/footer', 'site.test'), scope: 'homepage' }, options)
    expect(report.findings.map((finding) => [finding.target, finding.outcome]).sort()).toEqual([
      [site.url('/gone', 'site.test'), 'broken-confirmed'],
      [ext('/', 'www.spam.test'), 'danger'],
    ])
    expect(missingHits()).toBe(before)
  })

  it("counts the site's other host names as in-site", async () => {
    const { client, options } = setup()
    const report = await checkSiteLinks(client, { startUrl: site.url('/small', 'site.test'), siteHosts: ['ext.test'], scope: 'homepage' }, options)
    expect(findingFor(report.findings, ext('/missing'))).toMatchObject({ internal: true, outcome: 'broken-confirmed' })
  })

  it('reuses results within the cache window, and checks again after it', async () => {
    const { client, options, advance } = setup()
    const input = { startUrl: site.url('/small', 'site.test'), scope: 'homepage' as const }
    const casinoHits = () => external.hits('HEAD', '/casino') + external.hits('GET', '/casino')
    const homeHits = () => site.hits('GET', '/small')

    const before = { casino: casinoHits(), home: homeHits() }
    await checkSiteLinks(client, input, options)
    const first = { casino: casinoHits() - before.casino, home: homeHits() - before.home }
    expect(first).toEqual({ casino: 2, home: 1 })

    advance(2 * 60 * 60 * 1000)
    const again = await checkSiteLinks(client, input, options)
    expect(casinoHits() - before.casino).toBe(2)
    expect(homeHits() - before.home).toBe(2)
    expect(findingFor(again.findings, ext('/casino'))).toMatchObject({ outcome: 'danger', evidence: { checkedAt: '2026-12-01T02:00:00.000Z' } })

    advance(2 * 60 * 60 * 1000)
    const later = await checkSiteLinks(client, input, options)
    expect(casinoHits() - before.casino).toBe(4)
    expect(findingFor(later.findings, ext('/casino'))).toMatchObject({ evidence: { checkedAt: '2026-12-01T06:00:00.000Z' } })
  })
})
