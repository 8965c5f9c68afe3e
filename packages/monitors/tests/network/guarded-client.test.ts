import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GuardedClient, monitorUserAgent, staticResolver, type NetworkSettings, type Resolver } from '../../src/index.js'
import { after, hang, html, redirect, startFixture, status, type Fixture } from '../fixtures/fixture-server.js'

const USER_AGENT = monitorUserAgent('https://platform.example.gov.cn/monitor')

let fixture: Fixture
let flakyCalls = 0

beforeAll(async () => {
  fixture = await startFixture({
    '/ok': html('<p>你好</p>'),
    '/missing': status(404),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('/ok', 302),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/chain/${i}`, redirect(i === 7 ? '/ok' : `/chain/${i + 1}`)])),
    '/hang': hang,
    '/big': html('x'.repeat(10_000)),
    '/flaky': (request, response) => (++flakyCalls <= 2 ? status(503) : html('back'))(request, response),
  })
})
afterAll(() => fixture.close())

const client = (settings: Partial<NetworkSettings> = {}) => new GuardedClient({ userAgent: USER_AGENT, allowLoopback: true, ...settings })

describe('GuardedClient (R-DAILY-INSPECT)', () => {
  it('identifies itself politely and returns the answer with its evidence', async () => {
    const result = await client().request(fixture.url('/ok'), { readBody: true })
    expect(result).toMatchObject({ kind: 'response', status: 200, address: '127.0.0.1', truncated: false, attempts: 1, redirects: [] })
    expect(result.kind === 'response' && result.body?.toString('utf8')).toBe('<p>你好</p>')
    expect(USER_AGENT).toBe('GovSiteMonitor/0.1.0 (+https://platform.example.gov.cn/monitor)')
    expect(fixture.userAgents.at(-1)).toBe(USER_AGENT)
  })

  it('follows redirects, naming every hop and the final URL', async () => {
    const result = await client().request(fixture.url('/r1'))
    expect(result).toMatchObject({
      kind: 'response',
      status: 200,
      finalUrl: fixture.url('/ok'),
      redirects: [
        { url: fixture.url('/r1'), status: 301 },
        { url: fixture.url('/r2'), status: 302 },
      ],
    })
  })

  it('stops at a redirect loop', async () => {
    const result = await client().request(fixture.url('/loop-a'))
    expect(result).toMatchObject({ kind: 'failure', reason: 'redirect-loop', finalUrl: fixture.url('/loop-a') })
    expect(result.redirects).toHaveLength(2)
  })

  it('stops after the allowed number of redirects (8 > 5), and follows them when more are allowed', async () => {
    const refused = await client().request(fixture.url('/chain/0'))
    expect(refused).toMatchObject({ kind: 'failure', reason: 'too-many-redirects' })
    expect(refused.redirects).toHaveLength(6)
    expect(await client({ maxRedirects: 8 }).request(fixture.url('/chain/0'))).toMatchObject({ kind: 'response', status: 200 })
  })

  it('gives up on a server that never answers at the total timeout', async () => {
    const result = await client({ totalTimeoutMs: 150, retries: 0 }).request(fixture.url('/hang'))
    expect(result).toMatchObject({ kind: 'failure', reason: 'timeout', attempts: 1 })
    expect(result.elapsedMs).toBeGreaterThanOrEqual(140)
    expect(result.elapsedMs).toBeLessThan(1_000)
  })

  it('reads a body only up to the size cap', async () => {
    const result = await client({ maxResponseBytes: 1024 }).request(fixture.url('/big'), { readBody: true })
    expect(result).toMatchObject({ kind: 'response', status: 200, truncated: true })
    expect(result.kind === 'response' && result.body?.length).toBe(1024)
  })

  it('retries 5xx answers and timeouts with exponential backoff, nothing else', async () => {
    const waits: number[] = []
    const retrying = client({ retries: 2, retryDelayMs: 100, wait: async (ms) => void waits.push(ms) })

    flakyCalls = 0
    expect(await retrying.request(fixture.url('/flaky'))).toMatchObject({ kind: 'response', status: 200, attempts: 3 })
    expect(waits).toEqual([100, 200])

    waits.length = 0
    flakyCalls = -10
    expect(await retrying.request(fixture.url('/flaky'))).toMatchObject({ kind: 'response', status: 503, attempts: 3 })
    expect(waits).toEqual([100, 200])

    waits.length = 0
    const hangsBefore = fixture.hits('GET', '/hang')
    expect(await retrying.request(fixture.url('/hang'), { totalTimeoutMs: 100 })).toMatchObject({ kind: 'failure', reason: 'timeout', attempts: 3 })
    expect(fixture.hits('GET', '/hang') - hangsBefore).toBe(3)

    waits.length = 0
    expect(await retrying.request(fixture.url('/missing'))).toMatchObject({ kind: 'response', status: 404, attempts: 1 })
    expect(waits).toEqual([])
  })

  it('opens at most 2 connections to one host at a time, per host', async () => {
    const counted = await startFixture({ '/slow': after(200, html('slow')) })
    try {
      const resolve = staticResolver({ 'a.test': '127.0.0.1', 'b.test': '127.0.0.1' })
      const shared = client({ resolve })
      const oneHost = await Promise.all(Array.from({ length: 6 }, () => shared.request(counted.url('/slow', 'a.test'))))
      expect(oneHost.every((result) => result.kind === 'response' && result.status === 200)).toBe(true)
      expect(counted.maxOpenConnections()).toBe(2)

      await Promise.all(['a.test', 'b.test'].flatMap((host) => Array.from({ length: 3 }, () => shared.request(counted.url('/slow', host)))))
      expect(counted.maxOpenConnections()).toBe(4)
    } finally {
      await counted.close()
    }
  })

  it('connects to the address it checked: a second, different DNS answer is never used', async () => {
    const answers: string[] = []
    // Nothing listens on 127.0.0.2 at this port: a client that resolved again would fail to connect.
    const rebinding: Resolver = async () => {
      const address = answers.length === 0 ? '127.0.0.1' : '127.0.0.2'
      answers.push(address)
      return [{ address, family: 4 }]
    }
    const result = await client({ resolve: rebinding }).request(fixture.url('/ok', 'rebind.test'))
    expect(result).toMatchObject({ kind: 'response', status: 200, address: '127.0.0.1' })
    expect(answers).toEqual(['127.0.0.1'])
  })

  it('reports a name that does not resolve as a DNS failure', async () => {
    const result = await client({ resolve: staticResolver({}) }).request('http://nowhere.test/')
    expect(result).toMatchObject({ kind: 'failure', reason: 'dns', errorCode: 'ENOTFOUND' })
  })
})
