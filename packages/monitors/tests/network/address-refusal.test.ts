import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GuardedClient, monitorUserAgent, staticResolver, type NetworkSettings } from '../../src/index.js'
import { html, redirect, startFixture, type Fixture } from '../fixtures/fixture-server.js'

// Every address below is refused before a packet is sent, so none of these tests leaves the machine.
const REFUSED_LITERALS: [url: string, category: string][] = [
  ['http://10.0.0.1/', 'private'],
  ['http://192.168.1.1/', 'private'],
  ['http://172.16.0.1/', 'private'],
  ['http://169.254.169.254/latest/meta-data/', 'link-local'],
  ['http://100.64.0.1/', 'carrier-grade-nat'],
  ['http://224.0.0.1/', 'multicast'],
  ['http://0.0.0.0/', 'reserved'],
  ['http://240.0.0.1/', 'reserved'],
  ['http://[fd00::1]/', 'unique-local'],
  ['http://[fe80::1]/', 'link-local'],
  ['http://[fec0::1]/', 'reserved'],
  ['http://[::]/', 'reserved'],
  ['http://[::ffff:10.0.0.1]/', 'private'],
  ['http://[::ffff:169.254.169.254]/', 'link-local'],
  ['http://[::a00:1]/', 'reserved'],
  ['http://[64:ff9b::a00:1]/', 'reserved'],
  ['http://[2002:a00:1::1]/', 'reserved'],
]

let fixture: Fixture

beforeAll(async () => {
  fixture = await startFixture({
    '/ok': html('ok'),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-intranet': redirect('http://intranet.test/admin'),
  })
})
afterAll(() => fixture.close())

const resolve = staticResolver({
  'intranet.test': '10.0.0.1',
  'split.test': ['127.0.0.1', '192.168.1.1'],
  'mapped.test': '::ffff:192.168.1.1',
  'site.test': '127.0.0.1',
})
const client = (settings: Partial<NetworkSettings> = {}) =>
  new GuardedClient({ userAgent: monitorUserAgent('https://platform.example.gov.cn/monitor'), resolve, retries: 0, ...settings })

describe('GuardedClient refuses what a malicious link could use to scan the intranet (R-VETO-SECURITY)', () => {
  it.each(REFUSED_LITERALS)('refuses %s (%s) even with loopback allowed', async (url, category) => {
    const result = await client({ allowLoopback: true }).request(url)
    expect(result).toMatchObject({ kind: 'failure', reason: 'address-refused', refusedAddress: { category } })
  })

  it('refuses loopback unless the setting allows it, however the address is written', async () => {
    const port = fixture.port
    const before = fixture.hits('GET', '/ok')
    for (const url of [
      `http://127.0.0.1:${port}/ok`,
      `http://0x7f000001:${port}/ok`,
      `http://2130706433:${port}/ok`,
      `http://[::ffff:127.0.0.1]:${port}/ok`,
      `http://site.test:${port}/ok`,
    ]) {
      expect(await client().request(url)).toMatchObject({ kind: 'failure', reason: 'address-refused', refusedAddress: { category: 'loopback' } })
    }
    expect(fixture.hits('GET', '/ok')).toBe(before)
    expect(await client({ allowLoopback: true }).request(`http://site.test:${port}/ok`)).toMatchObject({ kind: 'response', status: 200 })
  })

  it('refuses host names that resolve to refused addresses, if any of their addresses is refused', async () => {
    for (const [host, address] of [
      ['intranet.test', '10.0.0.1'],
      ['split.test', '192.168.1.1'],
      ['mapped.test', '::ffff:192.168.1.1'],
    ]) {
      expect(await client({ allowLoopback: true }).request(`http://${host}/`)).toMatchObject({
        kind: 'failure',
        reason: 'address-refused',
        refusedAddress: { address, category: 'private' },
      })
    }
  })

  it('refuses a redirect from an allowed host to a refused one', async () => {
    const redirects: [path: string, target: string][] = [
      ['/to-metadata', 'http://169.254.169.254/latest/meta-data/'],
      ['/to-intranet', 'http://intranet.test/admin'],
    ]
    for (const [path, target] of redirects) {
      const result = await client({ allowLoopback: true }).request(fixture.url(path))
      expect(result).toMatchObject({ kind: 'failure', reason: 'address-refused', finalUrl: target, redirects: [{ url: fixture.url(path), status: 302 }] })
    }
  })

  it('refuses what is no http(s) URL', async () => {
    expect(await client().request('file:///etc/passwd')).toMatchObject({ kind: 'failure', reason: 'unsupported-scheme' })
    expect(await client().request('not a url')).toMatchObject({ kind: 'failure', reason: 'invalid-url' })
  })
})
