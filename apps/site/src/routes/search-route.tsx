import type { PublicSearchResult } from '@govsite/domain'
import type { Request, Response } from 'express'

import { searchCms, type SearchRefusal } from '../cms/search-client.js'
import { SEARCH_TYPES, SearchPage, type SearchForm } from '../pages/search-page.js'
import { sendPage } from '../render.js'
import { MAX_PAGE } from './pagination.js'
import { siteLocals } from './site-locals.js'

export const SEARCH_PAGE_SIZE = 10

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** What the visitor asked for, from the query string; the CMS validates the values. */
export function searchForm(query: Request['query']): SearchForm {
  const type = text(query.type)
  const page = Number(text(query.page) || '1')
  return {
    q: text(query.q),
    type: SEARCH_TYPES.some((option) => option.value === type) ? type : '',
    from: text(query.from),
    to: text(query.to),
    scope: text(query.scope) === 'all' ? 'all' : 'site',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  }
}

/**
 * `/search`: full-text search through the CMS (`GET /api/search`), on this site or all sites,
 * with type and date filters. A plain GET form, so it works without JavaScript. Never cached:
 * results follow publishing on every site at once.
 */
export function searchRoute(cmsUrl: string) {
  return async (req: Request, res: Response) => {
    const { ctx } = siteLocals(res)
    const form = searchForm(req.query)
    if (!form.q) return sendPage(res, <SearchPage ctx={ctx} form={form} outcome={null} />)
    const outcome: PublicSearchResult | SearchRefusal = await searchCms(cmsUrl, {
      q: form.q,
      site: form.scope === 'site' ? ctx.site.id : undefined,
      type: form.type || undefined,
      from: form.from || undefined,
      to: form.to || undefined,
      page: form.page,
      pageSize: SEARCH_PAGE_SIZE,
    })
    sendPage(res, <SearchPage ctx={ctx} form={form} outcome={outcome} />, 'refused' in outcome ? 400 : 200)
  }
}
