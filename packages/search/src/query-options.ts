import { SearchQueryError } from './search-query-error.js'
import { SEARCH_DOCUMENT_TYPES, type SearchDocumentType, type SearchQuery } from './types.js'

export const MAX_QUERY_LENGTH = 100
export const MAX_QUERY_WORDS = 12
export const MAX_PAGE_SIZE = 50
export const MAX_PAGE = 100
export const DEFAULT_PAGE_SIZE = 10

export interface QueryOptions {
  q: string
  sites: ReadonlySet<string> | null
  types: ReadonlySet<SearchDocumentType> | null
  from: number
  to: number
  page: number
  pageSize: number
  match: 'all' | 'any'
}

const isInteger = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max

/** Check a query before running it; every refusal has a code and a Chinese message. */
export function queryOptions(query: SearchQuery): QueryOptions {
  const q = typeof query.q === 'string' ? query.q.trim() : ''
  if (!q) throw new SearchQueryError('search.empty_query', '请输入要搜索的词语')
  if (q.length > MAX_QUERY_LENGTH) throw new SearchQueryError('search.query_too_long', `搜索词过长，最多 ${MAX_QUERY_LENGTH} 个字`)
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE
  if (!isInteger(page, 1, MAX_PAGE)) throw new SearchQueryError('search.bad_page', `页码须为 1 到 ${MAX_PAGE} 之间的整数`)
  if (!isInteger(pageSize, 1, MAX_PAGE_SIZE)) throw new SearchQueryError('search.bad_page_size', `每页条数须为 1 到 ${MAX_PAGE_SIZE} 之间的整数`)
  const types = query.types?.length ? new Set(query.types) : null
  for (const type of types ?? []) {
    if (!SEARCH_DOCUMENT_TYPES.includes(type)) throw new SearchQueryError('search.bad_type', `未知的内容类型“${String(type)}”`)
  }
  const from = query.publishedFrom ? query.publishedFrom.getTime() : -Infinity
  const to = query.publishedTo ? query.publishedTo.getTime() : Infinity
  if (Number.isNaN(from) || Number.isNaN(to)) throw new SearchQueryError('search.bad_date', '日期格式不正确')
  if (from > to) throw new SearchQueryError('search.bad_date_range', '开始日期不能晚于结束日期')
  return {
    q,
    sites: query.sites?.length ? new Set(query.sites) : null,
    types,
    from,
    to,
    page,
    pageSize,
    match: query.match ?? 'all',
  }
}
