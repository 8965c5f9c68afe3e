import { answerQuestion, SearchQueryError, type SearchHit } from '@govsite/search'
import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { Refusal } from '../shared/refusal'
import { answerRefusals, refusalInPayloadShape } from '../shared/refusal-shape'
import { idOf } from '../shared/relation-id'
import { searchIndexOf } from './search-index-store'
import { paramsOf, qaParamsSchema, searchParamsSchema } from './search-params'

interface SiteSummary {
  id: string
  slug: string
  name: string
  parent: string | null
}

const invalid = (error: z.ZodError) => new Refusal(400, 'search.invalid', error.issues.map((issue) => issue.message).join('；'))

const unavailable = () => new Refusal(503, 'search.unavailable', '搜索服务正在启动，请稍后再试')

/** The index's own refusal of a query (empty, too long) as a Refusal with its code. */
async function refusingBadQueries<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof SearchQueryError) throw new Refusal(400, error.code, error.message)
    throw error
  }
}

/** The public site's search client reads Payload's error shape (`errors: [{ message: '[code] 中文说明' }]`). */
const answerSearch = (handler: () => Promise<Response>) => answerRefusals(handler, refusalInPayloadShape)

/** A site by slug or id; `null` when none. */
async function findSite(req: PayloadRequest, slugOrId: string): Promise<SiteSummary | null> {
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { or: [{ slug: { equals: slugOrId } }, { id: { equals: slugOrId } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const site = docs[0]
  return site ? { id: site.id, slug: site.slug, name: site.name, parent: idOf(site.parent) } : null
}

/** Each hit with its site's current name and slug (a site may be renamed after indexing). */
async function withSites(req: PayloadRequest, hits: SearchHit[]) {
  const ids = [...new Set(hits.map((hit) => hit.site))]
  const { docs } = ids.length
    ? await req.payload.find({ collection: 'sites', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req })
    : { docs: [] }
  const sites = new Map(docs.map((site) => [site.id, { id: site.id, slug: site.slug, name: site.name }]))
  return hits.map((hit) => ({ ...hit, site: sites.get(hit.site) ?? { id: hit.site, slug: hit.siteSlug ?? '', name: '' } }))
}

/**
 * `GET /api/search?q=&site=&type=&from=&to=&page=&pageSize=`: published documents only, on one
 * site (slug or id) or on all sites. Dates are China-time days (YYYY-MM-DD), inclusive.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: (req) =>
    answerSearch(async () => {
      const parsed = searchParamsSchema.safeParse(paramsOf(req.url))
      if (!parsed.success) throw invalid(parsed.error)
      const index = searchIndexOf(req.payload)
      if (!index) throw unavailable()
      const { q, site: siteParam, type, from, to, page, pageSize } = parsed.data
      const site = siteParam ? await findSite(req, siteParam) : null
      if (siteParam && !site) throw new Refusal(400, 'search.invalid', `找不到网站“${siteParam}”`)
      const result = await refusingBadQueries(() =>
        index.search({
          q,
          ...(site ? { sites: [site.id] } : {}),
          ...(type ? { types: type } : {}),
          ...(from ? { publishedFrom: from } : {}),
          ...(to ? { publishedTo: to } : {}),
          page,
          pageSize,
        }),
      )
      return Response.json({ ...result, hits: await withSites(req, result.hits) }, { headers: { 'cache-control': 'no-cache' } })
    }),
}

/**
 * `GET /api/qa?site=&q=` (R-KB): the FAQ entries of the site and its parent portal that best
 * answer a question; `suggestMessage` when none does, so the box can offer 我要留言.
 */
export const qaEndpoint: Endpoint = {
  path: '/qa',
  method: 'get',
  handler: (req) =>
    answerSearch(async () => {
      const parsed = qaParamsSchema.safeParse(paramsOf(req.url))
      if (!parsed.success) throw invalid(parsed.error)
      const index = searchIndexOf(req.payload)
      if (!index) throw unavailable()
      const site = await findSite(req, parsed.data.site)
      if (!site) throw new Refusal(400, 'search.invalid', `找不到网站“${parsed.data.site}”`)
      const answer = await refusingBadQueries(() => answerQuestion(index, { question: parsed.data.q, sites: site.parent ? [site.id, site.parent] : [site.id] }))
      return Response.json({ ...answer, hits: await withSites(req, answer.hits) }, { headers: { 'cache-control': 'no-cache' } })
    }),
}
