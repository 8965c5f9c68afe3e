import { z } from 'zod'

import { CMS_READ_HEADERS, CmsUnavailableError, inCmsReadSlot, queryString, type Query } from './cms-fetch.js'

const segments = z.array(z.object({ text: z.string(), match: z.boolean() }))

export const searchHitSchema = z.object({
  id: z.string().min(1),
  type: z.string(),
  url: z.string().startsWith('/'),
  publishedAt: z.string(),
  category: z.string().optional(),
  site: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  title: segments,
  snippet: segments,
})
export type SearchHit = z.infer<typeof searchHitSchema>

export const searchResultSchema = z.object({
  q: z.string(),
  words: z.array(z.string()),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  pageCount: z.number().int().min(0),
  hits: z.array(searchHitSchema),
  suggestions: z.array(z.object({ kind: z.enum(['drop-word', 'all-sites', 'no-filters']), q: z.string(), total: z.number() })),
})
export type SearchResult = z.infer<typeof searchResultSchema>
export type SearchSuggestion = SearchResult['suggestions'][number]

/** The CMS refused the query (400): its Chinese message, without the `[code]` prefix. */
export interface SearchRefusal {
  refused: string
}

const refusalSchema = z.object({ errors: z.array(z.object({ message: z.string() })).min(1) })

/**
 * `GET /api/search` on the CMS. A 400 is the visitor's input (too long, bad date): returned as
 * a refusal to show on the page. Any other failure is `CmsUnavailableError` (503 page).
 */
export function searchCms(cmsUrl: string, query: Query, timeoutMs = 5000): Promise<SearchResult | SearchRefusal> {
  const signal = AbortSignal.timeout(timeoutMs)
  return inCmsReadSlot(() => search(cmsUrl, query, signal))
}

async function search(cmsUrl: string, query: Query, signal: AbortSignal): Promise<SearchResult | SearchRefusal> {
  let response: globalThis.Response
  try {
    response = await fetch(`${cmsUrl}/api/search?${queryString(query)}`, { headers: CMS_READ_HEADERS, signal })
  } catch (error) {
    throw new CmsUnavailableError('cms.unreachable', `CMS search: ${String(error)}`)
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (response.status === 400) {
    const refusal = refusalSchema.safeParse(body)
    if (refusal.success) return { refused: (refusal.data.errors[0] as { message: string }).message.replace(/^\[[\w.]+\]\s*/, '') }
  }
  if (!response.ok) throw new CmsUnavailableError(`cms.http_${response.status}`, `CMS search: HTTP ${response.status}`)
  const parsed = searchResultSchema.safeParse(body)
  if (!parsed.success) throw new CmsUnavailableError('cms.malformed', `CMS search: ${parsed.error.message}`)
  return parsed.data
}
