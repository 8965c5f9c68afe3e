import { describe, expect, it } from 'vitest'

import { decidePublishSchedule } from '../../src/index.js'

const NOW = new Date('2026-11-24T02:00:00Z')

describe('decidePublishSchedule (R-NO-BACKDATING)', () => {
  it('publishes now when no time is asked for', () => {
    expect(decidePublishSchedule(undefined, NOW)).toEqual({ ok: true, at: null })
  })

  it('schedules a future time', () => {
    expect(decidePublishSchedule('2026-11-25T09:00:00+08:00', NOW)).toEqual({ ok: true, at: new Date('2026-11-25T01:00:00Z') })
  })

  it('refuses a time in the past or the present: no back-dating', () => {
    expect(decidePublishSchedule('2026-11-01T09:00:00+08:00', NOW)).toMatchObject({ ok: false, code: 'workflow.publish_at_not_future' })
    expect(decidePublishSchedule(NOW.toISOString(), NOW)).toMatchObject({ ok: false })
  })

  it('refuses a time more than a year ahead', () => {
    expect(decidePublishSchedule('2028-01-01T00:00:00+08:00', NOW)).toMatchObject({ ok: false, code: 'workflow.publish_at_too_far' })
  })
})
