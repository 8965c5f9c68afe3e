import { describe, expect, it } from 'vitest'

import { DEFAULT_RESULT_TTL_MS, ResultCache } from '../../src/index.js'

describe('ResultCache (R-DAILY-INSPECT)', () => {
  it('keeps a result for its window on the injected clock, 3 hours by default', () => {
    let now = new Date('2026-12-01T00:00:00Z')
    const cache = new ResultCache<string>({ now: () => now })
    cache.set('https://www.gov.cn/', 'ok')
    now = new Date(now.getTime() + DEFAULT_RESULT_TTL_MS - 1)
    expect(cache.get('https://www.gov.cn/')).toBe('ok')
    now = new Date(now.getTime() + 1)
    expect(cache.get('https://www.gov.cn/')).toBeUndefined()
    expect(DEFAULT_RESULT_TTL_MS).toBe(3 * 60 * 60 * 1000)
  })

  it('drops the oldest entries beyond its size', () => {
    const cache = new ResultCache<number>({ now: () => new Date(), maxEntries: 2 })
    cache.set('a', 1)
    cache.set('b', 2)
    cache.set('a', 3)
    cache.set('c', 4)
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([3, undefined, 4])
  })
})
