import { publicSearchRefusalSchema, publicSearchResultSchema, type PublicSearchResult } from '@govsite/domain'

import { CMS_READ_HEADERS, CmsUnavailableError, inCmsReadSlot, queryString, type Query } from './cms-fetch.js'

/** The CMS refused the query (400): its Chinese message, without the `[code]` prefix. */
export interface SearchRefusal {
  refused: string
}

/**
 * `GET /api/search` on the CMS. A 400 is the visitor's input (too long, bad date): returned as
 * a refusal to show on the page. Any other failure is `CmsUnavailableError` (503 page).
 */
export function searchCms(cmsUrl: string, query: Query, timeoutMs = 5000): Promise<PublicSearchResult | SearchRefusal> {
  const signal = AbortSignal.timeout(timeoutMs)
  return inCmsReadSlot(() => search(cmsUrl, query, signal))
}

async function search(cmsUrl: string, query: Query, signal: AbortSignal): Promise<PublicSearchResult | SearchRefusal> {
  let response: globalThis.Response
  try {
    response = await fetch(`${cmsUrl}/api/search?${queryString(query)}`, { headers: CMS_READ_HEADERS, signal })
  } catch (error) {
    throw new CmsUnavailableError('cms.unreachable', `CMS search: ${String(error)}`)
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (response.status === 400) {
    const refusal = publicSearchRefusalSchema.safeParse(body)
    if (refusal.success) return { refused: (refusal.data.errors[0] as { message: string }).message.replace(/^\[[\w.]+\]\s*/, '') }
  }
  if (!response.ok) throw new CmsUnavailableError(`cms.http_${response.status}`, `CMS search: HTTP ${response.status}`)
  const parsed = publicSearchResultSchema.safeParse(body)
  if (!parsed.success) throw new CmsUnavailableError('cms.malformed', `CMS search: ${parsed.error.message}`)
  return parsed.data
}
