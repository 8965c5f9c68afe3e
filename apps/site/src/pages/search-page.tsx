import { formatChinaDate, type PublicSearchHit, type PublicSearchResult, type PublicSearchSuggestion } from '@govsite/domain'

import type { SearchRefusal } from '../cms/search-client.js'
import { indexedHref } from '../content-links.js'
import { siteHref, type SiteContext } from '../site-context.js'
import { SiteLayout } from './layout.js'
import { Pager } from './pager.js'
import { Highlighted } from './search-highlight.js'

export interface SearchForm {
  q: string
  /** '' for every type. */
  type: string
  /** YYYY-MM-DD or ''. */
  from: string
  to: string
  scope: 'site' | 'all'
  page: number
}

export const SEARCH_TYPES = [
  { value: '', label: '全部类型' },
  { value: 'article', label: '文章' },
  { value: 'policy', label: '政策文件' },
  { value: 'interpretation', label: '政策解读' },
  { value: 'notice', label: '通知公告' },
] as const

const TYPE_LABELS: Record<string, string> = Object.fromEntries(SEARCH_TYPES.filter((option) => option.value).map((option) => [option.value, option.label]))

/** The search page's own address with some fields changed; empty fields are left out. */
export function searchHref(ctx: Pick<SiteContext, 'base'>, form: SearchForm, changes: Partial<SearchForm> = {}): string {
  const next = { ...form, ...changes }
  const params = new URLSearchParams()
  params.set('q', next.q)
  if (next.type) params.set('type', next.type)
  if (next.from) params.set('from', next.from)
  if (next.to) params.set('to', next.to)
  if (next.scope === 'all') params.set('scope', 'all')
  if (next.page > 1) params.set('page', String(next.page))
  return siteHref(ctx, `/search?${params.toString()}`)
}

/** Where a visitor who found nothing can ask: 我要写信, which every site has. */
export function messageHref(ctx: SiteContext): string {
  return siteHref(ctx, '/messages/new')
}

function Filters({ ctx, form }: { ctx: SiteContext; form: SearchForm }) {
  return (
    <form className="search-filters" role="search" aria-label="搜索条件" action={siteHref(ctx, '/search')} method="get">
      <p>
        <label htmlFor="search-q">搜索词</label> <input id="search-q" type="search" name="q" defaultValue={form.q} maxLength={100} required />{' '}
        <button type="submit">搜索</button>
      </p>
      <p>
        <label htmlFor="search-type">内容类型</label>{' '}
        <select id="search-type" name="type" defaultValue={form.type}>
          {SEARCH_TYPES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>{' '}
        <label htmlFor="search-from">发布日期从</label> <input id="search-from" type="date" name="from" defaultValue={form.from} />{' '}
        <label htmlFor="search-to">至</label> <input id="search-to" type="date" name="to" defaultValue={form.to} />
      </p>
      <fieldset>
        <legend>搜索范围</legend>
        <label>
          <input type="radio" name="scope" value="site" defaultChecked={form.scope === 'site'} /> {`本站（${ctx.site.name}）`}
        </label>{' '}
        <label>
          <input type="radio" name="scope" value="all" defaultChecked={form.scope === 'all'} /> 全部网站
        </label>
      </fieldset>
    </form>
  )
}

function Hit({ ctx, hit }: { ctx: SiteContext; hit: PublicSearchHit }) {
  return (
    <li>
      <h2>
        <a href={indexedHref(ctx, hit)}>
          <Highlighted segments={hit.title} />
        </a>
      </h2>
      <p className="search-snippet">
        <Highlighted segments={hit.snippet} />
      </p>
      <p className="search-meta">
        <span>{TYPE_LABELS[hit.type] ?? '信息'}</span>
        {hit.site.id !== ctx.site.id && <span> · {hit.site.name}</span>}
        {' · '}
        <time dateTime={hit.publishedAt}>{formatChinaDate(hit.publishedAt)}</time>
      </p>
    </li>
  )
}

function suggestionText(suggestion: PublicSearchSuggestion): string {
  switch (suggestion.kind) {
    case 'drop-word':
      return `搜索“${suggestion.q}”（${suggestion.total} 条）`
    case 'all-sites':
      return `在全部网站中搜索“${suggestion.q}”（${suggestion.total} 条）`
    case 'no-filters':
      return `不限类型和日期搜索“${suggestion.q}”（${suggestion.total} 条）`
  }
}

function suggestionHref(ctx: SiteContext, form: SearchForm, suggestion: PublicSearchSuggestion): string {
  const base = { ...form, page: 1 }
  if (suggestion.kind === 'drop-word') return searchHref(ctx, base, { q: suggestion.q })
  if (suggestion.kind === 'all-sites') return searchHref(ctx, base, { scope: 'all' })
  return searchHref(ctx, base, { type: '', from: '', to: '' })
}

function NothingFound({ ctx, form, result }: { ctx: SiteContext; form: SearchForm; result: PublicSearchResult }) {
  return (
    <section aria-labelledby="search-empty">
      <h2 id="search-empty">{`未找到与“${form.q}”相关的内容`}</h2>
      {result.suggestions.length > 0 && (
        <>
          <p>您可以试试：</p>
          <ul className="search-suggestions">
            {result.suggestions.map((suggestion) => (
              <li key={`${suggestion.kind}-${suggestion.q}`}>
                <a href={suggestionHref(ctx, form, suggestion)}>{suggestionText(suggestion)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>建议检查输入的字词是否正确，或换用更简短、更常用的词语。</p>
      <p>
        仍未找到需要的信息？<a href={messageHref(ctx)}>我要留言</a>
      </p>
    </section>
  )
}

/** 站内搜索: the form with its filters, then the results, a refusal, or what to try instead. */
export function SearchPage({ ctx, form, outcome }: { ctx: SiteContext; form: SearchForm; outcome: PublicSearchResult | SearchRefusal | null }) {
  return (
    <SiteLayout ctx={ctx} title={form.q ? `搜索：${form.q}` : '站内搜索'} column={{ name: '站内搜索', type: '搜索' }}>
      <h1>站内搜索</h1>
      <Filters ctx={ctx} form={form} />
      {outcome === null && <p>请输入关键词进行搜索。</p>}
      {outcome !== null && 'refused' in outcome && (
        <p className="search-error" role="alert">
          {outcome.refused}
        </p>
      )}
      {outcome !== null && !('refused' in outcome) && outcome.total === 0 && <NothingFound ctx={ctx} form={form} result={outcome} />}
      {outcome !== null && !('refused' in outcome) && outcome.total > 0 && (
        <section aria-labelledby="search-count">
          <p id="search-count">{`${form.scope === 'all' ? '全部网站' : '本站'}找到与“${form.q}”相关的结果 ${outcome.total} 条`}</p>
          <ol className="search-results" start={(outcome.page - 1) * outcome.pageSize + 1}>
            {outcome.hits.map((hit) => (
              <Hit key={hit.id} ctx={ctx} hit={hit} />
            ))}
          </ol>
          <Pager page={outcome.page} totalPages={outcome.pageCount} href={(page) => searchHref(ctx, form, { page })} />
        </section>
      )}
    </SiteLayout>
  )
}
