import { describe, expect, it } from 'vitest'

import { addDays, availabilityRule, complianceSettingsSchema, DEFAULT_COMPLIANCE_SETTINGS, type AvailabilityDay } from '../../src/index.js'
import { china, site } from './site-fixture.js'

const settings = DEFAULT_COMPLIANCE_SETTINGS
const now = china('2026-12-07 18:00')

/** Seven days up to 2026-12-07, `checks` a day, failures spread as given. */
const week = (checks: number, failures: number[] = []): AvailabilityDay[] =>
  Array.from({ length: 7 }, (_, index) => ({ date: addDays('2026-12-01', index), checks, failures: failures[index] ?? 0 }))

describe('availabilityRule (R-VETO-AVAILABILITY)', () => {
  it('fails at 5 % of the week’s checks failing and warns at 4.9 %', () => {
    // 1000 checks over the week: 49 failing is 4.9 %, 50 is 5 %.
    const withFailures = (total: number) =>
      site({
        availability: [142, 143, 143, 143, 143, 143, 143].map((checks, index) => ({
          date: addDays('2026-12-01', index),
          checks,
          failures: index === 3 ? total : 0,
        })),
      })
    expect(availabilityRule(withFailures(49), now, settings)).toMatchObject({
      status: 'warning',
      evidence: { checks: 1000, failures: 49, failurePercent: 4.9 },
    })
    const failing = availabilityRule(withFailures(50), now, settings)
    expect(failing).toMatchObject({ status: 'fail', evidence: { failurePercent: 5, from: '2026-12-01', to: '2026-12-07' } })
    expect(failing.summary).toBe('2026-12-01 至 2026-12-07 共检测 1000 次，失败 50 次（5%），达到 5% 即单项否决')
  })

  it('warns from the warning line (3 % by default, configurable) and passes below it', () => {
    const at = (failures: number) => site({ availability: week(100, [failures]) }) // 700 checks
    expect(availabilityRule(at(20), now, settings).status).toBe('pass') // 2.86 %
    expect(availabilityRule(at(21), now, settings).status).toBe('warning') // 3 %
    expect(availabilityRule(at(20), now, complianceSettingsSchema.parse({ unavailableWarningPercent: 2.5 })).status).toBe('warning')
  })

  it('looks only at the 7 China days up to today', () => {
    const old = { date: '2026-11-30', checks: 100, failures: 100 }
    expect(availabilityRule(site({ availability: [old, ...week(100)] }), now, settings)).toMatchObject({
      status: 'pass',
      evidence: { checks: 700, failures: 0 },
    })
    expect(availabilityRule(site({ availability: [old, ...week(100)] }), china('2026-12-06 23:59'), settings).status).toBe('fail')
  })

  it('warns when a complete day had fewer than 20 checks, even without failures; today may still be short', () => {
    const short = week(20).map((day) => (day.date === '2026-12-03' ? { ...day, checks: 19 } : day))
    const result = availabilityRule(site({ availability: short }), now, settings)
    expect(result).toMatchObject({ status: 'warning', evidence: { undercheckedDays: ['2026-12-03'] } })
    expect(result.summary).toContain('2026-12-03 检测不足每天 20 次')
    expect(availabilityRule(site({ availability: week(20) }), now, settings).status).toBe('pass')
    const todayShort = week(20).map((day) => (day.date === '2026-12-07' ? { ...day, checks: 5 } : day))
    expect(availabilityRule(site({ availability: todayShort }), now, settings).status).toBe('pass')
    // A missing day counts as unchecked.
    expect(availabilityRule(site({ availability: week(20).slice(1) }), now, settings).evidence.undercheckedDays).toEqual(['2026-12-01'])
  })

  it('right after monitoring starts, one failed check of one warns instead of vetoing', () => {
    const first = site({ availability: [{ date: '2026-12-07', checks: 1, failures: 1 }] })
    const result = availabilityRule(first, now, settings)
    expect(result).toMatchObject({ status: 'warning', evidence: { checks: 1, failures: 1, failurePercent: 100 } })
    expect(result.evidence.undercheckedDays).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'])
    expect(result.summary).toBe(
      '2026-12-01 至 2026-12-07 共检测 1 次，失败 1 次（100%），已达否决线 5%；但2026-12-01、2026-12-02、2026-12-03、2026-12-04、2026-12-05、2026-12-06 检测不足每天 20 次，未满一周完整监测，暂作预警',
    )
  })

  it('vetoes only once every complete day of the window had 20 checks: 19 on one day warns, 20 fails', () => {
    const failingWeek = (checksOnThird: number) =>
      site({ availability: week(20, [10]).map((day) => (day.date === '2026-12-03' ? { ...day, checks: checksOnThird } : day)) })
    expect(availabilityRule(failingWeek(19), now, settings)).toMatchObject({ status: 'warning', evidence: { undercheckedDays: ['2026-12-03'] } })
    expect(availabilityRule(failingWeek(20), now, settings)).toMatchObject({ status: 'fail', evidence: { undercheckedDays: [] } })
    // Six complete days of monitoring and a few checks today are a week: today still runs.
    const sixDaysAndToday = site({ availability: [...week(20, [0, 0, 0, 0, 0, 7]).slice(0, 6), { date: '2026-12-07', checks: 1, failures: 0 }] })
    expect(availabilityRule(sixDaysAndToday, now, settings)).toMatchObject({ status: 'fail', evidence: { checks: 121, failures: 7 } })
    // A day missing in the window (monitoring started on 2026-12-02) is not a monitored week.
    expect(availabilityRule(site({ availability: week(100, [0, 50]).slice(1) }), now, settings).status).toBe('warning')
  })

  it('warns when there are no checks at all', () => {
    expect(availabilityRule(site(), now, settings)).toMatchObject({ status: 'warning', summary: '2026-12-01 至 2026-12-07 没有可用性检测记录' })
  })

  it('keeps the window’s failed checks as evidence', () => {
    const failedChecks = [
      { at: china('2026-11-30 10:00'), url: 'https://www.example.gov.cn/', reason: '超时（15 秒）' },
      { at: china('2026-12-05 10:00'), url: 'https://www.example.gov.cn/', reason: 'HTTP 502' },
    ]
    expect(availabilityRule(site({ availability: week(100, [1]), failedChecks }), now, settings).evidence.failedChecks).toEqual([failedChecks[1]])
  })
})
