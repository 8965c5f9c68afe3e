import { describe, expect, it } from 'vitest'

import type { LoadResult } from '../src/site/load-test.js'
import { percentile, siteTargetChecks, type PublishVisibleMeasurement, type SiteMeasurements } from '../src/site/site-targets.js'

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

const publishing = (overrides: Partial<PublishVisibleMeasurement> = {}): PublishVisibleMeasurement => ({
  connections: 100,
  publishMs: [120, 180, 999],
  unpublishMs: [110, 150, 300],
  byPage: {
    publish: { home: [120, 180, 999], column: [1, 2, 3], article: [4, 5, 6] },
    unpublish: { home: [110, 150, 300], column: [1, 2, 3], article: [4, 5, 6] },
  },
  latePolls: 0,
  withdrawnServed: 0,
  checked: 5000,
  load: load(3000, 40),
  ...overrides,
})

const measurements = (overrides: Partial<SiteMeasurements> = {}): SiteMeasurements => ({
  connections: 50,
  cached: { home: load(3000, 20), column: load(3000, 20), article: load(3000, 20) },
  uncached: { home: load(100, 200), column: load(100, 200), article: load(300, 170) },
  uncachedArticleBurst: { connections: 10, result: load(300, 90) },
  nginx: { home: load(10000, 5), column: load(10000, 5), article: load(10000, 5) },
  publishVisible: publishing(),
  peakRssMB: 200,
  ...overrides,
})

const byName = (checks: ReturnType<typeof siteTargetChecks>, name: string) => checks.find((check) => check.name.startsWith(name))

describe('public-site targets (issue 5)', () => {
  it('passes at 0.3 × nginx, p99 under 25 ms cached and 100 ms uncached, RSS under 300 MB, changes visible within 1 s', () => {
    const checks = siteTargetChecks(measurements())
    expect(checks).toHaveLength(11)
    expect(checks.every((check) => check.pass)).toBe(true)
    expect(byName(checks, 'Homepage, cached: throughput')?.actual).toBe('0.30 × nginx')
    expect(byName(checks, 'Publish → visible at 100 connections: slowest of 3')?.actual).toBe('999 ms (p50 180 ms, p95 999 ms)')
    expect(byName(checks, 'Withdrawn article served')?.actual).toBe('0 of 5000 checked')
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

  it('fails publish → visible at 1 s, a change never seen, late polls, a withdrawn page served, or nothing checked', () => {
    const failing = (overrides: Partial<PublishVisibleMeasurement>) =>
      siteTargetChecks(measurements({ publishVisible: publishing(overrides) }))
        .filter((check) => !check.pass)
        .map((check) => check.name)
    expect(failing({ publishMs: [120, 1000] })).toEqual(['Publish → visible at 100 connections: slowest of 2'])
    expect(failing({ unpublishMs: [120, Infinity] })).toEqual(['Unpublish → gone at 100 connections: slowest of 2'])
    expect(failing({ latePolls: 1 })).toEqual(['Publish → visible at 100 connections: slowest of 3'])
    expect(failing({ withdrawnServed: 1 })).toEqual(["Withdrawn article served ≥ 1 s after an unpublish's answer"])
    expect(failing({ checked: 0 })).toEqual(["Withdrawn article served ≥ 1 s after an unpublish's answer"])
    expect(failing({ publishMs: [], unpublishMs: [] })).toEqual([
      'Publish → visible at 100 connections: slowest of 0',
      'Unpublish → gone at 100 connections: slowest of 0',
    ])
    const never = siteTargetChecks(measurements({ publishVisible: publishing({ unpublishMs: [Infinity] }) }))
    expect(byName(never, 'Unpublish → gone')?.actual).toBe('never (p50 never, p95 never)')
  })

  it('passes no publish → visible target while the load had failed requests', () => {
    const checks = siteTargetChecks(measurements({ publishVisible: publishing({ load: load(3000, 40, 2) }) }))
    expect(checks.filter((check) => !check.pass).map((check) => check.name)).toEqual([
      'Publish → visible at 100 connections: slowest of 3',
      'Unpublish → gone at 100 connections: slowest of 3',
      "Withdrawn article served ≥ 1 s after an unpublish's answer",
    ])
  })
})

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, n) => 20 - n)
    expect(percentile(values, 50)).toBe(10)
    expect(percentile(values, 95)).toBe(19)
    expect(percentile(values, 100)).toBe(20)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 50)).toBeNaN()
  })
})
