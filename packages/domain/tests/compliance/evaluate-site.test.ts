import { describe, expect, it } from 'vitest'

import { addDays, COMPLIANCE_RULE_IDS, DEFAULT_COMPLIANCE_SETTINGS, evaluatePlatform, evaluateSite, type AvailabilityDay } from '../../src/index.js'
import { china, column, site } from './site-fixture.js'

const settings = DEFAULT_COMPLIANCE_SETTINGS
const now = china('2026-12-07 12:00')
const week: AvailabilityDay[] = Array.from({ length: 7 }, (_, index) => ({ date: addDays('2026-12-01', index), checks: 288, failures: 0 }))

/** Every rule passes on 2026-12-07. */
const healthy = () =>
  site({
    homepage: { layout: 'content', lastPublishedAt: china('2026-12-06 09:00') },
    columns: [
      column({ id: 'news', name: '工作动态', kind: 'news', lastPublishedAt: china('2026-12-01 09:00') }),
      column({ id: 'services', name: '办事服务', kind: 'services', lastPublishedAt: china('2026-11-01 09:00') }),
    ],
    availability: week,
    channel: { checkedAt: china('2026-12-07 06:00'), formWorks: true, intakeWorks: true },
  })

describe('evaluateSite (R-DAILY-INSPECT, R-WARN-EARLY)', () => {
  it('passes a healthy site with every rule keyed by its id, and names the next predicted failure', () => {
    const evaluation = evaluateSite(healthy(), now, settings)
    expect(Object.keys(evaluation.rules)).toEqual([...COMPLIANCE_RULE_IDS])
    expect(Object.entries(evaluation.rules).filter(([, result]) => result.status !== 'pass')).toEqual([])
    expect(evaluation).toMatchObject({ siteId: 'site-1', date: '2026-12-07', status: 'pass', failing: [], warning: [] })
    // The channel check grows old on 12-09 (a warning); 工作动态 goes stale on 12-15, the homepage on 12-20.
    expect(evaluation.nextFailure).toEqual({ rule: 'R-VETO-HOME', on: '2026-12-20', inDays: 13 })
    expect(evaluation.rules['R-VETO-NEWS-COLS'].evidence.upcoming[0]).toMatchObject({ name: '工作动态', staleOn: '2026-12-15', daysUntilStale: 8 })
  })

  it('is 预警 when a rule warns or a monitor fails, and 不合格 when a veto rule fails', () => {
    const warned = evaluateSite({ ...healthy(), homepage: { layout: 'content', lastPublishedAt: china('2026-11-26 09:00') } }, now, settings)
    expect(warned).toMatchObject({ status: 'warning', failing: [], warning: ['R-VETO-HOME'] })

    const lateSurvey = { ...healthy(), surveys: [{ id: 's1', title: '满意度调查', closesAt: china('2026-09-30 18:00') }] }
    expect(evaluateSite(lateSurvey, now, settings)).toMatchObject({ status: 'warning', failing: [], warning: ['R-SURVEY-1M'] })

    const failing = evaluateSite(
      {
        ...healthy(),
        homepage: { layout: 'content', lastPublishedAt: china('2026-11-20 09:00') },
        messages: [{ id: 'm1', title: '咨询社保转移', category: 'consultation', receivedAt: china('2026-08-01 10:00'), dueDate: '2026-08-08' }],
      },
      now,
      settings,
    )
    expect(failing).toMatchObject({ status: 'fail', failing: ['R-VETO-HOME', 'R-MSG-3M'], warning: ['R-MSG-5WD'] })
    // One news column can never make five: nothing else fails by time alone.
    expect(failing.nextFailure).toBeNull()
  })
})

describe('evaluatePlatform', () => {
  it('evaluates the online sites, counts statuses and rules, and lists the sites not inspected', () => {
    const offline = site({ site: { id: 'site-3', name: '示例县人民政府', kind: 'county-portal', status: 'temporarily-offline' } })
    const stale = { ...healthy(), site: { ...healthy().site, id: 'site-2' }, homepage: { layout: 'content' as const, lastPublishedAt: null } }
    const platform = evaluatePlatform([healthy(), stale, offline], now, settings)
    expect(platform.date).toBe('2026-12-07')
    expect(platform.sites.map((evaluation) => [evaluation.siteId, evaluation.status])).toEqual([
      ['site-1', 'pass'],
      ['site-2', 'fail'],
    ])
    expect(platform.notInspected).toEqual([{ siteId: 'site-3', siteName: '示例县人民政府', status: 'temporarily-offline' }])
    expect(platform.totals).toEqual({ pass: 1, warning: 0, fail: 1 })
    expect(platform.byRule['R-VETO-HOME']).toEqual({ pass: 1, warning: 0, fail: 1 })
    expect(platform.byRule['R-VETO-AVAILABILITY']).toEqual({ pass: 2, warning: 0, fail: 0 })
  })
})
