import { describe, expect, it } from 'vitest'

import { NOTIFICATION_KINDS, notificationDedupeKey, notificationTitle } from '../../src/index.js'

const china = (dateTime: string): Date => new Date(`${dateTime}:00+08:00`)

describe('notificationDedupeKey (at most one alert per rule, site and China day)', () => {
  it('is the same all through one China day and changes at midnight China time', () => {
    const first = notificationDedupeKey('compliance-veto', 'R-VETO-HOME', 'site-1', china('2026-12-01T00:00'))
    expect(notificationDedupeKey('compliance-veto', 'R-VETO-HOME', 'site-1', china('2026-12-01T23:59'))).toBe(first)
    expect(notificationDedupeKey('compliance-veto', 'R-VETO-HOME', 'site-1', china('2026-12-02T00:00'))).not.toBe(first)
  })

  it('differs per rule and per site', () => {
    const now = china('2026-12-01T10:00')
    const key = notificationDedupeKey('compliance-warning', 'R-VETO-HOME', 'site-1', now)
    expect(notificationDedupeKey('compliance-warning', 'R-VETO-STALE-10', 'site-1', now)).not.toBe(key)
    expect(notificationDedupeKey('compliance-warning', 'R-VETO-HOME', 'site-2', now)).not.toBe(key)
  })

  it('keys workflow events on their instant, so a second return the same day is told too', () => {
    const a = notificationDedupeKey('review-returned', 'articles:1', 'site-1', china('2026-12-01T10:00'))
    expect(notificationDedupeKey('review-returned', 'articles:1', 'site-1', china('2026-12-01T10:05'))).not.toBe(a)
  })
})

describe('the notification kinds', () => {
  it('fill the Chinese title template', () => {
    expect(notificationTitle('compliance-veto', { site: '示例市人民政府', rule: '首页栏目信息更新' })).toBe('示例市人民政府单项否决：首页栏目信息更新')
    expect(notificationTitle('review-awaiting', { title: '关于冬季安全生产的通知' })).toBe('待审核：关于冬季安全生产的通知')
  })

  it('treat vetoes, unreachable sites, dangerous links, serious errors and overdue messages as urgent, workflow news as not', () => {
    const urgent = Object.entries(NOTIFICATION_KINDS)
      .filter(([, spec]) => spec.urgent)
      .map(([kind]) => kind)
    expect(urgent.sort()).toEqual(['compliance-veto', 'dangerous-link', 'message-overdue', 'serious-error', 'site-unreachable'])
  })
})
