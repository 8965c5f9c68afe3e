import type { ServerResponse } from 'node:http'

import { z } from 'zod'
import { afterAll, describe, expect, it } from 'vitest'

import { CMS_READ_CONCURRENCY, cmsGet } from '../src/cms/cms-fetch.js'
import { close, serve } from './helpers.js'

describe('cmsGet', () => {
  const held: { n: string; res: ServerResponse }[] = []
  let inFlight = 0
  let mostInFlight = 0
  const cms = serve((req, res) => {
    inFlight++
    mostInFlight = Math.max(mostInFlight, inFlight)
    res.on('finish', () => inFlight--)
    held.push({ n: new URL(req.url ?? '/', 'http://cms.test').searchParams.get('n') ?? '', res })
  })
  afterAll(async () => close((await cms).server))

  const answer = ({ n, res }: { n: string; res: ServerResponse }) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ n }))
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve))
  async function until(condition: () => boolean) {
    while (!condition()) await settle()
  }

  it('keeps at most CMS_READ_CONCURRENCY reads in flight and starts the waiting ones first come, first served', async () => {
    const { url } = await cms
    const total = CMS_READ_CONCURRENCY * 3
    const reads = Array.from({ length: total }, (_, n) => cmsGet(url, 'articles', { n }, z.object({ n: z.string() })))
    const order: string[] = []
    while (order.length < total) {
      await until(() => held.length > 0 && (held.length === CMS_READ_CONCURRENCY || order.length + held.length === total))
      const next = held.shift()!
      order.push(next.n)
      answer(next)
    }
    expect((await Promise.all(reads)).map((read) => read.n)).toEqual(Array.from({ length: total }, (_, n) => String(n)))
    expect(mostInFlight).toBe(CMS_READ_CONCURRENCY)
    // The first reads leave together (on separate connections); each later one only when a slot frees, in order.
    const first = order.slice(0, CMS_READ_CONCURRENCY).map(Number)
    expect(first.sort((a, b) => a - b)).toEqual(Array.from({ length: CMS_READ_CONCURRENCY }, (_, n) => n))
    expect(order.slice(CMS_READ_CONCURRENCY)).toEqual(Array.from({ length: total - CMS_READ_CONCURRENCY }, (_, n) => String(n + CMS_READ_CONCURRENCY)))
  })
})
