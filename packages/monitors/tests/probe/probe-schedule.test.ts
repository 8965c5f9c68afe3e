import { describe, expect, it } from 'vitest'

import { MIN_CHECKS_PER_DAY, probeIntervalMinutes } from '../../src/index.js'

describe('probeIntervalMinutes (R-VETO-AVAILABILITY)', () => {
  it('probes portals every 5 minutes and other sites every 15 by default', () => {
    expect(probeIntervalMinutes('city-portal')).toBe(5)
    expect(probeIntervalMinutes('county-portal')).toBe(5)
    expect(probeIntervalMinutes('department')).toBe(15)
    expect(probeIntervalMinutes('development-zone')).toBe(15)
  })

  it('takes the platform settings, but never fewer than 20 checks a day nor more than one a minute', () => {
    expect(probeIntervalMinutes('city-portal', { portalIntervalMinutes: 10 })).toBe(10)
    expect(probeIntervalMinutes('department', { otherIntervalMinutes: 30 })).toBe(30)
    expect(probeIntervalMinutes('department', { otherIntervalMinutes: 72 })).toBe(72)
    expect(probeIntervalMinutes('department', { otherIntervalMinutes: 120 })).toBe(72)
    expect((24 * 60) / probeIntervalMinutes('department', { otherIntervalMinutes: 120 })).toBe(MIN_CHECKS_PER_DAY)
    expect(probeIntervalMinutes('city-portal', { portalIntervalMinutes: 0 })).toBe(1)
    expect(probeIntervalMinutes('city-portal', { portalIntervalMinutes: Number.NaN })).toBe(5)
  })
})
