import { formatChinaMinuteCeil } from '../time/china-time.js'
import type { NoticeKind } from './notice-kinds.js'
import { isMandatoryPinKind, NOTICE_KIND_LABELS } from './notice-kinds.js'

/** R-NOTICE-30D: minimum days a life-cycle notice stays published and pinned. */
export const MIN_PIN_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

export type NoticeChange = 'unpin' | 'unpublish' | 'delete' | 'shorten-pin' | 'change-kind' | 'move-site' | 'move-column' | 'delay-pin'

export interface NoticeChangeInput {
  kind: NoticeKind
  /** When the notice was first published; `null` while it never was. */
  publishedAt: Date | null
  change: NoticeChange
  /** For `shorten-pin`: the requested end of pinning; `null` means pinned with no end. */
  newPinnedUntil?: Date | null
  now: Date
}

export type NoticeChangeDecision = { ok: true } | { ok: false; code: 'notice.pin_locked'; message: string; lockedUntil: Date }

/** R-NOTICE-30D: the earliest moment a mandatory notice may be unpinned or taken down (30 × 24 h). */
export function pinLockedUntil(publishedAt: Date): Date {
  return new Date(publishedAt.getTime() + MIN_PIN_DAYS * DAY_MS)
}

const ACTION_ZH: Record<Exclude<NoticeChange, 'shorten-pin'>, string> = {
  unpin: '撤下置顶',
  unpublish: '撤下',
  delete: '删除',
  'change-kind': '更改公告类型',
  'move-site': '更改所属站点',
  'move-column': '更改所属栏目',
  'delay-pin': '推迟置顶开始时间',
}

/**
 * R-NOTICE-30D: an opening, temporary-offline or closure/migration notice that has been published
 * stays published and pinned for 30 days: unpinning, unpublishing, deleting and moving it (its
 * kind, site, column or a later pin start) are refused until
 * `now >= publishedAt + 30 days`. Its pin end can never be set earlier than that moment, even
 * afterwards, so the stored window keeps showing the rule was met. Drafts and general notices
 * are not restricted.
 */
export function decideNoticeChange(input: NoticeChangeInput): NoticeChangeDecision {
  if (!isMandatoryPinKind(input.kind) || input.publishedAt === null) return { ok: true }
  const lockedUntil = pinLockedUntil(input.publishedAt)
  const kindLabel = NOTICE_KIND_LABELS[input.kind].zh
  const rule = `${kindLabel}须置顶并保持发布至少${MIN_PIN_DAYS}天`
  const when = formatChinaMinuteCeil(lockedUntil)

  if (input.change === 'shorten-pin') {
    const until = input.newPinnedUntil
    if (until === null || until === undefined || until.getTime() >= lockedUntil.getTime()) return { ok: true }
    return { ok: false, code: 'notice.pin_locked', message: `${rule}，置顶截止时间不得早于 ${when}`, lockedUntil }
  }
  if (input.now.getTime() >= lockedUntil.getTime()) return { ok: true }
  return { ok: false, code: 'notice.pin_locked', message: `${rule}，${when} 后方可${ACTION_ZH[input.change]}`, lockedUntil }
}

export interface PinWindow {
  pinnedFrom: Date
  pinnedUntil: Date
}

/** R-NOTICE-30D: the pin window a mandatory notice gets on publication; `null` for other kinds. */
export function defaultPinWindow(kind: NoticeKind, publishedAt: Date): PinWindow | null {
  return isMandatoryPinKind(kind) ? { pinnedFrom: publishedAt, pinnedUntil: pinLockedUntil(publishedAt) } : null
}

export interface PinState {
  pinned: boolean
  /** Start of pinning, inclusive; none means from the moment `pinned` was set. */
  pinnedFrom?: Date | null
  /** End of pinning, exclusive; none means until unpinned by hand. */
  pinnedUntil?: Date | null
}

/** Whether a notice shows as pinned at `now`: pinned, and `now` within [pinnedFrom, pinnedUntil). */
export function isPinnedAt(notice: PinState, now: Date): boolean {
  if (!notice.pinned) return false
  if (notice.pinnedFrom && now.getTime() < notice.pinnedFrom.getTime()) return false
  if (notice.pinnedUntil && now.getTime() >= notice.pinnedUntil.getTime()) return false
  return true
}

export interface AutoUnpinCandidate extends PinState {
  kind: NoticeKind
  publishedAt: Date | null
}

/**
 * R-NOTICE-30D, for the daily job: a published mandatory notice whose pin window has ended and
 * whose 30 days are over may have its `pinned` flag cleared. A notice pinned with no end date
 * stays pinned: somebody chose that.
 */
export function dueForAutoUnpin(notice: AutoUnpinCandidate, now: Date): boolean {
  if (!isMandatoryPinKind(notice.kind) || !notice.pinned || notice.publishedAt === null || !notice.pinnedUntil) return false
  const due = Math.max(pinLockedUntil(notice.publishedAt).getTime(), notice.pinnedUntil.getTime())
  return now.getTime() >= due
}
