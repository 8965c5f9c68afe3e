import { describe, expect, it } from 'vitest'

import {
  addDays,
  QUARTER_TOLERATED_FAIL_DAYS,
  quarterIsOver,
  quarterlyNotice,
  quarterlyResultPending,
  quarterOf,
  quarterRange,
  quarterResult,
  type ComplianceRuleId,
  type InspectionSnapshot,
  type IsoDate,
  type NoticeSite,
  type RuleStatus,
} from '../../src/index.js'

const daysOf = (from: IsoDate, to: IsoDate): IsoDate[] => {
  const days: IsoDate[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

/** A stored day: `fail` days failed R-VETO-HOME, `warning` days warned it. */
const day = (site: string, date: IsoDate, status: RuleStatus): InspectionSnapshot => ({
  site,
  date,
  status,
  failing: status === 'fail' ? (['R-VETO-HOME'] as ComplianceRuleId[]) : [],
  warning: status === 'warning' ? (['R-VETO-HOME'] as ComplianceRuleId[]) : [],
  takenAt: `${date}T04:00:00.000Z`,
})

/** A site inspected every day of the fourth quarter, 不合格 on `failDays`, 预警 on `warnDays`. */
function quarterOfDays(site: string, failDays: IsoDate[] = [], warnDays: IsoDate[] = []): InspectionSnapshot[] {
  return daysOf('2026-10-01', '2026-12-31').map((date) => day(site, date, failDays.includes(date) ? 'fail' : warnDays.includes(date) ? 'warning' : 'pass'))
}

const dailyOf = (snapshots: InspectionSnapshot[]) =>
  snapshots.map(({ date, status, failing, warning }) => ({ date, status, failing: [...failing], warning: [...warning] }))

describe('quarters (R-INSPECT-CYCLE 季公开)', () => {
  it('knows the China calendar days of each quarter', () => {
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    expect(quarterRange('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' })
    expect(quarterRange('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' })
    expect(quarterRange('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(quarterRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    for (const bad of ['2026-Q5', '2026-Q0', '2026Q4', '2026-4', '2026-q4']) expect(() => quarterRange(bad), bad).toThrow(RangeError)
    expect([quarterOf('2026-09-30'), quarterOf('2026-10-01'), quarterOf('2026-12-31'), quarterOf('2027-01-01')]).toEqual([
      '2026-Q3',
      '2026-Q4',
      '2026-Q4',
      '2027-Q1',
    ])
  })

  it('is over only from the day after its last day', () => {
    expect(quarterIsOver('2026-Q4', '2026-12-31')).toBe(false)
    expect(quarterIsOver('2026-Q4', '2027-01-01')).toBe(true)
    expect(quarterIsOver('2027-Q1', '2027-01-01')).toBe(false)
  })

  it('is asked for again only once its document is published or withdrawn', () => {
    for (const state of ['draft', 'in_review', 'changes_requested', 'approved']) expect(quarterlyResultPending(state), state).toBe(true)
    for (const state of ['published', 'withdrawn']) expect(quarterlyResultPending(state), state).toBe(false)
  })
})

describe('quarterResult (R-INSPECT-CYCLE 季度检查结果)', () => {
  const fails = (count: number) => daysOf('2026-11-01', addDays('2026-11-01', count - 1))

  it(`passes a quarter with up to ${QUARTER_TOLERATED_FAIL_DAYS} failed days that does not end failing, and fails it from one more`, () => {
    expect(QUARTER_TOLERATED_FAIL_DAYS).toBe(5)
    expect(quarterResult(dailyOf(quarterOfDays('a', fails(5))))).toBe('pass')
    expect(quarterResult(dailyOf(quarterOfDays('a', fails(6))))).toBe('fail')
  })

  it('fails a quarter whose last inspected day failed, even a single day', () => {
    expect(quarterResult(dailyOf(quarterOfDays('a', ['2026-12-31'])))).toBe('fail')
    expect(quarterResult(dailyOf(quarterOfDays('a', ['2026-12-30'])))).toBe('pass')
    // Inspected until 11-20 only: that day is the quarter's close for this site.
    const stopped = quarterOfDays('a', ['2026-11-20']).filter((snapshot) => snapshot.date <= '2026-11-20')
    expect(quarterResult(dailyOf(stopped))).toBe('fail')
  })

  it('passes a quarter of warnings: they are early notice, not a result', () => {
    expect(quarterResult(dailyOf(quarterOfDays('a', [], daysOf('2026-10-01', '2026-12-31'))))).toBe('pass')
    expect(quarterResult([])).toBe('pass')
  })
})

describe('quarterlyNotice', () => {
  const sites: NoticeSite[] = [
    { id: 'city', name: '示例市人民政府', kind: 'city-portal' },
    { id: 'fgw', name: '示例市发展和改革委员会', kind: 'department' },
    { id: 'county', name: '示例县人民政府', kind: 'county-portal' },
    { id: 'jyj', name: '示例市教育局', kind: 'department' },
  ]
  const snapshots = [
    ...quarterOfDays('city'),
    // Three failed days fixed in time, and some warnings: 合格 for the quarter, ranked below the city.
    ...quarterOfDays('fgw', ['2026-10-10', '2026-10-11', '2026-10-12'], ['2026-12-01']),
    // A week failed in November: 不合格.
    ...quarterOfDays('county', daysOf('2026-11-01', '2026-11-07')),
    // Just outside the quarter, on both sides (China days): ignored.
    day('jyj', '2026-09-30', 'fail'),
    day('jyj', '2027-01-01', 'fail'),
  ]
  const notice = quarterlyNotice('2026-Q4', sites, snapshots, new Map([['county', 2]]))

  it('takes the quarter’s first and last China day and nothing beyond', () => {
    expect(notice).toMatchObject({ quarter: '2026-Q4', from: '2026-10-01', to: '2026-12-31', daysInspected: 92, toleratedFailDays: 5 })
    expect(notice.notInspected.map((site) => site.id)).toEqual(['jyj'])
    const city = notice.sites.find((entry) => entry.site.id === 'city')!
    expect([city.daily[0]!.date, city.daily.at(-1)!.date, city.daysInspected]).toEqual(['2026-10-01', '2026-12-31', 92])
  })

  it('decides each site by the quarter rule, ranks the failing ones last and names their failing rules', () => {
    expect(notice.sites.map((entry) => [entry.rank, entry.site.id, entry.status])).toEqual([
      [1, 'city', 'pass'],
      [2, 'fgw', 'pass'],
      [3, 'county', 'fail'],
    ])
    expect(notice.totals).toEqual({ pass: 2, warning: 0, fail: 1 })
    expect(notice.sites.find((entry) => entry.site.id === 'fgw')).toMatchObject({ days: { pass: 88, warning: 1, fail: 3 } })
    expect(notice.failingSites).toEqual([{ id: 'county', name: '示例县人民政府', rules: ['R-VETO-HOME'] }])
    expect(notice.sites.find((entry) => entry.site.id === 'county')).toMatchObject({
      failed: [{ rule: 'R-VETO-HOME', days: 7, firstOn: '2026-11-01' }],
      openOrders: 2,
    })
    expect(notice.openOrders).toBe(2)
  })
})
