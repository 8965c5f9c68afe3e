import { isPinnedAt } from '@govsite/domain'

import type { CmsNotice } from './cms/schemas.js'

const toDate = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null)

/**
 * R-NOTICE-30D / R-SITE-OPEN: the notices pinned right now (`pinned`, pinnedFrom ≤ now < pinnedUntil),
 * newest first. The CMS's `pinned` flag alone is not enough: a window may not have started or have ended.
 */
export function currentlyPinned(notices: readonly CmsNotice[], now: Date): CmsNotice[] {
  return notices
    .filter((notice) => isPinnedAt({ pinned: notice.pinned === true, pinnedFrom: toDate(notice.pinnedFrom), pinnedUntil: toDate(notice.pinnedUntil) }, now))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
}
