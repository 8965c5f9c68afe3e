import { createServer } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadTest } from '../src/site/load-test.js'
import { peakRssMB } from '../src/site/peak-rss.js'

describe('load test over loopback', () => {
  const seen: { path: string; host: string; encoding: string }[] = []
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', host: req.headers.host ?? '', encoding: String(req.headers['accept-encoding']) })
    const missing = req.url === '/missing'
    res.writeHead(missing ? 404 : 200, { 'x-cache': req.url?.includes('nocache') ? 'miss' : 'hit' })
    res.end('ok')
  })
  let origin = ''

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('sends the Host and Accept-Encoding given, a distinct path per request when asked, and counts x-cache', async () => {
    const result = await loadTest({ origin, host: 'www.example.gov.cn', pathOf: (n) => `/p?nocache=${n}`, connections: 4, durationSeconds: 1, acceptEncoding: 'gzip', countCacheHeader: true })
    expect(result.requests).toBeGreaterThan(10)
    expect(result.non2xx).toBe(0)
    expect(new Set(seen.map((request) => request.path)).size).toBe(seen.length)
    expect(seen.every((request) => request.host === 'www.example.gov.cn' && request.encoding === 'gzip')).toBe(true)
    expect(result.cache.miss).toBeGreaterThanOrEqual(result.requests)
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms)
  })

  it('counts non-2xx answers', async () => {
    const result = await loadTest({ origin, host: 'h', pathOf: () => '/missing', connections: 2, durationSeconds: 1, acceptEncoding: 'identity' })
    expect(result.requests).toBeGreaterThan(0)
    expect(result.non2xx).toBe(result.requests)
  })

  it('reads a process peak RSS from /proc', () => {
    const peak = peakRssMB(process.pid)
    expect(peak).toBeGreaterThanOrEqual(process.memoryUsage().rss / 1e6 - 1)
  })
})
