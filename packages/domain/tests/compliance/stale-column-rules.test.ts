import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  addDays,
  chinaDayStart,
  complianceSettingsSchema,
  DEFAULT_COMPLIANCE_SETTINGS,
  newsColumnsRule,
  staleColumnsRule,
  type ColumnSummary,
} from '../../src/index.js'
import { china, column, site } from './site-fixture.js'

const settings = DEFAULT_COMPLIANCE_SETTINGS
const news = (id: string, lastPublished: string, extra: Partial<ColumnSummary> = {}) =>
  column({ id, name: id, kind: 'news', lastPublishedAt: china(`${lastPublished} 10:00`), ...extra })

describe('newsColumnsRule (R-VETO-NEWS-COLS)', () => {
  it('fails at 5 stale news and first-level notice/policy columns, warns at 3, and lists them', () => {
    const columns = [
      news('动态1', '2026-11-01'),
      news('动态2', '2026-11-02'),
      news('动态3', '2026-11-03'),
      column({ id: '通知公告', kind: 'notices', lastPublishedAt: china('2026-05-01 10:00') }),
      column({ id: '政策文件', kind: 'policy', lastPublishedAt: china('2026-11-20 10:00') }),
    ]
    const now = china('2026-12-01 12:00')
    const warning = newsColumnsRule(site({ columns }), now, settings)
    expect(warning.status).toBe('warning')
    expect(warning.evidence.stale.map((entry) => entry.columnId)).toEqual(['动态1', '动态2', '动态3', '通知公告'])
    expect(warning.evidence.upcoming.map((entry) => [entry.columnId, entry.staleOn, entry.daysUntilStale])).toEqual([['政策文件', '2027-05-20', 170]])
    expect(warning.forecast).toEqual({ warnOn: null, failOn: '2027-05-20' })

    const failing = newsColumnsRule(site({ columns: [...columns, news('动态4', '2026-11-10')] }), now, settings)
    expect(failing).toMatchObject({ status: 'fail', forecast: { warnOn: null, failOn: null } })
    expect(failing.summary).toContain('5 个栏目超期未更新')
    expect(failing.summary).toContain('动态1（2026-11-01 后无更新，应每 2 周更新）')
  })

  it('does not count a second-level 通知公告 or 政策文件 column, however stale', () => {
    const columns = [
      column({ id: 'open', kind: 'other' }),
      ...['a', 'b', 'c', 'd'].map((id) => news(id, '2026-01-01')),
      column({ id: 'notices-2', kind: 'notices', parentId: 'open', lastPublishedAt: china('2020-01-01 10:00') }),
      column({ id: 'policy-2', kind: 'policy', parentId: 'open', lastPublishedAt: null }),
    ]
    const result = newsColumnsRule(site({ columns }), china('2026-12-01 12:00'), settings)
    expect(result).toMatchObject({ status: 'warning', evidence: { counted: 4 } })
    expect(result.evidence.stale).toHaveLength(4)
    const firstLevel = columns.map((entry) => (entry.parentId === 'open' ? { ...entry, parentId: null } : entry))
    expect(newsColumnsRule(site({ columns: firstLevel }), china('2026-12-01 12:00'), settings).status).toBe('fail')
  })

  it('forecasts the day the count reaches each line from the columns’ own stale dates', () => {
    const columns = ['11-20', '11-21', '11-22', '11-23', '11-24', '11-25'].map((day, index) => news(`n${index}`, `2026-${day}`))
    const result = newsColumnsRule(site({ columns }), china('2026-12-01 12:00'), settings)
    expect(result).toMatchObject({ status: 'pass', forecast: { warnOn: '2026-12-06', failOn: '2026-12-08' } })
    expect(result.summary).toBe('6 个栏目均按期更新（预警线 3 个，否决线 5 个）；n0将于 2026-12-04 超期')
    expect(newsColumnsRule(site({ columns }), china('2026-12-06 00:00'), settings).status).toBe('warning')
    expect(newsColumnsRule(site({ columns }), china('2026-12-07 23:59'), settings).status).toBe('warning')
    expect(newsColumnsRule(site({ columns }), china('2026-12-08 00:00'), settings).status).toBe('fail')
  })

  it('reaches the status its forecast names on that day and not the day before (property)', () => {
    const day = fc.integer({ min: 0, max: 40 }).map((offset) => addDays('2026-11-01', offset))
    fc.assert(
      fc.property(fc.array(day, { minLength: 0, maxLength: 12 }), (days) => {
        const columns = days.map((date, index) => news(`c${index}`, date))
        const now = china('2026-11-20 12:00')
        const { forecast } = newsColumnsRule(site({ columns }), now, settings)
        // At least that severe from that day on (columns going stale together warn and fail on one day), less severe the day before.
        const severity = { pass: 0, warning: 1, fail: 2 } as const
        for (const [date, status] of [
          [forecast.warnOn, 'warning'],
          [forecast.failOn, 'fail'],
        ] as const) {
          if (date === null) continue
          const midnight = chinaDayStart(date)
          expect(severity[newsColumnsRule(site({ columns }), midnight, settings).status]).toBeGreaterThanOrEqual(severity[status])
          expect(severity[newsColumnsRule(site({ columns }), new Date(midnight.getTime() - 1), settings).status]).toBeLessThan(severity[status])
        }
      }),
    )
  })
})

describe('staleColumnsRule (R-VETO-STALE-10)', () => {
  const longStale = (count: number, extra: Partial<ColumnSummary> = {}) =>
    Array.from({ length: count }, (_, index) => column({ id: `s${index}`, kind: 'other', lastPublishedAt: china('2026-01-01 10:00'), ...extra }))

  it('fails at 10 columns that should be updated but long have not been, warns at 6', () => {
    const now = china('2026-12-01 12:00')
    expect(staleColumnsRule(site({ columns: longStale(5) }), now, settings).status).toBe('pass')
    expect(staleColumnsRule(site({ columns: longStale(6) }), now, settings).status).toBe('warning')
    expect(staleColumnsRule(site({ columns: longStale(9) }), now, settings).status).toBe('warning')
    expect(staleColumnsRule(site({ columns: longStale(10) }), now, settings).status).toBe('fail')
    expect(staleColumnsRule(site({ columns: longStale(6) }), now, complianceSettingsSchema.parse({ staleColumnsWarning: 7 })).status).toBe('pass')
  })

  it('leaves out news-rule columns, exempt columns and kinds that need no updates', () => {
    const columns = [
      ...longStale(9),
      news('news', '2020-01-01'),
      column({ id: 'about', kind: 'overview', lastPublishedAt: china('2020-01-01 10:00') }),
      column({ id: 'archive', kind: 'special', exemptReason: '历史专题', lastPublishedAt: china('2020-01-01 10:00') }),
    ]
    expect(staleColumnsRule(site({ columns }), china('2026-12-01 12:00'), settings)).toMatchObject({ status: 'warning', evidence: { counted: 9 } })
    expect(
      staleColumnsRule(site({ columns: [...columns, column({ id: 'tenth', kind: 'other', lastPublishedAt: null })] }), china('2026-12-01 12:00'), settings)
        .status,
    ).toBe('fail')
  })

  it('holds 人事 and 规划计划 columns to 1 year, through Feb 29', () => {
    const columns = [...longStale(9), column({ id: 'personnel', kind: 'personnel', lastPublishedAt: china('2028-02-29 10:00') })].map((entry) =>
      entry.id === 'personnel' ? entry : { ...entry, lastPublishedAt: china('2028-01-01 10:00') },
    )
    expect(staleColumnsRule(site({ columns }), china('2029-02-27 12:00'), settings)).toMatchObject({ status: 'warning', forecast: { failOn: '2029-02-28' } })
    expect(staleColumnsRule(site({ columns }), china('2029-02-28 00:00'), settings).status).toBe('fail')
  })

  it('counts a grandchild with an interval inherited from its grandparent', () => {
    const columns = [
      ...longStale(9),
      column({ id: 'root', kind: 'special', intervalOverride: { count: 1, unit: 'months' }, lastPublishedAt: china('2026-11-30 10:00') }),
      column({ id: 'child', kind: 'special', parentId: 'root', lastPublishedAt: china('2026-11-30 10:00') }),
      column({ id: 'grandchild', kind: 'other', parentId: 'child', lastPublishedAt: china('2026-10-15 10:00') }),
    ]
    const result = staleColumnsRule(site({ columns }), china('2026-12-01 12:00'), settings)
    expect(result.status).toBe('fail')
    expect(result.evidence.stale.at(-1)).toMatchObject({
      columnId: 'grandchild',
      staleOn: '2026-11-15',
      expectation: { source: 'ancestor', fromColumnId: 'root' },
    })
  })
})
