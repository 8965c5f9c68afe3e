import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { parseEnv, siteEnvSchema } from '@govsite/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientAddress, compileTrust, requestProtocol } from '../src/index.js'

/** A loopback server that answers with what it makes of each request under the TRUST_PROXY given in a header. */
let server: Server
let port: number

beforeAll(async () => {
  server = createServer((req, res) => {
    const parsed = parseEnv(siteEnvSchema, { TRUST_PROXY: String(req.headers['x-test-trust'] ?? '') })
    if (!parsed.ok) throw new Error('bad test setting')
    const trust = compileTrust(parsed.value.trustProxy)
    res.end(JSON.stringify({ ip: clientAddress(req, trust), protocol: requestProtocol(req, trust) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

function seen(trust: string, headers: Record<string, string>): Promise<{ ip: string; protocol: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/', headers: { ...headers, 'x-test-trust': trust } }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve(JSON.parse(body) as { ip: string; protocol: string }))
    })
      .on('error', reject)
      .end()
  })
}

const FORWARDED = { 'x-forwarded-for': '198.51.100.9, 203.0.113.7, 10.0.0.2', 'x-forwarded-proto': 'https' }

describe('client address behind proxies (TRUST_PROXY, express semantics)', () => {
  it('unset: the socket is the client, forwarded headers are ignored', async () => {
    expect(await seen('', FORWARDED)).toEqual({ ip: '127.0.0.1', protocol: 'http' })
  })

  it('true: the left-most forwarded address', async () => {
    expect(await seen('true', FORWARDED)).toEqual({ ip: '198.51.100.9', protocol: 'https' })
  })

  it('a hop count trusts that many hops from this server', async () => {
    expect(await seen('1', FORWARDED)).toEqual({ ip: '10.0.0.2', protocol: 'https' })
    expect(await seen('2', FORWARDED)).toEqual({ ip: '203.0.113.7', protocol: 'https' })
  })

  it('addresses and subnets: walks back over trusted hops only', async () => {
    expect(await seen('loopback,10.0.0.0/8', FORWARDED)).toEqual({ ip: '203.0.113.7', protocol: 'https' })
    expect(await seen('loopback', FORWARDED)).toEqual({ ip: '10.0.0.2', protocol: 'https' })
    expect(await seen('uniquelocal', FORWARDED)).toEqual({ ip: '127.0.0.1', protocol: 'http' })
  })

  it('without forwarded headers a trusted proxy leaves the socket address and scheme', async () => {
    expect(await seen('loopback', {})).toEqual({ ip: '127.0.0.1', protocol: 'http' })
  })
})
