import { describe, expect, it } from 'vitest'

import { complianceSettingsSchema, DEFAULT_COMPLIANCE_SETTINGS, homeRule } from '../../src/index.js'
import { china, column, site } from './site-fixture.js'

const settings = DEFAULT_COMPLIANCE_SETTINGS

describe('homeRule (R-VETO-HOME)', () => {
  const homepage = (lastPublishedAt: Date | null) => site({ homepage: { layout: 'content', lastPublishedAt } })

  it('fails from China midnight 14 days after content published at 23:59 the day before', () => {
    const input = homepage(china('2026-11-30 23:59'))
    expect(homeRule(input, china('2026-12-13 23:59'), settings)).toMatchObject({ status: 'warning', forecast: { warnOn: null, failOn: '2026-12-14' } })
    const failing = homeRule(input, china('2026-12-14 00:00'), settings)
    expect(failing).toMatchObject({ rule: 'R-VETO-HOME', status: 'fail', forecast: { warnOn: null, failOn: null } })
    expect(failing.evidence.pages).toEqual([
      { columnId: null, name: '首页', lastPublishedOn: '2026-11-30', daysSincePublished: 14, status: 'fail', warnOn: null, failOn: null },
    ])
    expect(failing.summary).toBe('首页已 14 天未更新（满 14 天即单项否决）')
  })

  it('passes 13 days 23:59 after content published at 00:00, and fails at 14 days', () => {
    const input = homepage(china('2026-11-30 00:00'))
    expect(homeRule(input, china('2026-12-13 23:59'), settings).status).toBe('warning')
    expect(homeRule(input, china('2026-12-14 00:00'), settings).status).toBe('fail')
  })

  it('warns from the warning line (10 days by default, configurable) and forecasts both days', () => {
    const input = homepage(china('2026-12-01 09:00'))
    expect(homeRule(input, china('2026-12-10 23:59'), settings)).toMatchObject({ status: 'pass', forecast: { warnOn: '2026-12-11', failOn: '2026-12-15' } })
    expect(homeRule(input, china('2026-12-11 00:00'), settings)).toMatchObject({ status: 'warning', summary: '首页已 10 天未更新（预警线 10 天）' })
    const early = complianceSettingsSchema.parse({ homepageWarningDays: 7 })
    expect(homeRule(input, china('2026-12-08 00:00'), early).status).toBe('warning')
    expect(homeRule(input, china('2026-12-07 23:59'), early)).toMatchObject({ status: 'pass', forecast: { warnOn: '2026-12-08' } })
  })

  it('fails a homepage with nothing that shows a publish time', () => {
    expect(homeRule(homepage(null), china('2026-12-01 12:00'), settings)).toMatchObject({
      status: 'fail',
      summary: '首页无发布时间可见的信息（满 14 天即单项否决）',
    })
  })

  describe('a navigation-only homepage', () => {
    const columns = [
      column({ id: 'news', name: '工作动态', kind: 'news', lastPublishedAt: china('2026-11-25 10:00') }),
      column({ id: 'notices', name: '通知公告', kind: 'notices', lastPublishedAt: china('2026-11-28 10:00') }),
      column({ id: 'sub-news', name: '部门动态', kind: 'news', parentId: 'news', lastPublishedAt: china('2026-10-01 10:00') }),
      column({ id: 'about', name: '机构概况', kind: 'overview', lastPublishedAt: china('2025-01-01 10:00') }),
      column({ id: 'archive', name: '历史专题', kind: 'special', exemptReason: '已归档', lastPublishedAt: china('2024-01-01 10:00') }),
      column({ id: 'hidden', name: '未发布', kind: 'news', published: false, lastPublishedAt: null }),
    ]
    const navigation = site({ homepage: { layout: 'navigation', lastPublishedAt: null }, columns })

    it('tests every second-level page (published first-level columns that should be updated) instead of the homepage', () => {
      const result = homeRule(navigation, china('2026-12-01 12:00'), settings)
      expect(result.status).toBe('pass')
      expect(result.evidence.pages.map((page) => page.columnId)).toEqual(['news', 'notices'])
      expect(result.forecast).toEqual({ warnOn: '2026-12-05', failOn: '2026-12-09' })
      expect(result.summary).toBe('首页仅为栏目导航，2 个二级页面均在 10 天内有更新')
    })

    it('fails when any of them has had nothing new for 14 days', () => {
      const result = homeRule(navigation, china('2026-12-09 00:00'), settings)
      expect(result.status).toBe('fail')
      expect(result.evidence.pages.map((page) => [page.columnId, page.status])).toEqual([
        ['news', 'fail'],
        ['notices', 'warning'],
      ])
      expect(result.summary).toBe('工作动态已 14 天未更新（满 14 天即单项否决）')
    })

    it('passes when there is no second-level page to test', () => {
      const bare = site({ homepage: { layout: 'navigation', lastPublishedAt: null }, columns: [columns[3]!] })
      expect(homeRule(bare, china('2026-12-01 12:00'), settings)).toMatchObject({
        status: 'pass',
        evidence: { pages: [] },
        summary: '首页仅为栏目导航，且没有需检查的二级页面',
      })
    })
  })
})
