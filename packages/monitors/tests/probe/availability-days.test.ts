import { describe, expect, it } from 'vitest'

import { availabilityDays, rollingFailureRate } from '../../src/index.js'

describe('availabilityDays and rollingFailureRate (R-VETO-AVAILABILITY)', () => {
  it('counts checks per China calendar day: 15:59 UTC is still the day, 16:00 UTC the next', () => {
    expect(
      availabilityDays([
        { checkedAt: new Date('2026-12-01T15:59:59Z'), ok: false },
        { checkedAt: new Date('2026-12-01T16:00:00Z'), ok: true },
        { checkedAt: new Date('2026-11-30T16:00:00Z'), ok: true },
      ]),
    ).toEqual([
      { date: '2026-12-01', checks: 2, failures: 1 },
      { date: '2026-12-02', checks: 1, failures: 0 },
    ])
  })

  it('rolls over exactly the 7 days ending on the day asked for', () => {
    const days = [
      { date: '2026-11-25', checks: 100, failures: 100 },
      ...['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'].map((date) => ({ date, checks: 288, failures: 1 })),
      { date: '2026-12-03', checks: 100, failures: 100 },
    ]
    expect(rollingFailureRate(days, '2026-12-02')).toEqual({
      from: '2026-11-26',
      to: '2026-12-02',
      checks: 2016,
      failures: 7,
      rate: 7 / 2016,
      daysBelowMinimum: [],
    })
    expect(rollingFailureRate([], '2026-12-02')).toMatchObject({ checks: 0, rate: null })
    expect(rollingFailureRate(days, '2026-12-02', 1)).toMatchObject({ from: '2026-12-02', checks: 288 })
  })
})
