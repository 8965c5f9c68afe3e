import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decideNoticeEdit, isMandatoryPinKind, isPinnedAt, MANDATORY_PIN_KINDS, NOTICE_KINDS, type NoticePlacement } from '../../src/index.js'

const DAY = 24 * 60 * 60 * 1000
const PUBLISHED = new Date('2026-11-24T02:00:00Z')
const LOCKED_UNTIL = new Date(PUBLISHED.getTime() + 30 * DAY)
const at = (ms: number) => new Date(PUBLISHED.getTime() + ms)

const live = (overrides: Partial<NoticePlacement> = {}): NoticePlacement => ({
  kind: 'opening',
  site: 'county',
  column: 'notices',
  pinned: true,
  pinnedFrom: PUBLISHED,
  pinnedUntil: LOCKED_UNTIL,
  firstPublishedAt: PUBLISHED,
  ...overrides,
})

/** Where the homepage's pinned slot shows a notice of `site` at `t` (the site reads pinned notices of its site in their window). */
const inSlot = (notice: NoticePlacement, of: NoticePlacement, t: Date) =>
  notice.site === of.site && notice.column === of.column && isMandatoryPinKind(notice.kind) && isPinnedAt(notice, t)

const date = (from: number, to: number) => fc.integer({ min: from, max: to }).map(at)
const placement = (first: Date | null) =>
  fc.record({
    kind: fc.constantFrom(...NOTICE_KINDS),
    site: fc.constantFrom('county', 'portal', null),
    column: fc.constantFrom('notices', 'other-notices', null),
    pinned: fc.boolean(),
    pinnedFrom: fc.option(date(-60 * DAY, 400 * DAY), { nil: null }),
    pinnedUntil: fc.option(date(-60 * DAY, 400 * DAY), { nil: null }),
    firstPublishedAt: fc.constant(first),
  })
const liveMandatory = fc
  .record({
    kind: fc.constantFrom(...MANDATORY_PIN_KINDS),
    pinnedFrom: fc.option(date(-10 * DAY, 0), { nil: null }),
    pinnedUntil: fc.option(date(30 * DAY, 90 * DAY), { nil: null }),
  })
  .map((fields) => live(fields))

describe('decideNoticeEdit (R-NOTICE-30D)', () => {
  it('property: within 30 days, no accepted edit of any field takes the notice out of its slot, column or site before the 30 days end', () => {
    fc.assert(
      fc.property(
        liveMandatory,
        placement(PUBLISHED),
        fc.integer({ min: 0, max: 30 * DAY - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (current, proposed, nowMs, u) => {
          const now = at(nowMs)
          if (!decideNoticeEdit({ live: current, proposed, now }).ok) return
          const later = new Date(now.getTime() + Math.floor(u * (LOCKED_UNTIL.getTime() - 1 - now.getTime())))
          for (const t of [now, later, new Date(LOCKED_UNTIL.getTime() - 1)]) expect(inSlot(proposed, current, t)).toBe(true)
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('property: within 30 days, an edit of one placement field that leaves the slot is refused, naming that field', () => {
    const leaving: [keyof NoticePlacement, fc.Arbitrary<unknown>][] = [
      ['kind', fc.constantFrom(...NOTICE_KINDS.filter((kind) => kind !== 'opening'))],
      ['site', fc.constantFrom('portal', null)],
      ['column', fc.constantFrom('other-notices', null)],
      ['pinned', fc.constant(false)],
      ['pinnedFrom', date(1, 400 * DAY)],
      ['pinnedUntil', date(-60 * DAY, 30 * DAY - 1)],
    ]
    for (const [field, values] of leaving) {
      fc.assert(
        fc.property(values, fc.integer({ min: 0, max: 30 * DAY - 1 }), (value, nowMs) => {
          const decision = decideNoticeEdit({ live: live(), proposed: { ...live(), [field]: value }, now: at(nowMs) })
          expect(decision).toMatchObject({ ok: false, code: 'notice.pin_locked', field })
        }),
        { numRuns: 300 },
      )
    }
  })

  it('property: edits that keep the placement are always allowed, a longer pin included', () => {
    fc.assert(
      fc.property(
        date(-10 * DAY, 0),
        fc.option(date(30 * DAY, 400 * DAY), { nil: null }),
        fc.integer({ min: 0, max: 400 * DAY }),
        (pinnedFrom, pinnedUntil, nowMs) => {
          expect(decideNoticeEdit({ live: live(), proposed: live({ pinnedFrom, pinnedUntil }), now: at(nowMs) })).toEqual({ ok: true })
        },
      ),
    )
  })

  it('property: after 30 days every edit is allowed except a pin end earlier than the 30 days', () => {
    fc.assert(
      fc.property(liveMandatory, placement(PUBLISHED), fc.integer({ min: 30 * DAY, max: 400 * DAY }), (current, proposed, nowMs) => {
        const early = proposed.pinnedUntil !== null && proposed.pinnedUntil < LOCKED_UNTIL
        expect(decideNoticeEdit({ live: current, proposed, now: at(nowMs) }).ok).toBe(!early)
      }),
      { numRuns: 2000 },
    )
  })

  it('property: before its first publication a mandatory notice may not start pinning later than now; other kinds may', () => {
    fc.assert(
      fc.property(placement(null), fc.integer({ min: -10 * DAY, max: 10 * DAY }), (proposed, nowMs) => {
        const now = at(nowMs)
        const late = isMandatoryPinKind(proposed.kind) && proposed.pinnedFrom !== null && proposed.pinnedFrom > now
        expect(decideNoticeEdit({ live: null, proposed, now }).ok).toBe(!late)
      }),
      { numRuns: 2000 },
    )
  })

  it('says what is refused and until when, in China time', () => {
    expect(decideNoticeEdit({ live: live(), proposed: live({ pinnedFrom: new Date('2027-01-01T00:00:00Z') }), now: at(DAY) })).toEqual({
      ok: false,
      code: 'notice.pin_locked',
      field: 'pinnedFrom',
      message: '开通公告须置顶并保持发布至少30天，2026年12月24日 10:00 后方可推迟置顶开始时间',
      lockedUntil: LOCKED_UNTIL,
    })
    const message = (proposed: Partial<NoticePlacement>) => {
      const decision = decideNoticeEdit({ live: live(), proposed: live(proposed), now: at(DAY) })
      return decision.ok ? '' : decision.message
    }
    expect(message({ site: 'portal' })).toMatch(/后方可更改所属站点$/)
    expect(message({ column: 'other-notices' })).toMatch(/后方可更改所属栏目$/)
    expect(message({ kind: 'general' })).toMatch(/后方可更改公告类型$/)
    expect(message({ pinned: false })).toMatch(/后方可撤下置顶$/)
    expect(message({ pinnedUntil: at(10 * DAY) })).toMatch(/置顶截止时间不得早于 2026年12月24日 10:00$/)
    expect(decideNoticeEdit({ live: null, proposed: live({ firstPublishedAt: null, pinnedFrom: at(DAY) }), now: PUBLISHED })).toMatchObject({
      ok: false,
      message: '开通公告自首次发布起置顶至少30天，置顶开始时间不得晚于发布时间，请清空或改早',
    })
  })

  it('leaves general notices to their editors', () => {
    const general = live({ kind: 'general' })
    expect(decideNoticeEdit({ live: general, proposed: { ...general, pinned: false, site: 'portal', pinnedFrom: at(300 * DAY) }, now: at(DAY) })).toEqual({
      ok: true,
    })
  })
})
