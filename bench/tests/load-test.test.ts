import { createServer } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startBackgroundLoad } from '../src/site/background-load.js'
import { epochMs, loadTest } from '../src/site/load-test.js'
import { peakRssMB } from '../src/site/peak-rss.js'

describe('load test over loopback', () => {
  const seen: { path: string; host: string; encoding: string }[] = []
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', host: req.headers.host ?? '', encoding: String(req.headers['accept-encoding']) })
    const missing = req.url === '/missing'
    res.writeHead(missing ? 404 : 200, { 'x-cache': req.url?.includes('nocache') ? 'miss' : 'hit', ETag: `W/"${req.url}"` })
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
    const result = await loadTest({
      origin,
      host: 'www.example.gov.cn',
      pathOf: (n) => `/p?nocache=${n}`,
      connections: 4,
      durationSeconds: 1,
      acceptEncoding: 'gzip',
      countCacheHeader: true,
    })
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

  it('loads until told to stop, reporting when each answered request was sent and its ETag', async () => {
    let stop!: () => void
    const stopped = new Promise<void>((resolve) => (stop = resolve))
    const answers: { sentAt: number; status: number; etag: string }[] = []
    const started = epochMs()
    const run = loadTest({
      origin,
      host: 'h',
      pathOf: (n) => (n % 2 ? '/a' : '/missing'),
      connections: 2,
      durationSeconds: 60,
      acceptEncoding: 'identity',
      until: stopped,
      onResponse: (sentAt, status, etag) => answers.push({ sentAt, status, etag }),
    })
    while (answers.length < 20) await new Promise((resolve) => setTimeout(resolve, 10))
    stop()
    const result = await run
    expect(epochMs() - started).toBeLessThan(30_000)
    expect(answers).toHaveLength(result.requests)
    expect(new Set(answers.map((answer) => `${answer.status} ${answer.etag}`))).toEqual(new Set(['200 W/"/a"', '404 W/"/missing"']))
    expect(answers.every((answer) => answer.sentAt >= started && answer.sentAt <= epochMs())).toBe(true)
  })

  it('runs a background load in a process of its own, answering with the send times by ETag when stopped', async () => {
    const cleanups: (() => Promise<void> | void)[] = []
    const context = { repoRoot: '', log: () => undefined, onCleanup: (cleanup: () => Promise<void> | void) => void cleanups.push(cleanup) }
    const before = seen.length
    const started = epochMs()
    const load = await startBackgroundLoad(context, { origin, host: 'www.example.gov.cn', paths: ['/a', '/b'], connections: 2, acceptEncoding: 'gzip' })
    while (seen.length < before + 20) await new Promise((resolve) => setTimeout(resolve, 10))
    const { result, sentAtByEtag } = await load.stop()
    for (const cleanup of cleanups) await cleanup()
    expect(Object.keys(sentAtByEtag).sort()).toEqual(['W/"/a"', 'W/"/b"'])
    const times = Object.values(sentAtByEtag).flat()
    expect(times).toHaveLength(result.requests)
    expect(times.every((time) => time >= started && time <= epochMs())).toBe(true)
    expect(result.non2xx).toBe(0)
  }, 60_000)

  it('reads a process peak RSS from /proc', () => {
    const peak = peakRssMB(process.pid)
    expect(peak).toBeGreaterThanOrEqual(process.memoryUsage().rss / 1e6 - 1)
  })
})
