import { describe, expect, it } from 'vitest'

import { chinaYear } from '../../src/index.js'

describe('chinaYear', () => {
  it('switches to the new year at midnight China time, 16:00 UTC', () => {
    expect(chinaYear(new Date('2026-12-31T15:59:59.999Z'))).toBe(2026)
    expect(chinaYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027)
    expect(chinaYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027)
  })

  it('is the UTC year for the rest of the day', () => {
    expect(chinaYear(new Date('2027-01-01T00:00:00+08:00'))).toBe(2027)
    expect(chinaYear(new Date('2026-01-01T00:00:00Z'))).toBe(2026)
  })
})
