import { describe, expect, it } from 'vitest'

import { platformTable } from '../../src/dashboard/view-model/platform-table'
import { siteDetail } from '../../src/dashboard/view-model/site-detail'
import { platformStories, siteAnswerOf, sitesAnswerOf } from './supervision-platform'

const stories = platformStories({ city: 'city', fgw: 'fgw', county: 'county' })
const [city, fgw, county] = stories as [(typeof stories)[0], (typeof stories)[0], (typeof stories)[0]]

describe('the platform table’s rows (from real evaluations)', () => {
  const answer = sitesAnswerOf(stories, '2026-11-30', new Map([['county', 3]]))

  it('puts what needs attention first and names the rules by title', () => {
    const table = platformTable(answer, { sort: 'status', direction: 'asc', kind: 'all' })
    expect(table.rows.map((row) => [row.name, row.statusLabel])).toEqual([
      ['示例县人民政府', '不合格'],
      ['示例市发展和改革委员会', '预警'],
      ['示例市人民政府', '合格'],
    ])
    expect(table.rows[0]).toMatchObject({ failing: ['首页栏目信息更新', '政务咨询超过3个月未答复', '严重错误和安全问题'], openOrders: 3, nextFailure: null })
    expect(table.rows[1]!.warning).toEqual(['站点无法访问'])
    expect(table.totals).toEqual([
      { status: 'pass', label: '合格', count: 1 },
      { status: 'warning', label: '预警', count: 1 },
      { status: 'fail', label: '不合格', count: 1 },
    ])
    expect(platformTable(answer, { sort: 'status', direction: 'desc', kind: 'all' }).rows.map((row) => row.id)).toEqual(['city', 'fgw', 'county'])
  })

  it('sorts by the next predicted failure and by open orders, and filters by kind', () => {
    const soonest = platformTable(answer, { sort: 'nextFailure', direction: 'asc', kind: 'all' }).rows
    // fgw published on 11-29, the portal on 11-30: the homepage turns 14 days old on 12-13 and 12-14.
    expect(soonest.map((row) => [row.id, row.nextFailure?.text ?? null])).toEqual([
      ['fgw', '首页栏目信息更新将于 2026-12-13 不合格（13 天后）'],
      ['city', '首页栏目信息更新将于 2026-12-14 不合格（14 天后）'],
      ['county', null],
    ])
    expect(platformTable(answer, { sort: 'openOrders', direction: 'asc', kind: 'all' }).rows[0]!.id).toBe('county')
    const departments = platformTable(answer, { sort: 'name', direction: 'asc', kind: 'department' })
    expect(departments.rows.map((row) => row.id)).toEqual(['fgw'])
    expect(departments.kinds.map((kind) => kind.label)).toEqual(['市政府门户', '部门网站', '县区门户'])
  })
})

describe('a site’s drill-down (from real evaluations)', () => {
  it('shows every rule, failing first, with readable evidence', () => {
    const detail = siteDetail(siteAnswerOf(county, '2026-11-30', 2))
    expect(detail).toMatchObject({ statusLabel: '不合格', openOrders: 2, site: { name: '示例县人民政府', kind: '县区门户' } })
    expect(detail.rules).toHaveLength(13)
    expect(detail.rules.slice(0, 3).map((rule) => rule.id)).toEqual(['R-VETO-HOME', 'R-MSG-3M', 'R-VETO-SECURITY'])
    const consultation = detail.rules.find((rule) => rule.id === 'R-MSG-3M')!
    expect(consultation.evidence).toEqual([
      {
        type: 'table',
        caption: '超过 3 个月未答复的政务咨询',
        columns: ['咨询', '收到日期', '超过 3 个月起', '答复日期'],
        rows: [['咨询社保关系转移办理流程', '2026-08-01', '2026-11-02', '未答复']],
      },
    ])
    const security = detail.rules.find((rule) => rule.id === 'R-VETO-SECURITY')!
    expect(security.evidence[1]).toMatchObject({
      rows: [['危险链接', expect.stringContaining('bet-example.test'), '2026-11-28 08:30', '2026-11-29 08:30（已超时）', expect.any(String)]],
    })
    const home = detail.rules.find((rule) => rule.id === 'R-VETO-HOME')!
    expect(home.evidence[1]).toMatchObject({ rows: [['首页', '2026-10-25', '36 天', '不合格', '—', '—']] })
    expect(detail.trend.days).toHaveLength(90)
    expect(detail.trend.summary).toMatch(/^2026-09-02 至 2026-11-30 共 90 天有检查记录：合格 \d+ 天，预警 \d+ 天，不合格 \d+ 天$/)
  })

  it('forecasts the columns and the day the site will fail, and gives the charts their data', () => {
    const detail = siteDetail(siteAnswerOf(fgw, '2026-11-30'))
    const news = detail.rules.find((rule) => rule.id === 'R-VETO-NEWS-COLS')!
    // 工作动态 last got news on 11-29: two weeks later it is stale.
    expect(news.forecast).toEqual(['工作动态 将于 2026-12-13 超期（13 天后）', '通知公告 将于 2027-04-15 超期（136 天后）'])
    // Nothing is stale yet: the facts, then the columns soonest to go stale.
    expect(news.evidence.slice(1)).toEqual([
      {
        type: 'table',
        caption: '即将超期的栏目',
        columns: ['栏目', '最近更新', '将于', '剩余'],
        rows: [
          ['工作动态', '2026-11-29', '2026-12-13 超期', '13 天后'],
          ['通知公告', '2026-10-15', '2027-04-15 超期', '136 天后'],
        ],
      },
    ])
    expect(detail.rules.find((rule) => rule.id === 'R-VETO-STALE-10')!.forecast).toEqual(['办事服务 将于 2027-03-01 超期（91 天后）'])
    expect(detail.nextFailure).toBe('首页栏目信息更新将于 2026-12-13 不合格（13 天后）')
    expect(detail.availability.days.map((day) => day.percent)).toEqual([3.47, 3.47, 3.47, 3.47, 3.47, 3.47, 3.47])
    expect(detail.rules.find((rule) => rule.id === 'R-VETO-AVAILABILITY')!.evidence.at(-1)).toMatchObject({
      caption: '失败的检测',
      rows: [['2026-11-30 03:15', 'https://fgw.example.gov.cn/', '超时（15 秒）']],
    })
    // Closest to the limit first: 办事服务 (platform default 6 months) half way, 通知公告 (first level, 6 months) a quarter, 工作动态 1 day of 14.
    expect(detail.freshness).toEqual([
      { name: '办事服务', daysSince: 90, allowedDays: 181, stale: false, staleOn: '2027-03-01' },
      { name: '通知公告', daysSince: 46, allowedDays: 182, stale: false, staleOn: '2027-04-15' },
      { name: '工作动态', daysSince: 1, allowedDays: 14, stale: false, staleOn: '2026-12-13' },
    ])
    expect(siteDetail(siteAnswerOf(city, '2026-11-30')).rules.every((rule) => rule.status === 'pass')).toBe(true)
  })
})
