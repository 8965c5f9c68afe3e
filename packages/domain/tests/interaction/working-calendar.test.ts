import { describe, expect, it } from 'vitest'

import { workingCalendar } from '../../src/index.js'

describe('workingCalendar (State Council schedule via chinese-days + overrides)', () => {
  const calendar = workingCalendar()

  it('knows statutory holidays and 调休 working days of 2026', () => {
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false) // 春节
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true) // Saturday, 调休上班
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false) // 国庆节
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true) // Saturday, 调休上班
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false) // ordinary Sunday
    expect(calendar.isWorkingDay('2026-11-25')).toBe(true) // ordinary Wednesday
  })

  it('covers 2026 from the library; 2027 is not covered until overrides name a holiday in it', () => {
    expect(calendar.coverage(2026)).toEqual({ year: 2026, covered: true, source: 'library' })
    expect(calendar.coverage(2027)).toEqual({ year: 2027, covered: false, source: null })
    const withOverrides = workingCalendar([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }])
    expect(withOverrides.coverage(2027)).toEqual({ year: 2027, covered: true, source: 'overrides' })
    expect(workingCalendar([{ date: '2027-02-06', kind: 'workday' }]).coverage(2027).covered).toBe(false)
  })

  it('lets overrides win over the library, day by day', () => {
    const overridden = workingCalendar([
      { date: '2026-11-25', kind: 'holiday', name: '临时休假' },
      { date: '2026-10-11', kind: 'workday', name: '补班' },
    ])
    expect(overridden.isWorkingDay('2026-11-25')).toBe(false)
    expect(overridden.isWorkingDay('2026-10-11')).toBe(true)
    expect(overridden.isWorkingDay('2026-11-26')).toBe(true)
  })

  it('treats an unknown year as weekdays only', () => {
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true) // Friday; 元旦 only once overridden
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false) // Saturday
  })
})
