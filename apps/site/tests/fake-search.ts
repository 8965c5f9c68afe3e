import { documentPath, PUBLIC_DOCUMENTS, type PublicCollection } from '@govsite/domain'
import { MemorySearchIndex, SearchQueryError, type SearchDocumentType } from '@govsite/search'
import { plainText } from '@govsite/ui'

import type { Doc } from './fake-cms.js'

/** The collections the site's search finds (FAQ entries are the Q&A box's, in fake-public-api.ts). */
const SEARCHED: PublicCollection[] = ['articles', 'policy-documents', 'interpretations', 'notices']

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as Doc).id : String(value))

/**
 * The CMS's `GET /api/search` for the fake CMS: the real `@govsite/search` index over the fake's
 * documents (all published, as the CMS shows them to visitors), answering in the CMS endpoint's shape (hits with their site, or a 400
 * `{ errors: [{ message: '[code] …' }] }`).
 */
export async function fakeSearch(collections: Record<string, Doc[]>, params: URLSearchParams): Promise<{ status: number; body: unknown }> {
  const index = new MemorySearchIndex()
  for (const collection of SEARCHED) {
    for (const doc of collections[collection] ?? []) {
      await index.upsert({
        id: doc.id,
        type: PUBLIC_DOCUMENTS[collection].searchType,
        site: idOf(doc.site),
        title: String(doc.title),
        body: [doc.summary, plainText(doc.body)].filter(Boolean).join('\n'),
        url: documentPath(collection, doc.id),
        publishedAt: String(doc.publishedAt),
      })
    }
  }
  const sites = collections.sites ?? []
  const siteParam = params.get('site')
  const site = siteParam ? sites.find((entry) => entry.id === siteParam || entry.slug === siteParam) : undefined
  if (siteParam && !site) return { status: 400, body: { errors: [{ message: `[search.invalid] 找不到网站“${siteParam}”` }] } }
  const day = (value: string | null, time: string) => (value ? new Date(`${value}T${time}+08:00`) : undefined)
  try {
    const result = await index.search({
      q: params.get('q') ?? '',
      ...(site ? { sites: [site.id] } : {}),
      ...(params.get('type') ? { types: (params.get('type') as string).split(',') as SearchDocumentType[] } : {}),
      publishedFrom: day(params.get('from'), '00:00:00.000'),
      publishedTo: day(params.get('to'), '23:59:59.999'),
      page: Number(params.get('page') ?? 1),
      pageSize: Number(params.get('pageSize') ?? 10),
    })
    const hits = result.hits.map((hit) => {
      const owner = sites.find((entry) => entry.id === hit.site)
      return { ...hit, site: { id: hit.site, slug: String(owner?.slug), name: String(owner?.name) } }
    })
    return { status: 200, body: { ...result, hits } }
  } catch (error) {
    if (error instanceof SearchQueryError) return { status: 400, body: { errors: [{ message: `[${error.code}] ${error.message}` }] } }
    throw error
  }
}
