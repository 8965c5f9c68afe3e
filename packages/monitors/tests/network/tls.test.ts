import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GuardedClient, monitorUserAgent, type Resolver } from '../../src/index.js'

// A self-signed certificate for secure.test (fixture only, valid until 2125): no public CA trusts it.
const tls = (file: string) => readFileSync(new URL(`../fixtures/tls/${file}`, import.meta.url))

let server: Server
let port: number
const serverNames: string[] = []

beforeAll(async () => {
  server = createServer(
    {
      key: tls('secure-test.key'),
      cert: tls('secure-test.crt'),
      SNICallback: (name, callback) => {
        serverNames.push(name)
        callback(null, undefined)
      },
    },
    (_request, response) => response.end('secure'),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('GuardedClient over https', () => {
  it('connects to the checked address, names the host for TLS, and reports an untrusted certificate as a connection failure', async () => {
    const lookups: string[] = []
    const resolve: Resolver = async (hostname) => {
      lookups.push(hostname)
      return [{ address: '127.0.0.1', family: 4 }]
    }
    const client = new GuardedClient({ userAgent: monitorUserAgent('https://platform.example.gov.cn/monitor'), allowLoopback: true, resolve, retries: 0 })
    const result = await client.request(`https://secure.test:${port}/`)
    expect(result).toMatchObject({ kind: 'failure', reason: 'connection', errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' })
    expect(lookups).toEqual(['secure.test'])
    expect(serverNames).toEqual(['secure.test'])
  })
})
