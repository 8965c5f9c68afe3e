import { isMandatoryPinKind, NOTICE_KIND_LABELS, type NoticeKind } from './notice-kinds.js'
import { decideNoticeChange, MIN_PIN_DAYS, pinLockedUntil, type NoticeChange } from './pin-window.js'

/** What decides where a notice shows: the homepage's pinned slot, its column, its site. */
export interface NoticePlacement {
  kind: NoticeKind
  site: string | null
  column: string | null
  pinned: boolean
  /** Start of pinning, inclusive; none means from the moment `pinned` was set. */
  pinnedFrom: Date | null
  /** End of pinning, exclusive; none means until unpinned by hand. */
  pinnedUntil: Date | null
  /** When the notice was first published; `null` while it never was. */
  firstPublishedAt: Date | null
}

export interface NoticeEditInput {
  /** The published version, or `null` while none is live. */
  live: NoticePlacement | null
  /** The version being saved or published. */
  proposed: NoticePlacement
  now: Date
}

export type NoticeEditDecision = { ok: true } | { ok: false; code: 'notice.pin_locked'; field: keyof NoticePlacement; message: string; lockedUntil: Date }

/** Edits that would take a live mandatory notice out of its slot, its column or its site, by field. */
const MOVES: readonly { field: keyof NoticePlacement; change: NoticeChange; moves: (live: NoticePlacement, next: NoticePlacement) => boolean }[] = [
  { field: 'kind', change: 'change-kind', moves: (live, next) => next.kind !== live.kind },
  { field: 'site', change: 'move-site', moves: (live, next) => next.site !== live.site },
  { field: 'column', change: 'move-column', moves: (live, next) => next.column !== live.column },
  { field: 'pinned', change: 'unpin', moves: (_live, next) => !next.pinned },
  {
    field: 'pinnedFrom',
    change: 'delay-pin',
    moves: (live, next) => next.pinnedFrom !== null && live.firstPublishedAt !== null && next.pinnedFrom > live.firstPublishedAt,
  },
]

/**
 * R-NOTICE-30D, for every save and publication of a notice: within 30 days of its first
 * publication, no new version of an opening, temporary-offline or closure/migration notice may
 * take it out of the homepage's pinned slot, its column or its site — not by unpinning it, by a
 * pin start later than its first publication, by changing its kind, site or column, nor by a pin
 * end earlier than the 30 days (never allowed, even afterwards). Before its first publication it
 * may not be set to start pinning later than it is published. After the 30 days everything but
 * the early pin end is allowed. Staying published is `decideNoticeChange`'s (unpublish, delete).
 */
export function decideNoticeEdit({ live, proposed, now }: NoticeEditInput): NoticeEditDecision {
  if (live && isMandatoryPinKind(live.kind) && live.firstPublishedAt) {
    const publishedAt = live.firstPublishedAt
    const shortened = decideNoticeChange({ kind: live.kind, publishedAt, change: 'shorten-pin', newPinnedUntil: proposed.pinnedUntil, now })
    if (!shortened.ok) return { ...shortened, field: 'pinnedUntil' }
    for (const { field, change, moves } of MOVES) {
      if (!moves(live, proposed)) continue
      const decision = decideNoticeChange({ kind: live.kind, publishedAt, change, now })
      if (!decision.ok) return { ...decision, field }
    }
    return { ok: true }
  }
  if (isMandatoryPinKind(proposed.kind) && proposed.firstPublishedAt === null && proposed.pinnedFrom && proposed.pinnedFrom > now) {
    return {
      ok: false,
      code: 'notice.pin_locked',
      field: 'pinnedFrom',
      message: `${NOTICE_KIND_LABELS[proposed.kind].zh}自首次发布起置顶至少${MIN_PIN_DAYS}天，置顶开始时间不得晚于发布时间，请清空或改早`,
      lockedUntil: pinLockedUntil(now),
    }
  }
  return { ok: true }
}
