import { describe, expect, it } from 'vitest'

import { DEFAULT_QUIET_HOURS, planEmail, quietUntil } from '../../src/index.js'

/** An instant given in China time (UTC+8). */
const china = (dateTime: string): Date => new Date(`${dateTime}:00+08:00`)

describe('quietUntil (quiet hours in China time)', () => {
  it('22:00–07:00: 21:59 is not quiet, 22:00 is, until 07:00 the next day', () => {
    expect(quietUntil(china('2026-12-01T21:59'), DEFAULT_QUIET_HOURS)).toBeNull()
    expect(quietUntil(china('2026-12-01T22:00'), DEFAULT_QUIET_HOURS)).toEqual(china('2026-12-02T07:00'))
    expect(quietUntil(china('2026-12-01T23:59'), DEFAULT_QUIET_HOURS)).toEqual(china('2026-12-02T07:00'))
  })

  it('after midnight the period ends the same morning; 06:59 is quiet, 07:00 is not', () => {
    expect(quietUntil(china('2026-12-02T00:00'), DEFAULT_QUIET_HOURS)).toEqual(china('2026-12-02T07:00'))
    expect(quietUntil(china('2026-12-02T06:59'), DEFAULT_QUIET_HOURS)).toEqual(china('2026-12-02T07:00'))
    expect(quietUntil(china('2026-12-02T07:00'), DEFAULT_QUIET_HOURS)).toBeNull()
  })

  it('reads the China day, not the UTC one: 23:30 UTC is 07:30 in China, outside 22:00–07:00', () => {
    expect(quietUntil(new Date('2026-12-01T23:30:00Z'), DEFAULT_QUIET_HOURS)).toBeNull()
    expect(quietUntil(new Date('2026-12-01T22:30:00Z'), DEFAULT_QUIET_HOURS)).toEqual(china('2026-12-02T07:00'))
  })

  it('a window within one day (12:00–14:00), none when off or start equals end', () => {
    const lunch = { start: '12:00', end: '14:00' }
    expect(quietUntil(china('2026-12-01T11:59'), lunch)).toBeNull()
    expect(quietUntil(china('2026-12-01T12:00'), lunch)).toEqual(china('2026-12-01T14:00'))
    expect(quietUntil(china('2026-12-01T14:00'), lunch)).toBeNull()
    expect(quietUntil(china('2026-12-01T23:00'), null)).toBeNull()
    expect(quietUntil(china('2026-12-01T23:00'), { start: '08:00', end: '08:00' })).toBeNull()
  })

  it('refuses a time that is no HH:MM', () => {
    expect(() => quietUntil(china('2026-12-01T23:00'), { start: '24:00', end: '07:00' })).toThrow(RangeError)
  })
})

describe('planEmail (urgent, quiet hours, daily digest)', () => {
  const plain = { digest: false, quietHours: DEFAULT_QUIET_HOURS }

  it('sends an urgent alert at once, even at night and for digest readers', () => {
    expect(planEmail(true, plain, china('2026-12-01T23:00'))).toEqual({ send: 'now' })
    expect(planEmail(true, { ...plain, digest: true }, china('2026-12-01T10:00'))).toEqual({ send: 'now' })
  })

  it('defers a non-urgent alert in quiet hours to their end, and sends it at once outside them', () => {
    expect(planEmail(false, plain, china('2026-12-01T22:00'))).toEqual({ send: 'later', at: china('2026-12-02T07:00'), reason: 'quiet-hours' })
    expect(planEmail(false, plain, china('2026-12-01T21:59'))).toEqual({ send: 'now' })
    expect(planEmail(false, { digest: false, quietHours: null }, china('2026-12-01T23:00'))).toEqual({ send: 'now' })
  })

  it('puts every non-urgent alert of a China day into the next morning’s digest at 08:00', () => {
    const at = china('2026-12-02T08:00')
    expect(planEmail(false, { ...plain, digest: true }, china('2026-12-01T00:00'))).toEqual({ send: 'later', at, reason: 'digest' })
    expect(planEmail(false, { ...plain, digest: true }, china('2026-12-01T23:59'))).toEqual({ send: 'later', at, reason: 'digest' })
    expect(planEmail(false, { ...plain, digest: true }, china('2026-12-02T00:00'))).toEqual({ send: 'later', at: china('2026-12-03T08:00'), reason: 'digest' })
  })

  it('holds a digest that would fall in the recipient’s quiet hours until they end', () => {
    expect(planEmail(false, { digest: true, quietHours: { start: '22:00', end: '09:30' } }, china('2026-12-01T10:00'))).toEqual({
      send: 'later',
      at: china('2026-12-02T09:30'),
      reason: 'digest',
    })
  })
})
