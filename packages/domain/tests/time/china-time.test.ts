import { describe, expect, it } from 'vitest'

import { chinaDate, chinaDayEnd, chinaDayStart, chinaYear, formatChinaDate, formatChinaMinute } from '../../src/index.js'
import { formatChinaMinuteCeil } from '../../src/time/china-time.js'

describe('China time', () => {
  it('reads an instant on the China calendar day and year it falls on', () => {
    expect(chinaDate(new Date('2026-09-29T15:59:59.999Z'))).toBe('2026-09-29')
    expect(chinaDate(new Date('2026-09-29T16:00:00Z'))).toBe('2026-09-30')
    expect(chinaYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027)
  })

  it('bounds a China calendar day by its first and last millisecond', () => {
    expect(chinaDayStart('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z')
    expect(chinaDayEnd('2026-03-01').toISOString()).toBe('2026-03-01T15:59:59.999Z')
    expect(chinaDayEnd('9999-12-31').toISOString()).toBe('9999-12-31T15:59:59.999Z')
    expect(() => chinaDayEnd('2026-02-30')).toThrow(RangeError)
  })

  it('formats ISO timestamps as the public site prints them, empty when missing or unparsable', () => {
    expect(formatChinaMinute('2026-03-01T02:25:00Z')).toBe('2026-03-01 10:25')
    expect(formatChinaMinute('2026-02-28T16:05:00.000Z')).toBe('2026-03-01 00:05')
    expect(formatChinaDate('2026-02-28T16:05:00.000Z')).toBe('2026-03-01')
    for (const missing of [null, undefined, '', 'not a date']) {
      expect(formatChinaMinute(missing)).toBe('')
      expect(formatChinaDate(missing)).toBe('')
    }
  })

  it('rounds "possible from" times up to the next whole minute', () => {
    expect(formatChinaMinuteCeil(new Date('2026-12-24T02:00:00Z'))).toBe('2026年12月24日 10:00')
    expect(formatChinaMinuteCeil(new Date('2026-12-24T02:00:00.001Z'))).toBe('2026年12月24日 10:01')
    expect(formatChinaMinuteCeil(new Date('2026-12-31T15:59:30Z'))).toBe('2027年1月1日 00:00')
  })
})
