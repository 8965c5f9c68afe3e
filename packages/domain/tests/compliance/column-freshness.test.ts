import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  addInterval,
  chinaDate,
  chinaDayStart,
  columnFreshness,
  complianceSettingsSchema,
  DEFAULT_COMPLIANCE_SETTINGS,
  formatInterval,
  type ColumnSummary,
} from '../../src/index.js'
import { china, column } from './site-fixture.js'

const settings = DEFAULT_COMPLIANCE_SETTINGS
const freshnessOf = (columns: ColumnSummary[], now: Date, chosen = settings) =>
  Object.fromEntries(columnFreshness(columns, now, chosen).map((entry) => [entry.columnId, entry]))

describe('update intervals in China calendar terms', () => {
  it('adds days, and calendar months clamped at month end (Aug 31 + 6 months, Feb 29 + 1 year)', () => {
    expect(addInterval('2026-11-30', { count: 14, unit: 'days' })).toBe('2026-12-14')
    expect(addInterval('2026-08-31', { count: 6, unit: 'months' })).toBe('2027-02-28')
    expect(addInterval('2027-08-31', { count: 6, unit: 'months' })).toBe('2028-02-29')
    expect(addInterval('2028-02-29', { count: 12, unit: 'months' })).toBe('2029-02-28')
  })

  it('reads as weeks, days, months or years', () => {
    expect([14, 10].map((count) => formatInterval({ count, unit: 'days' }))).toEqual(['2 周', '10 天'])
    expect([6, 12, 24].map((count) => formatInterval({ count, unit: 'months' }))).toEqual(['6 个月', '1 年', '2 年'])
  })
})

describe('columnFreshness (R-VETO-NEWS-COLS, R-VETO-STALE-10)', () => {
  it('gives each kind its interval from the table: 动态 2 weeks, first-level 通知公告/政策文件 6 months, 人事/规划计划 1 year, the rest the platform default', () => {
    const columns = [
      column({ id: 'news', kind: 'news' }),
      column({ id: 'notices', kind: 'notices' }),
      column({ id: 'policy', kind: 'policy' }),
      column({ id: 'personnel', kind: 'personnel' }),
      column({ id: 'plans', kind: 'plans' }),
      column({ id: 'responses', kind: 'response' }),
      column({ id: 'about', kind: 'overview' }),
    ]
    const byId = freshnessOf(columns, china('2026-12-01 12:00'))
    expect(byId.news).toMatchObject({ expectation: { type: 'interval', interval: { count: 14, unit: 'days' }, source: 'kind' }, countedBy: 'R-VETO-NEWS-COLS' })
    expect(byId.notices).toMatchObject({ expectation: { interval: { count: 6, unit: 'months' } }, countedBy: 'R-VETO-NEWS-COLS', staleOn: '2027-06-01' })
    expect(byId.policy?.countedBy).toBe('R-VETO-NEWS-COLS')
    expect(byId.personnel).toMatchObject({ expectation: { interval: { count: 12, unit: 'months' } }, countedBy: 'R-VETO-STALE-10', staleOn: '2027-12-01' })
    expect(byId.plans?.staleOn).toBe('2027-12-01')
    expect(byId.responses).toMatchObject({ expectation: { interval: { count: 6, unit: 'months' }, source: 'platform-default' }, countedBy: 'R-VETO-STALE-10' })
    expect(byId.about).toMatchObject({ expectation: { type: 'exempt', source: 'kind' }, countedBy: null, stale: false, staleOn: null })

    const weekly = complianceSettingsSchema.parse({ defaultUpdateInterval: { count: 7, unit: 'days' } })
    expect(freshnessOf(columns, china('2026-12-01 12:00'), weekly).responses?.staleOn).toBe('2026-12-08')
  })

  it('counts 通知公告/政策文件 for R-VETO-NEWS-COLS only at the first level; below it they count for R-VETO-STALE-10', () => {
    const columns = [
      column({ id: 'open', kind: 'other' }),
      column({ id: 'notices-2', kind: 'notices', parentId: 'open' }),
      column({ id: 'policy-2', kind: 'policy', parentId: 'open' }),
      column({ id: 'news-2', kind: 'news', parentId: 'open' }),
    ]
    const byId = freshnessOf(columns, china('2026-12-01 12:00'))
    expect(byId['notices-2']).toMatchObject({ level: 2, countedBy: 'R-VETO-STALE-10' })
    expect(byId['policy-2']).toMatchObject({ level: 2, countedBy: 'R-VETO-STALE-10' })
    expect(byId['news-2']).toMatchObject({ level: 2, countedBy: 'R-VETO-NEWS-COLS' })
  })

  it('is stale from China midnight 14 days after the last publication: 23:59 the day before counts as that day', () => {
    const columns = [column({ id: 'news', kind: 'news', lastPublishedAt: china('2026-11-30 23:59') })]
    expect(freshnessOf(columns, china('2026-12-13 23:59')).news).toMatchObject({ stale: false, staleOn: '2026-12-14', daysSincePublished: 13 })
    expect(freshnessOf(columns, china('2026-12-14 00:00')).news).toMatchObject({ stale: true, daysSincePublished: 14 })
    // The same instant in UTC is still 2026-12-13: the China day decides.
    expect(freshnessOf(columns, new Date('2026-12-13T16:00:00Z')).news?.stale).toBe(true)
    expect(freshnessOf(columns, new Date('2026-12-13T15:59:59Z')).news?.stale).toBe(false)
  })

  it('counts 13 days 23:59 after a publication at 00:00 as fresh and 14 days as stale', () => {
    const columns = [column({ id: 'news', kind: 'news', lastPublishedAt: china('2026-11-30 00:00') })]
    expect(freshnessOf(columns, china('2026-12-13 23:59')).news?.stale).toBe(false)
    expect(freshnessOf(columns, china('2026-12-14 00:00')).news?.stale).toBe(true)
  })

  it('holds the 6-month and 1-year rules to calendar months with month-end clamping', () => {
    const columns = [
      column({ id: 'notices', kind: 'notices', lastPublishedAt: china('2026-08-31 10:00') }),
      column({ id: 'plans', kind: 'plans', lastPublishedAt: china('2028-02-29 10:00') }),
    ]
    expect(freshnessOf(columns, china('2027-02-27 23:59')).notices?.stale).toBe(false)
    expect(freshnessOf(columns, china('2027-02-28 00:00')).notices).toMatchObject({ stale: true, staleOn: '2027-02-28' })
    expect(freshnessOf(columns, china('2029-02-27 23:59')).plans).toMatchObject({ stale: false, staleOn: '2029-02-28' })
    expect(freshnessOf(columns, china('2029-02-28 00:00')).plans?.stale).toBe(true)
  })

  it('treats a column without any visible publish time as stale, however much it holds', () => {
    const columns = [column({ id: 'news', kind: 'news', lastPublishedAt: null, publishedCount: 12 })]
    expect(freshnessOf(columns, china('2026-12-01 12:00')).news).toMatchObject({ stale: true, staleOn: null, lastPublishedOn: null, daysSincePublished: null })
  })

  it('lets a grandchild inherit an interval override from its grandparent, and its own setting win over it', () => {
    const columns = [
      column({ id: 'root', kind: 'special', intervalOverride: { count: 1, unit: 'months' } }),
      column({ id: 'child', kind: 'special', parentId: 'root' }),
      column({ id: 'grandchild', kind: 'other', parentId: 'child', lastPublishedAt: china('2026-10-31 10:00') }),
      column({ id: 'own', kind: 'other', parentId: 'child', intervalOverride: { count: 3, unit: 'days' } }),
    ]
    const byId = freshnessOf(columns, china('2026-11-30 12:00'))
    expect(byId.grandchild).toMatchObject({
      level: 3,
      expectation: { type: 'interval', interval: { count: 1, unit: 'months' }, source: 'ancestor', fromColumnId: 'root' },
      staleOn: '2026-11-30',
      stale: true,
    })
    expect(byId.own).toMatchObject({ expectation: { interval: { count: 3, unit: 'days' }, source: 'column', fromColumnId: 'own' }, staleOn: '2026-12-04' })
  })

  it('exempts an archive 专题 with its reason, and its sub-columns with it, from every freshness count', () => {
    const columns = [
      column({ id: 'archive', kind: 'special', exemptReason: '2019年专题，已归档', lastPublishedAt: china('2019-12-01 10:00') }),
      column({ id: 'archive-news', kind: 'news', parentId: 'archive', lastPublishedAt: china('2019-12-01 10:00') }),
      column({ id: 'blank-reason', kind: 'special', exemptReason: '   ', lastPublishedAt: china('2019-12-01 10:00') }),
    ]
    const byId = freshnessOf(columns, china('2026-12-01 12:00'))
    expect(byId.archive).toMatchObject({ expectation: { type: 'exempt', reason: '2019年专题，已归档', source: 'column' }, countedBy: null, stale: false })
    expect(byId['archive-news']).toMatchObject({ expectation: { type: 'exempt', source: 'ancestor', fromColumnId: 'archive' }, countedBy: null, stale: false })
    // An exemption needs a reason: blank is none.
    expect(byId['blank-reason']).toMatchObject({ countedBy: 'R-VETO-STALE-10', stale: true })
  })

  it('keeps the national window of a news column whatever its override says', () => {
    const columns = [
      column({ id: 'news', kind: 'news', intervalOverride: { count: 3, unit: 'months' }, lastPublishedAt: china('2026-11-01 10:00') }),
      column({ id: 'sub', kind: 'other', parentId: 'news', lastPublishedAt: china('2026-11-01 10:00') }),
    ]
    const byId = freshnessOf(columns, china('2026-12-01 12:00'))
    expect(byId.news).toMatchObject({ staleOn: '2026-11-15', stale: true, expectation: { source: 'kind' } })
    // The override still passes down to columns R-VETO-STALE-10 counts.
    expect(byId.sub).toMatchObject({ staleOn: '2027-02-01', expectation: { source: 'ancestor', fromColumnId: 'news' } })
  })

  it('counts unpublished columns for no rule but passes their settings down', () => {
    const columns = [
      column({ id: 'hidden', kind: 'special', published: false, exemptReason: '归档' }),
      column({ id: 'child', kind: 'other', parentId: 'hidden', lastPublishedAt: null }),
      column({ id: 'draft', kind: 'news', published: false, lastPublishedAt: null }),
    ]
    const byId = freshnessOf(columns, china('2026-12-01 12:00'))
    expect(byId.child).toMatchObject({ countedBy: null, stale: false })
    expect(byId.draft?.countedBy).toBeNull()
  })

  it('survives a parent cycle and a parent missing from the list (both count as first-level)', () => {
    const columns = [column({ id: 'a', parentId: 'b' }), column({ id: 'b', parentId: 'a' }), column({ id: 'orphan', kind: 'notices', parentId: 'gone' })]
    const byId = freshnessOf(columns, china('2026-12-01 12:00'))
    expect(byId.b?.level).toBe(1)
    expect(byId.a?.level).toBe(2)
    expect(byId.orphan).toMatchObject({ level: 1, countedBy: 'R-VETO-NEWS-COLS' })
  })

  it('turns stale at China midnight starting staleOn, not a millisecond earlier, for any publication time and interval (property)', () => {
    const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    const interval = fc.record({ count: fc.integer({ min: 1, max: 24 }), unit: fc.constantFrom('days' as const, 'months' as const) })
    fc.assert(
      fc.property(instant, interval, (published, chosen) => {
        const columns = [column({ id: 'c', intervalOverride: chosen, lastPublishedAt: published })]
        const staleOn = columnFreshness(columns, published, settings)[0]!.staleOn!
        const midnight = chinaDayStart(staleOn)
        expect(columnFreshness(columns, midnight, settings)[0]?.stale).toBe(true)
        expect(columnFreshness(columns, new Date(midnight.getTime() - 1), settings)[0]?.stale).toBe(false)
        expect(staleOn > chinaDate(published)).toBe(true)
      }),
    )
  })
})
