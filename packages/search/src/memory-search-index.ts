import { highlightAll, highlightSnippet } from './highlight.js'
import { normalizeText } from './normalize.js'
import { PostingList } from './posting-list.js'
import { MAX_QUERY_WORDS, queryOptions, type QueryOptions } from './query-options.js'
import { queryWords, type QueryWord } from './query-words.js'
import { SearchQueryError } from './search-query-error.js'
import { fieldTerms } from './terms.js'
import { TopHits } from './top-hits.js'
import {
  SEARCH_DOCUMENT_TYPES,
  type SearchDocument,
  type SearchDocumentType,
  type SearchHit,
  type SearchIndex,
  type SearchIndexStats,
  type SearchQuery,
  type SearchResult,
  type SearchSuggestion,
} from './types.js'

/** BM25 parameters (the usual defaults) and how much more a title match weighs than a body match. */
const K1 = 1.2
const B = 0.75
export const TITLE_WEIGHT = 3
/** Compact postings once removed documents are this many and a quarter of the live ones. */
const COMPACT_MIN_DEAD = 1000
const MAX_SUGGESTIONS = 4

/** Which documents a query may return; masks are indexed by site and type code. */
interface Filter {
  sites: Uint8Array | null
  types: Uint8Array | null
  from: number
  to: number
}

interface Scored {
  total: number
  top: { id: number; score: number }[]
  /** Share of the query's terms each returned document contains. */
  coverage: (id: number) => number
}

function checkDocument(doc: SearchDocument): number {
  if (typeof doc.id !== 'string' || !doc.id) throw new TypeError('search document: id is required')
  if (!SEARCH_DOCUMENT_TYPES.includes(doc.type)) throw new TypeError(`search document ${doc.id}: unknown type ${String(doc.type)}`)
  if (typeof doc.site !== 'string' || !doc.site) throw new TypeError(`search document ${doc.id}: site is required`)
  if (typeof doc.title !== 'string' || typeof doc.body !== 'string' || typeof doc.url !== 'string') {
    throw new TypeError(`search document ${doc.id}: title, body and url must be strings`)
  }
  const time = Date.parse(doc.publishedAt)
  if (Number.isNaN(time)) throw new TypeError(`search document ${doc.id}: publishedAt is not a date`)
  return time
}

/** The query as typed minus one word (or the remaining words, when it was not typed as one piece). */
function withoutWord(q: string, dropped: QueryWord, rest: readonly QueryWord[]): string {
  const at = normalizeText(q).indexOf(dropped.surface)
  if (at === -1) return rest.map((word) => word.surface).join(' ')
  return `${q.slice(0, at)} ${q.slice(at + dropped.surface.length)}`.replace(/\s+/g, ' ').trim()
}

/**
 * The search index in the CMS process's memory: character unigrams and bigrams plus whole
 * words (see `fieldTerms`), BM25F over title and body with the title weighted ×3, newer first
 * on equal scores. Per-document numbers are kept in columns for fast scoring. A changed or
 * removed document stops matching at once; its old postings are skipped and dropped at the
 * next compaction.
 */
export class MemorySearchIndex implements SearchIndex {
  private readonly postings = new Map<string, PostingList>()
  /** By internal id; `undefined` once removed. */
  private readonly records: (SearchDocument | undefined)[] = []
  private readonly times: number[] = []
  private readonly titleLengths: number[] = []
  private readonly bodyLengths: number[] = []
  private readonly siteCodes: number[] = []
  private readonly typeCodes: number[] = []
  private readonly siteCodeOf = new Map<string, number>()
  private readonly internalIds = new Map<string, number>()
  private titleLengthSum = 0
  private bodyLengthSum = 0
  private dead = 0

  async upsert(doc: SearchDocument): Promise<void> {
    this.add(doc)
  }

  async remove(id: string): Promise<void> {
    this.delete(id)
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.run(query)
  }

  async stats(): Promise<SearchIndexStats> {
    const byType = Object.fromEntries(SEARCH_DOCUMENT_TYPES.map((type) => [type, 0])) as SearchIndexStats['byType']
    for (const record of this.records) if (record) byType[record.type]++
    let postings = 0
    for (const list of this.postings.values()) postings += list.length
    return { documents: this.internalIds.size, byType, terms: this.postings.size, postings }
  }

  /** Synchronous upsert (index builds and benchmarks). */
  add(doc: SearchDocument): void {
    const time = checkDocument(doc)
    this.delete(doc.id)
    const id = this.records.length
    const title = fieldTerms(doc.title)
    const body = fieldTerms(doc.body)
    let siteCode = this.siteCodeOf.get(doc.site)
    if (siteCode === undefined) {
      siteCode = this.siteCodeOf.size
      this.siteCodeOf.set(doc.site, siteCode)
    }
    this.records.push({ ...doc })
    this.times.push(time)
    this.titleLengths.push(title.length)
    this.bodyLengths.push(body.length)
    this.siteCodes.push(siteCode)
    this.typeCodes.push(SEARCH_DOCUMENT_TYPES.indexOf(doc.type))
    this.internalIds.set(doc.id, id)
    this.titleLengthSum += title.length
    this.bodyLengthSum += body.length
    for (const [term, titleTf] of title.terms) this.list(term).add(id, titleTf, body.terms.get(term) ?? 0)
    for (const [term, bodyTf] of body.terms) if (!title.terms.has(term)) this.list(term).add(id, 0, bodyTf)
  }

  /** Release memory held for growth; call after indexing many documents at once. */
  trim(): void {
    for (const list of this.postings.values()) list.trim()
  }

  /** Synchronous remove. */
  delete(externalId: string): void {
    const id = this.internalIds.get(externalId)
    if (id === undefined) return
    this.records[id] = undefined
    this.internalIds.delete(externalId)
    this.titleLengthSum -= this.titleLengths[id] as number
    this.bodyLengthSum -= this.bodyLengths[id] as number
    this.dead++
    if (this.dead >= COMPACT_MIN_DEAD && this.dead * 4 >= this.internalIds.size) this.compact()
  }

  /** Synchronous search. */
  run(query: SearchQuery): SearchResult {
    const options = queryOptions(query)
    const words = queryWords(options.q, (term) => this.postings.get(term)?.length ?? 0)
    if (words.length === 0) throw new SearchQueryError('search.empty_query', '请输入要搜索的词语（标点符号不能单独搜索）')
    if (words.length > MAX_QUERY_WORDS) throw new SearchQueryError('search.too_many_words', `搜索词语过多，最多 ${MAX_QUERY_WORDS} 个`)

    const start = (options.page - 1) * options.pageSize
    const scored = this.score(words, this.filter(options), options.match, start + options.pageSize)
    const hits = scored.top.slice(start).map(({ id, score }) => this.hit(id, score, scored.coverage(id), words))
    return {
      q: options.q,
      words: words.map((word) => word.surface),
      total: scored.total,
      page: options.page,
      pageSize: options.pageSize,
      pageCount: Math.ceil(scored.total / options.pageSize),
      hits,
      suggestions: scored.total === 0 ? this.suggestions(words, options) : [],
    }
  }

  private list(term: string): PostingList {
    let list = this.postings.get(term)
    if (!list) {
      list = new PostingList()
      this.postings.set(term, list)
    }
    return list
  }

  private filter({ sites, types, from, to }: Pick<QueryOptions, 'sites' | 'types' | 'from' | 'to'>): Filter {
    let siteMask: Uint8Array | null = null
    if (sites) {
      siteMask = new Uint8Array(this.siteCodeOf.size)
      for (const site of sites) {
        const code = this.siteCodeOf.get(site)
        if (code !== undefined) siteMask[code] = 1
      }
    }
    let typeMask: Uint8Array | null = null
    if (types) {
      typeMask = new Uint8Array(SEARCH_DOCUMENT_TYPES.length)
      for (const type of types) typeMask[SEARCH_DOCUMENT_TYPES.indexOf(type as SearchDocumentType)] = 1
    }
    return { sites: siteMask, types: typeMask, from, to }
  }

  private accepts(id: number, filter: Filter): boolean {
    if (this.records[id] === undefined) return false
    if (filter.sites && filter.sites[this.siteCodes[id] as number] !== 1) return false
    if (filter.types && filter.types[this.typeCodes[id] as number] !== 1) return false
    const time = this.times[id] as number
    return time >= filter.from && time <= filter.to
  }

  /** The posting lists of `terms`, shortest first; `null` when a term occurs nowhere. */
  private lists(terms: readonly string[]): PostingList[] | null {
    const lists: PostingList[] = []
    for (const term of new Set(terms)) {
      const list = this.postings.get(term)
      if (!list) return null
      lists.push(list)
    }
    return lists.sort((a, b) => a.length - b.length)
  }

  /**
   * Visit every accepted live document in all `lists`, with each list's entry for it. Walks
   * the shortest list and seeks the others, so the cost follows the rarest term.
   */
  private intersect(lists: readonly PostingList[], filter: Filter, visit: (id: number, entries: Int32Array) => void): void {
    const [driver, ...others] = lists as [PostingList, ...PostingList[]]
    const entries = new Int32Array(lists.length)
    outer: for (let entry = 0; entry < driver.length; entry++) {
      const id = driver.id(entry)
      if (!this.accepts(id, filter)) continue
      entries[0] = entry
      for (let index = 0; index < others.length; index++) {
        const other = others[index] as PostingList
        const at = other.seek(id, entries[index + 1] as number)
        entries[index + 1] = at
        if (at >= other.length) return
        if (other.id(at) !== id) continue outer
      }
      visit(id, entries)
    }
  }

  private count(words: readonly QueryWord[], filter: Filter): number {
    const lists = this.lists(words.flatMap((word) => word.required))
    let total = 0
    if (lists) this.intersect(lists, filter, () => total++)
    return total
  }

  private score(words: readonly QueryWord[], filter: Filter, mode: 'all' | 'any', keep: number): Scored {
    const documents = this.internalIds.size
    const averageTitle = this.titleLengthSum / Math.max(1, documents) || 1
    const averageBody = this.bodyLengthSum / Math.max(1, documents) || 1
    const idf = (list: PostingList) => {
      const df = Math.min(list.length, documents)
      return Math.log(1 + (documents - df + 0.5) / (df + 0.5))
    }
    let titleNorm = 1
    let bodyNorm = 1
    const norms = (id: number) => {
      titleNorm = 1 - B + (B * (this.titleLengths[id] as number)) / averageTitle
      bodyNorm = 1 - B + (B * (this.bodyLengths[id] as number)) / averageBody
    }
    const termScore = (list: PostingList, weight: number, entry: number) => {
      const tf = (TITLE_WEIGHT * list.titleTf(entry)) / titleNorm + list.bodyTf(entry) / bodyNorm
      return (weight * tf * (K1 + 1)) / (tf + K1)
    }
    const top = new TopHits(keep)
    const required = [...new Set(words.flatMap((word) => word.required))]

    if (mode === 'all') {
      const lists = this.lists(required)
      if (!lists) return { total: 0, top: [], coverage: () => 1 }
      const weights = lists.map(idf)
      const bonuses = words.map((word) => (word.bonus ? this.postings.get(word.bonus) : undefined)).filter((list) => list !== undefined)
      const bonusWeights = bonuses.map(idf)
      const bonusCursors = new Int32Array(bonuses.length)
      let total = 0
      this.intersect(lists, filter, (id, entries) => {
        total++
        norms(id)
        let score = 0
        for (let index = 0; index < lists.length; index++) score += termScore(lists[index] as PostingList, weights[index] as number, entries[index] as number)
        // The exact word, as the segmenter found it in the document, counts on top of its characters.
        for (let index = 0; index < bonuses.length; index++) {
          const list = bonuses[index] as PostingList
          const at = list.seek(id, bonusCursors[index] as number)
          bonusCursors[index] = at
          if (at < list.length && list.id(at) === id) score += termScore(list, bonusWeights[index] as number, at)
        }
        top.offer(id, score, this.times[id] as number)
      })
      return { total, top: top.sorted(), coverage: () => 1 }
    }

    // `any`: each term on its own; documents with more (and rarer) terms score higher.
    const scores = new Map<number, number>()
    const matched = new Map<number, number>()
    for (const term of required) {
      const list = this.postings.get(term)
      if (!list) continue
      const weight = idf(list)
      this.intersect([list], filter, (id, entries) => {
        norms(id)
        scores.set(id, (scores.get(id) ?? 0) + termScore(list, weight, entries[0] as number))
        matched.set(id, (matched.get(id) ?? 0) + 1)
      })
    }
    for (const [id, score] of scores) top.offer(id, score, this.times[id] as number)
    return { total: scores.size, top: top.sorted(), coverage: (id) => (matched.get(id) ?? 0) / required.length }
  }

  private hit(id: number, score: number, coverage: number, words: readonly QueryWord[]): SearchHit {
    const doc = this.records[id] as SearchDocument
    return {
      id: doc.id,
      type: doc.type,
      site: doc.site,
      ...(doc.siteSlug === undefined ? {} : { siteSlug: doc.siteSlug }),
      url: doc.url,
      publishedAt: doc.publishedAt,
      ...(doc.category === undefined ? {} : { category: doc.category }),
      score: Math.round(score * 1000) / 1000,
      coverage: Math.round(coverage * 1000) / 1000,
      title: highlightAll(doc.title, words),
      snippet: highlightSnippet(doc.body, words),
    }
  }

  /** Other searches that do find something: without one of the words, on all sites, without filters. */
  private suggestions(words: readonly QueryWord[], options: QueryOptions): SearchSuggestion[] {
    const suggestions: SearchSuggestion[] = []
    const filter = this.filter(options)
    if (words.length > 1) {
      for (const dropped of words) {
        const rest = words.filter((word) => word !== dropped)
        const total = this.count(rest, filter)
        if (total > 0) suggestions.push({ kind: 'drop-word', q: withoutWord(options.q, dropped, rest), total })
      }
      suggestions.sort((a, b) => b.total - a.total)
      suggestions.splice(MAX_SUGGESTIONS - 2)
    }
    if (options.sites) {
      const total = this.count(words, this.filter({ ...options, sites: null }))
      if (total > 0) suggestions.push({ kind: 'all-sites', q: options.q, total })
    }
    if (options.types || options.from !== -Infinity || options.to !== Infinity) {
      const total = this.count(words, this.filter({ sites: options.sites, types: null, from: -Infinity, to: Infinity }))
      if (total > 0) suggestions.push({ kind: 'no-filters', q: options.q, total })
    }
    return suggestions
  }

  private compact(): void {
    const alive = (id: number) => this.records[id] !== undefined
    for (const [term, list] of this.postings) {
      list.compact(alive)
      if (list.length === 0) this.postings.delete(term)
    }
    this.dead = 0
  }
}
