import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { availabilityDays, GuardedClient, monitorUserAgent, probeAvailability, rollingFailureRate, staticResolver } from '../../src/index.js'
import { hang, html, redirect, startFixture, status, type Fixture } from '../fixtures/fixture-server.js'

let fixture: Fixture
let homepageRequests = 0

beforeAll(async () => {
  fixture = await startFixture({
    // Every 4th homepage request fails: a site failing 25 % of its checks.
    '/': (request, response) => (++homepageRequests % 4 === 0 ? status(503) : html('<p>首页</p>'))(request, response),
    '/columns/news': html('<p>工作动态</p>'),
    '/old-news': redirect('/columns/news', 301),
    '/broken': status(500),
    '/hang': hang,
  })
})
afterAll(() => fixture.close())

const client = new GuardedClient({
  userAgent: monitorUserAgent('https://platform.example.gov.cn/monitor'),
  allowLoopback: true,
  resolve: staticResolver({ 'www.example.gov.cn': '127.0.0.1' }),
})

describe('probeAvailability (R-VETO-AVAILABILITY)', () => {
  it('passes on 2xx answers, directly or at the end of a redirect chain, from the homepage and every key page', async () => {
    homepageRequests = 0
    const check = await probeAvailability(
      client,
      { publicAddress: fixture.url('/', 'www.example.gov.cn'), keyPages: ['columns/news', '/old-news'] },
      { now: () => new Date('2026-12-01T00:00:00Z') },
    )
    expect(check).toMatchObject({
      checkedAt: new Date('2026-12-01T00:00:00Z'),
      ok: true,
      pages: [
        { url: fixture.url('/', 'www.example.gov.cn'), ok: true, status: 200, redirects: 0 },
        { url: fixture.url('/columns/news', 'www.example.gov.cn'), ok: true, status: 200 },
        {
          url: fixture.url('/old-news', 'www.example.gov.cn'),
          ok: true,
          status: 200,
          redirects: 1,
          finalUrl: fixture.url('/columns/news', 'www.example.gov.cn'),
        },
      ],
    })
  })

  it('fails when a page answers badly or not within the limit, without retrying', async () => {
    homepageRequests = 0
    const before = fixture.hits('GET', '/broken')
    const check = await probeAvailability(
      client,
      { publicAddress: fixture.url('/'), keyPages: ['/broken', '/hang'] },
      { now: () => new Date(), timeoutMs: 200 },
    )
    expect(check.ok).toBe(false)
    expect(check.pages[1]).toMatchObject({ ok: false, status: 500 })
    expect(check.pages[2]).toMatchObject({ ok: false, failure: 'timeout' })
    expect(check.pages[2]!.elapsedMs).toBeLessThan(1_000)
    expect(fixture.hits('GET', '/broken') - before).toBe(1)
  })

  it('measures a site failing a given share of its checks, per China day and over 7 days', async () => {
    homepageRequests = 0
    const start = new Date('2026-11-30T16:00:00Z').getTime() // 2026-12-01 00:00 in China
    const checks = []
    for (let i = 0; i < 40; i++) {
      // 20 checks a day for two days, 72 minutes apart.
      checks.push(await probeAvailability(client, { publicAddress: fixture.url('/') }, { now: () => new Date(start + i * 72 * 60_000) }))
    }
    const days = availabilityDays(checks)
    expect(days).toEqual([
      { date: '2026-12-01', checks: 20, failures: 5 },
      { date: '2026-12-02', checks: 20, failures: 5 },
    ])
    expect(rollingFailureRate(days, '2026-12-02')).toEqual({
      from: '2026-11-26',
      to: '2026-12-02',
      checks: 40,
      failures: 10,
      rate: 0.25,
      daysBelowMinimum: ['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'],
    })
  })
})
