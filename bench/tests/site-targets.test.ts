import { describe, expect, it } from 'vitest'

import type { LoadResult } from '../src/site/load-test.js'
import { siteTargetChecks, type SiteMeasurements } from '../src/site/site-targets.js'

const load = (requestsPerSecond: number, p99Ms: number, failures = 0): LoadResult => ({
  requests: requestsPerSecond * 10,
  requestsPerSecond,
  p50Ms: p99Ms / 2,
  p99Ms,
  non2xx: failures,
  errors: 0,
  timeouts: 0,
  cache: {},
})

const measurements = (overrides: Partial<SiteMeasurements> = {}): SiteMeasurements => ({
  connections: 50,
  cached: { home: load(3000, 20), column: load(3000, 20), article: load(3000, 20) },
  uncached: { home: load(100, 200), column: load(100, 200), article: load(300, 170) },
  uncachedArticleBurst: { connections: 10, result: load(300, 90) },
  nginx: { home: load(10000, 5), column: load(10000, 5), article: load(10000, 5) },
  peakRssMB: 200,
  ...overrides,
})

const byName = (checks: ReturnType<typeof siteTargetChecks>, name: string) => checks.find((check) => check.name.startsWith(name))

describe('public-site targets (issue 5)', () => {
  it('passes at 0.3 × nginx, p99 under 25 ms cached and 100 ms uncached, RSS under 300 MB', () => {
    const checks = siteTargetChecks(measurements())
    expect(checks).toHaveLength(8)
    expect(checks.every((check) => check.pass)).toBe(true)
    expect(byName(checks, 'Homepage, cached: throughput')?.actual).toBe('0.30 × nginx')
  })

  it('fails each target just past its limit', () => {
    const checks = siteTargetChecks(
      measurements({
        cached: { home: load(2999, 20), column: load(3000, 25), article: load(3000, 20) },
        uncachedArticleBurst: { connections: 10, result: load(300, 100) },
        peakRssMB: 300,
      }),
    )
    expect(checks.filter((check) => !check.pass).map((check) => check.name)).toEqual([
      'Homepage, cached: throughput vs nginx',
      'Column page, cached: p99 at 50 connections',
      'Article page, uncached: p99 at 10 connections',
      'Site peak RSS over the whole run',
    ])
  })

  it('never passes a run with failed requests, however fast', () => {
    const checks = siteTargetChecks(measurements({ cached: { home: load(9000, 1, 3), column: load(3000, 20), article: load(3000, 20) } }))
    const home = byName(checks, 'Homepage, cached: p99')
    expect(home?.pass).toBe(false)
    expect(home?.actual).toContain('failed requests')
  })
})
