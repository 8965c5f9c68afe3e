import { describe, expect, it } from 'vitest'

import { RateLimiter } from '../src/index.js'

const MINUTE = 60 * 1000

function limiterAt(limit: number, windowMs: number, maxKeys?: number) {
  const clock = { now: 0 }
  return { clock, limiter: new RateLimiter(limit, windowMs, { maxKeys, now: () => clock.now }) }
}

describe('RateLimiter', () => {
  it('allows `limit` hits per key in any window and says when the oldest one leaves it', () => {
    const { clock, limiter } = limiterAt(3, 10 * MINUTE)
    expect([limiter.hit('a'), limiter.hit('a')]).toEqual([null, null])
    clock.now = 4 * MINUTE
    expect(limiter.hit('a')).toBeNull()
    expect(limiter.hit('b')).toBeNull()
    clock.now = 5 * MINUTE
    expect(limiter.hit('a')).toBe(5 * 60)
    // A refused attempt does not count: once the first two leave the window, two more go through.
    clock.now = 10 * MINUTE - 1
    expect(limiter.hit('a')).toBe(1)
    clock.now = 10 * MINUTE
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([null, null, 4 * 60])
  })

  it('gives back a refunded hit', () => {
    const { limiter } = limiterAt(1, MINUTE)
    expect(limiter.hit('a')).toBeNull()
    limiter.refund('a')
    expect(limiter.hit('a')).toBeNull()
    expect(limiter.hit('a')).toBe(60)
  })

  it('forgets the least recently hit keys beyond maxKeys, never the latest', () => {
    const { clock, limiter } = limiterAt(1, MINUTE, 10)
    for (let index = 0; index < 100; index += 1) limiter.hit(`key-${index}`)
    expect((limiter as unknown as { hits: Map<string, number[]> }).hits.size).toBeLessThanOrEqual(10)
    expect(limiter.hit('key-99')).not.toBeNull()
    expect(limiter.hit('key-0')).toBeNull()
    clock.now = MINUTE
    expect(limiter.hit('key-99')).toBeNull()
  })
})
