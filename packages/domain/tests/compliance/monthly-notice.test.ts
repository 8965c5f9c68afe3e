import { describe, expect, it } from 'vitest'

import {
  addDays,
  DEFAULT_COMPLIANCE_SETTINGS,
  evaluateSite,
  monthlyNotice,
  monthRange,
  type AvailabilityDay,
  type InspectionSnapshot,
  type IsoDate,
  type MonthlySiteResult,
  type NoticeSite,
  type SiteComplianceInput,
} from '../../src/index.js'
import { china, column, site } from './site-fixture.js'

const daysOf = (from: IsoDate, to: IsoDate): IsoDate[] => {
  const days: IsoDate[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}
const availability: AvailabilityDay[] = daysOf('2026-10-20', '2026-12-05').map((date) => ({ date, checks: 288, failures: 0 }))

/** A site on `day` whose homepage was last updated on the latest of `updates` not after `day`. */
function siteOn(
  id: string,
  name: string,
  kind: SiteComplianceInput['site']['kind'],
  updates: IsoDate[],
  day: IsoDate,
  extra: Partial<SiteComplianceInput> = {},
) {
  const last = updates.filter((update) => update <= day).at(-1)!
  return site({
    site: { id, name, kind, status: 'online' },
    homepage: { layout: 'content', lastPublishedAt: china(`${last} 09:00`) },
    columns: [
      column({ id: `${id}-news`, name: '工作动态', kind: 'news', lastPublishedAt: china(`${last} 09:00`) }),
      column({ id: `${id}-services`, name: '办事服务', kind: 'services' }),
    ],
    availability,
    channel: { checkedAt: china(`${day} 06:00`), formWorks: true, intakeWorks: true },
    ...extra,
  })
}

const overdueConsultation = [
  { id: 'm1', title: '咨询社保转移', category: 'consultation' as const, receivedAt: china('2026-08-01 10:00'), dueDate: '2026-08-07', answeredAt: null },
]

/** Snapshots as the daily job stores them: the real evaluation of each site at noon of each day. */
function snapshotsOf(days: IsoDate[], build: (day: IsoDate) => SiteComplianceInput): InspectionSnapshot[] {
  return days.map((day) => {
    const evaluation = evaluateSite(build(day), china(`${day} 12:00`), DEFAULT_COMPLIANCE_SETTINGS)
    return {
      site: evaluation.siteId,
      date: evaluation.date,
      status: evaluation.status,
      failing: evaluation.failing,
      warning: evaluation.warning,
      takenAt: evaluation.evaluatedAt.toISOString(),
    }
  })
}

const november = daysOf('2026-11-01', '2026-11-30')
const daily = (from: IsoDate, to: IsoDate) => daysOf(from, to)
const sites: NoticeSite[] = [
  { id: 'city', name: '示例市人民政府', kind: 'city-portal' },
  { id: 'fgw', name: '示例市发展和改革委员会', kind: 'department' },
  { id: 'county', name: '示例县人民政府', kind: 'county-portal' },
  { id: 'jyj', name: '示例市教育局', kind: 'department' },
  { id: 'kfq', name: '示例经济开发区', kind: 'development-zone' },
]
const platform = [
  // Updated every day: 合格.
  ...snapshotsOf(november, (day) => siteOn('city', '示例市人民政府', 'city-portal', daily('2026-10-20', '2026-11-30'), day)),
  // Updated every 12 days: 10 and 11 days without news warn twice.
  ...snapshotsOf(november, (day) => siteOn('fgw', '示例市发展和改革委员会', 'department', ['2026-10-31', '2026-11-12', '2026-11-24'], day)),
  // Nothing after 10-25 and a consultation from 08-01 never answered: 不合格.
  ...snapshotsOf(november, (day) => siteOn('county', '示例县人民政府', 'county-portal', ['2026-10-25'], day, { messages: overdueConsultation })),
  // Inspected only until 11-20, always healthy.
  ...snapshotsOf(daily('2026-11-01', '2026-11-20'), (day) => siteOn('jyj', '示例市教育局', 'department', daily('2026-10-20', '2026-11-30'), day)),
  // Outside the month: ignored.
  ...snapshotsOf(['2026-10-31', '2026-12-01'], (day) =>
    siteOn('county', '示例县人民政府', 'county-portal', ['2026-10-25'], day, { messages: overdueConsultation }),
  ),
]

describe('monthlyNotice (R-INSPECT-CYCLE 月检查通报)', () => {
  it('knows the days of a month', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(() => monthRange('2026-13')).toThrow(RangeError)
  })

  it('sums up each site’s month from its real daily evaluations and ranks the sites, ties sharing a rank', () => {
    const notice = monthlyNotice(
      '2026-11',
      sites,
      platform,
      new Map([
        ['county', 2],
        ['fgw', 1],
      ]),
    )
    expect(notice).toMatchObject({ month: '2026-11', from: '2026-11-01', to: '2026-11-30', daysInspected: 30 })
    expect(notice.sites.map((entry) => [entry.rank, entry.site.id, entry.status])).toEqual([
      [1, 'jyj', 'pass'],
      [1, 'city', 'pass'],
      [3, 'fgw', 'warning'],
      [4, 'county', 'fail'],
    ])
    const [jyj, city, fgw, county] = notice.sites as [MonthlySiteResult, MonthlySiteResult, MonthlySiteResult, MonthlySiteResult]
    expect(city).toMatchObject({ daysInspected: 30, daysMissing: 0, days: { pass: 30, warning: 0, fail: 0 }, failed: [], warned: [], openOrders: 0 })
    expect(jyj).toMatchObject({ daysInspected: 20, daysMissing: 10, lastStatus: 'pass' })
    // 11-10, 11-11 (10 and 11 days after 10-31) and 11-22, 11-23 (after 11-12).
    expect(fgw.warned).toEqual([{ rule: 'R-VETO-HOME', days: 4, firstOn: '2026-11-10' }])
    expect(fgw.daily.filter((day) => day.status === 'warning').map((day) => day.date)).toEqual(['2026-11-10', '2026-11-11', '2026-11-22', '2026-11-23'])
    expect(fgw).toMatchObject({ days: { pass: 26, warning: 4, fail: 0 }, openOrders: 1 })
    // The consultation of 08-01 is more than 3 months old from 11-02; the homepage is 14 days old on 11-08.
    expect(county.failed).toEqual([
      { rule: 'R-VETO-HOME', days: 23, firstOn: '2026-11-08' },
      { rule: 'R-MSG-3M', days: 29, firstOn: '2026-11-02' },
    ])
    expect(county).toMatchObject({ status: 'fail', lastStatus: 'fail', days: { pass: 0, warning: 1, fail: 29 }, openOrders: 2 })
    expect(county.daily[0]).toMatchObject({ date: '2026-11-01', status: 'warning' })
  })

  it('lists the failing sites, the totals and, per rule, the sites and days that failed or warned it', () => {
    const notice = monthlyNotice(
      '2026-11',
      sites,
      platform,
      new Map([
        ['county', 2],
        ['fgw', 1],
      ]),
    )
    expect(notice.failingSites).toEqual([{ id: 'county', name: '示例县人民政府', rules: ['R-VETO-HOME', 'R-MSG-3M'] }])
    expect(notice.totals).toEqual({ pass: 2, warning: 1, fail: 1 })
    expect(notice.notInspected).toEqual([{ id: 'kfq', name: '示例经济开发区', kind: 'development-zone' }])
    // A snapshot of a site the notice does not cover (another user's) is left out.
    expect(monthlyNotice('2026-11', sites.slice(0, 1), platform).sites.map((entry) => entry.site.id)).toEqual(['city'])
    expect(notice.openOrders).toBe(3)
    const home = notice.byRule.find((entry) => entry.rule === 'R-VETO-HOME')
    // fgw warns 4 days; county warns from 11-04 to 11-07 before failing from 11-08.
    expect(home).toEqual({ rule: 'R-VETO-HOME', title: '首页栏目信息更新', veto: true, failedSites: 1, warnedSites: 2, failDays: 23, warnDays: 8 })
    expect(notice.byRule.find((entry) => entry.rule === 'R-MSG-3M')).toMatchObject({ failedSites: 1, failDays: 29 })
    expect(notice.byRule.map((entry) => entry.rule)).toHaveLength(13)
  })

  it('counts the later of two snapshots of one site and day, and is empty for a month without any', () => {
    const rerun = snapshotsOf(['2026-11-15'], (day) =>
      siteOn('county', '示例县人民政府', 'county-portal', ['2026-11-15'], day, { messages: overdueConsultation }),
    ).map((snapshot) => ({
      ...snapshot,
      takenAt: '2026-11-15T10:00:00.000Z',
    }))
    const county = monthlyNotice('2026-11', sites, [...platform, ...rerun]).sites.find((entry) => entry.site.id === 'county')!
    expect(county.daily.find((day) => day.date === '2026-11-15')).toMatchObject({ status: 'fail', failing: ['R-MSG-3M'] })
    expect(county.daysInspected).toBe(30)
    expect(monthlyNotice('2026-09', sites, platform)).toMatchObject({
      daysInspected: 0,
      sites: [],
      failingSites: [],
      notInspected: sites,
      totals: { pass: 0, warning: 0, fail: 0 },
      openOrders: 0,
    })
  })
})
