import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { listenDualStack, StartupError } from '../src/index.js'

const servers: Server[] = []

function helloServer(): Server {
  const server = createServer((_req, res) => res.end('ok'))
  servers.push(server)
  return server
}

function get(host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ host, port, path: '/' }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve(body))
    })
      .on('error', reject)
      .end()
  })
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

describe('listenDualStack (R-IPV6)', () => {
  it('answers on IPv4 and IPv6 loopback from one listener', async () => {
    const server = helloServer()
    await listenDualStack(server, { port: 0, host: '::' })
    const { port } = server.address() as AddressInfo
    expect(await get('127.0.0.1', port)).toBe('ok')
    expect(await get('::1', port)).toBe('ok')
  })

  it('turns an occupied port into a one-line StartupError', async () => {
    const first = helloServer()
    await listenDualStack(first, { port: 0, host: '::' })
    const { port } = first.address() as AddressInfo
    const second = helloServer()
    const failure = await listenDualStack(second, { port, host: '::' }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(StartupError)
    expect(failure).toMatchObject({ code: 'startup.port_in_use', message: `端口 ${port} 已被占用，请停止占用该端口的程序或换一个端口` })
  })
})
