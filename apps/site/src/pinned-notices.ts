import { isPinnedAt } from '@govsite/domain'

import type { CmsListedNotice } from './cms/schemas.js'

const toDate = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null)

/**
 * R-NOTICE-30D / R-SITE-OPEN: the notices pinned right now (`pinned`, pinnedFrom ≤ now < pinnedUntil),
 * newest first. The CMS's `pinned` flag alone is not enough: a window may not have started or have ended.
 */
export function currentlyPinned<T extends CmsListedNotice>(notices: readonly T[], now: Date): T[] {
  return notices
    .filter((notice) => isPinnedAt({ pinned: notice.pinned === true, pinnedFrom: toDate(notice.pinnedFrom), pinnedUntil: toDate(notice.pinnedUntil) }, now))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
}
