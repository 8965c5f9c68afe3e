import { describe, expect, it } from 'vitest'

import { decideNoticeChange, defaultPinWindow, dueForAutoUnpin, isPinnedAt, MIN_PIN_DAYS, pinLockedUntil, type NoticeChange } from '../../src/index.js'

const PUBLISHED = new Date('2026-11-24T02:00:00Z') // 10:00 China time
const LOCKED_UNTIL = new Date('2026-12-24T02:00:00Z') // 30 × 24 h later, 2026年12月24日 10:00
const at = (base: Date, ms: number): Date => new Date(base.getTime() + ms)

describe('pinLockedUntil (R-NOTICE-30D)', () => {
  it('is 30 full days of 24 h after publication', () => {
    expect(MIN_PIN_DAYS).toBe(30)
    expect(pinLockedUntil(PUBLISHED)).toEqual(LOCKED_UNTIL)
    expect(pinLockedUntil(new Date('2026-02-01T00:00:00Z'))).toEqual(new Date('2026-03-03T00:00:00Z'))
  })
})

describe('decideNoticeChange (R-NOTICE-30D)', () => {
  const removals: NoticeChange[] = ['unpin', 'unpublish', 'delete']

  it.each(removals)('%s: refused one second and one millisecond before 30 days, allowed exactly at 30 days', (change) => {
    const input = { kind: 'opening', publishedAt: PUBLISHED, change } as const
    expect(decideNoticeChange({ ...input, now: at(LOCKED_UNTIL, -1000) })).toMatchObject({ ok: false, code: 'notice.pin_locked', lockedUntil: LOCKED_UNTIL })
    expect(decideNoticeChange({ ...input, now: at(LOCKED_UNTIL, -1) })).toMatchObject({ ok: false, code: 'notice.pin_locked' })
    expect(decideNoticeChange({ ...input, now: LOCKED_UNTIL })).toEqual({ ok: true })
    expect(decideNoticeChange({ ...input, now: at(LOCKED_UNTIL, 86_400_000) })).toEqual({ ok: true })
  })

  it('says in China time when the change becomes possible', () => {
    const decision = decideNoticeChange({ kind: 'opening', publishedAt: PUBLISHED, change: 'unpin', now: PUBLISHED })
    expect(decision).toEqual({
      ok: false,
      code: 'notice.pin_locked',
      message: '开通公告须置顶并保持发布至少30天，2026年12月24日 10:00 后方可撤下置顶',
      lockedUntil: LOCKED_UNTIL,
    })
  })

  it('names the kind and the refused action', () => {
    const message = (kind: 'temporary-offline' | 'closure-migration', change: NoticeChange): string | undefined => {
      const decision = decideNoticeChange({ kind, publishedAt: PUBLISHED, change, now: PUBLISHED })
      return decision.ok ? undefined : decision.message
    }
    expect(message('temporary-offline', 'unpublish')).toBe('临时下线公告须置顶并保持发布至少30天，2026年12月24日 10:00 后方可撤下')
    expect(message('closure-migration', 'delete')).toBe('关停迁移公告须置顶并保持发布至少30天，2026年12月24日 10:00 后方可删除')
  })

  it('rounds the time shown up to the minute, so it is never too early', () => {
    const decision = decideNoticeChange({ kind: 'opening', publishedAt: new Date('2026-11-24T02:00:30Z'), change: 'unpin', now: PUBLISHED })
    expect(decision.ok ? '' : decision.message).toContain('2026年12月24日 10:01 后')
  })

  it('shows the China date when it differs from the UTC date', () => {
    const decision = decideNoticeChange({ kind: 'opening', publishedAt: new Date('2026-12-01T17:05:00Z'), change: 'unpin', now: PUBLISHED })
    expect(decision.ok ? '' : decision.message).toContain('2027年1月1日 01:05 后')
  })

  it('never restricts general or exit-supervision notices', () => {
    for (const kind of ['general', 'exit-supervision'] as const) {
      for (const change of [...removals, 'shorten-pin'] as const) {
        expect(decideNoticeChange({ kind, publishedAt: PUBLISHED, change, newPinnedUntil: PUBLISHED, now: PUBLISHED })).toEqual({ ok: true })
      }
    }
  })

  it('does not restrict a mandatory notice that was never published', () => {
    for (const change of [...removals, 'shorten-pin'] as const) {
      expect(decideNoticeChange({ kind: 'opening', publishedAt: null, change, newPinnedUntil: PUBLISHED, now: PUBLISHED })).toEqual({ ok: true })
    }
  })

  describe('shorten-pin', () => {
    const shorten = (newPinnedUntil: Date | null | undefined, now: Date) =>
      decideNoticeChange({ kind: 'temporary-offline', publishedAt: PUBLISHED, change: 'shorten-pin', newPinnedUntil, now })

    it('refuses an end before publication + 30 days, even after the 30 days are over', () => {
      expect(shorten(at(LOCKED_UNTIL, -1), PUBLISHED)).toMatchObject({ ok: false, code: 'notice.pin_locked', lockedUntil: LOCKED_UNTIL })
      expect(shorten(at(PUBLISHED, 86_400_000), PUBLISHED)).toMatchObject({ ok: false })
      expect(shorten(at(LOCKED_UNTIL, -1000), at(LOCKED_UNTIL, 90 * 86_400_000))).toMatchObject({ ok: false })
    })

    it('allows an end at or after publication + 30 days, or no end', () => {
      expect(shorten(LOCKED_UNTIL, PUBLISHED)).toEqual({ ok: true })
      expect(shorten(at(LOCKED_UNTIL, 1), PUBLISHED)).toEqual({ ok: true })
      expect(shorten(null, PUBLISHED)).toEqual({ ok: true })
      expect(shorten(undefined, PUBLISHED)).toEqual({ ok: true })
    })

    it('names the earliest allowed end in China time', () => {
      const decision = shorten(PUBLISHED, PUBLISHED)
      expect(decision.ok ? '' : decision.message).toBe('临时下线公告须置顶并保持发布至少30天，置顶截止时间不得早于 2026年12月24日 10:00')
    })
  })
})

describe('defaultPinWindow (R-NOTICE-30D)', () => {
  it('pins mandatory notices from publication for 30 days', () => {
    for (const kind of ['opening', 'temporary-offline', 'closure-migration'] as const) {
      expect(defaultPinWindow(kind, PUBLISHED)).toEqual({ pinnedFrom: PUBLISHED, pinnedUntil: LOCKED_UNTIL })
    }
  })

  it('gives no window to other notices', () => {
    expect(defaultPinWindow('general', PUBLISHED)).toBeNull()
    expect(defaultPinWindow('exit-supervision', PUBLISHED)).toBeNull()
  })
})

describe('isPinnedAt', () => {
  const window = { pinned: true, pinnedFrom: PUBLISHED, pinnedUntil: LOCKED_UNTIL }

  it('is pinned from pinnedFrom (inclusive) until pinnedUntil (exclusive)', () => {
    expect(isPinnedAt(window, at(PUBLISHED, -1))).toBe(false)
    expect(isPinnedAt(window, PUBLISHED)).toBe(true)
    expect(isPinnedAt(window, at(LOCKED_UNTIL, -1))).toBe(true)
    expect(isPinnedAt(window, LOCKED_UNTIL)).toBe(false)
  })

  it('is never pinned when the flag is off', () => {
    expect(isPinnedAt({ ...window, pinned: false }, PUBLISHED)).toBe(false)
  })

  it('treats missing bounds as open', () => {
    expect(isPinnedAt({ pinned: true }, PUBLISHED)).toBe(true)
    expect(isPinnedAt({ pinned: true, pinnedFrom: null, pinnedUntil: LOCKED_UNTIL }, at(PUBLISHED, -1e10))).toBe(true)
    expect(isPinnedAt({ pinned: true, pinnedFrom: PUBLISHED, pinnedUntil: null }, at(LOCKED_UNTIL, 1e10))).toBe(true)
  })
})

describe('dueForAutoUnpin (R-NOTICE-30D)', () => {
  const notice = { kind: 'opening', publishedAt: PUBLISHED, pinned: true, pinnedFrom: PUBLISHED, pinnedUntil: LOCKED_UNTIL } as const

  it('is due once the 30 days and the pin window are both over', () => {
    expect(dueForAutoUnpin(notice, at(LOCKED_UNTIL, -1))).toBe(false)
    expect(dueForAutoUnpin(notice, LOCKED_UNTIL)).toBe(true)
  })

  it('waits for a pin window longer than 30 days', () => {
    const pinnedUntil = at(LOCKED_UNTIL, 5 * 86_400_000)
    expect(dueForAutoUnpin({ ...notice, pinnedUntil }, at(pinnedUntil, -1))).toBe(false)
    expect(dueForAutoUnpin({ ...notice, pinnedUntil }, pinnedUntil)).toBe(true)
  })

  it('waits for the 30 days even when the stored window ends earlier', () => {
    const pinnedUntil = at(PUBLISHED, 86_400_000)
    expect(dueForAutoUnpin({ ...notice, pinnedUntil }, at(LOCKED_UNTIL, -1))).toBe(false)
    expect(dueForAutoUnpin({ ...notice, pinnedUntil }, LOCKED_UNTIL)).toBe(true)
  })

  it('leaves alone unpinned, unpublished, open-ended and non-mandatory notices', () => {
    const later = at(LOCKED_UNTIL, 365 * 86_400_000)
    expect(dueForAutoUnpin({ ...notice, pinned: false }, later)).toBe(false)
    expect(dueForAutoUnpin({ ...notice, publishedAt: null }, later)).toBe(false)
    expect(dueForAutoUnpin({ ...notice, pinnedUntil: null }, later)).toBe(false)
    expect(dueForAutoUnpin({ ...notice, kind: 'general' }, later)).toBe(false)
  })
})
