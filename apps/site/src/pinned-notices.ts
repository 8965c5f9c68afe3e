import { isPinnedAt, type PublicListedNotice } from '@govsite/domain'

import type { ContentClient, ListOptions } from './cms/content-client.js'
import type { Query } from './cms/cms-fetch.js'

const toDate = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null)

/**
 * R-NOTICE-30D / R-SITE-OPEN: the notices pinned right now (`pinned`, pinnedFrom ≤ now < pinnedUntil),
 * newest first. The CMS's `pinned` flag alone is not enough: a window may not have started or have ended.
 */
export function currentlyPinned<T extends PublicListedNotice>(notices: readonly T[], now: Date): T[] {
  return notices
    .filter((notice) => isPinnedAt({ pinned: notice.pinned === true, pinnedFrom: toDate(notice.pinnedFrom), pinnedUntil: toDate(notice.pinnedUntil) }, now))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
}

/**
 * The CMS side of the same window: only notices pinned at `now` are read, so notices pinned for
 * later (or whose pin ended) never take the places of the ones pinned now.
 */
export function pinnedAtQuery(now: Date): Query {
  const at = now.toISOString()
  return {
    'where[and][0][pinned][equals]': 'true',
    'where[and][1][or][0][pinnedFrom][exists]': 'false',
    'where[and][1][or][1][pinnedFrom][less_than_equal]': at,
    'where[and][2][or][0][pinnedUntil][exists]': 'false',
    'where[and][2][or][1][pinnedUntil][greater_than]': at,
  }
}

/** The pinned slot of a site's homepage (or of a notice column and its sub-columns): what is pinned at `now`. */
export async function readPinnedNotices(
  client: Pick<ContentClient, 'list'>,
  siteId: string,
  now: Date,
  options: Pick<ListOptions, 'columnIds' | 'limit'>,
): Promise<PublicListedNotice[]> {
  const { docs } = await client.list('notices', siteId, { ...options, where: pinnedAtQuery(now) })
  return currentlyPinned(docs, now)
}
