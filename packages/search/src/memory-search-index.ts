import { highlightAll, highlightSnippet } from './highlight.js'
import { normalizeText } from './normalize.js'
import { PostingList } from './posting-list.js'
import { MAX_QUERY_WORDS, queryOptions, type QueryOptions } from './query-options.js'
import { queryWords, type QueryWord } from './query-words.js'
import { SearchQueryError } from './search-query-error.js'
import { fieldTerms } from './terms.js'
import {
  SEARCH_DOCUMENT_TYPES,
  type SearchDocument,
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

interface StoredDocument {
  doc: SearchDocument
  time: number
  titleLength: number
  bodyLength: number
}

interface Match {
  id: number
  score: number
  matchedTerms: number
}

type Accept = (record: StoredDocument) => boolean

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
  const normalized = normalizeText(q)
  const at = normalized.indexOf(dropped.surface)
  if (at === -1) return rest.map((word) => word.surface).join(' ')
  return `${q.slice(0, at)} ${q.slice(at + dropped.surface.length)}`.replace(/\s+/g, ' ').trim()
}

/**
 * The search index in the CMS process's memory: character unigrams and bigrams plus whole
 * words (see `fieldTerms`), BM25F over title and body with the title weighted ×3, newer first
 * on equal scores. A changed or removed document stops matching at once; its old postings are
 * skipped and dropped at the next compaction.
 */
export class MemorySearchIndex implements SearchIndex {
  private readonly postings = new Map<string, PostingList>()
  /** By internal id; `undefined` once removed. */
  private readonly records: (StoredDocument | undefined)[] = []
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
    for (const record of this.records) if (record) byType[record.doc.type]++
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
    const stored: SearchDocument = { ...doc }
    this.records.push({ doc: stored, time, titleLength: title.length, bodyLength: body.length })
    this.internalIds.set(doc.id, id)
    this.titleLengthSum += title.length
    this.bodyLengthSum += body.length
    for (const [term, titleTf] of title.terms) this.list(term).add(id, titleTf, body.terms.get(term) ?? 0)
    for (const [term, bodyTf] of body.terms) if (!title.terms.has(term)) this.list(term).add(id, 0, bodyTf)
  }

  /** Synchronous remove. */
  delete(externalId: string): void {
    const id = this.internalIds.get(externalId)
    if (id === undefined) return
    const record = this.records[id] as StoredDocument
    this.records[id] = undefined
    this.internalIds.delete(externalId)
    this.titleLengthSum -= record.titleLength
    this.bodyLengthSum -= record.bodyLength
    this.dead++
    if (this.dead >= COMPACT_MIN_DEAD && this.dead * 4 >= this.internalIds.size) this.compact()
  }

  /** Synchronous search. */
  run(query: SearchQuery): SearchResult {
    const options = queryOptions(query)
    const words = queryWords(options.q, (term) => this.postings.get(term)?.length ?? 0)
    if (words.length === 0) throw new SearchQueryError('search.empty_query', '请输入要搜索的词语（标点符号不能单独搜索）')
    if (words.length > MAX_QUERY_WORDS) throw new SearchQueryError('search.too_many_words', `搜索词语过多，最多 ${MAX_QUERY_WORDS} 个`)

    const { matches, terms } = this.match(words, this.acceptor(options), options.match)
    matches.sort((a, b) => b.score - a.score || (this.records[b.id] as StoredDocument).time - (this.records[a.id] as StoredDocument).time)
    const start = (options.page - 1) * options.pageSize
    const hits = matches.slice(start, start + options.pageSize).map((match) => this.hit(match, words, terms))
    return {
      q: options.q,
      words: words.map((word) => word.surface),
      total: matches.length,
      page: options.page,
      pageSize: options.pageSize,
      pageCount: Math.ceil(matches.length / options.pageSize),
      hits,
      suggestions: matches.length === 0 ? this.suggestions(words, options) : [],
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

  private acceptor({ sites, types, from, to }: Pick<QueryOptions, 'sites' | 'types' | 'from' | 'to'>): Accept {
    return (record) =>
      (!sites || sites.has(record.doc.site)) && (!types || types.has(record.doc.type)) && record.time >= from && record.time <= to
  }

  /**
   * Visit every accepted live document that contains all `terms`, with each term's entry.
   * Walks the shortest list and seeks the others, so the cost follows the rarest term.
   */
  private intersect(terms: readonly string[], accept: Accept, visit: (id: number, lists: PostingList[], entries: Int32Array) => void): void {
    const lists: PostingList[] = []
    for (const term of new Set(terms)) {
      const list = this.postings.get(term)
      if (!list) return
      lists.push(list)
    }
    lists.sort((a, b) => a.length - b.length)
    const [driver, ...others] = lists as [PostingList, ...PostingList[]]
    const cursors = new Int32Array(lists.length)
    for (let entry = 0; entry < driver.length; entry++) {
      const id = driver.id(entry)
      const record = this.records[id]
      if (!record || !accept(record)) continue
      cursors[0] = entry
      let all = true
      for (let index = 0; index < others.length; index++) {
        const other = others[index] as PostingList
        const at = other.seek(id, cursors[index + 1] as number)
        cursors[index + 1] = at
        if (at >= other.length) return
        if (other.id(at) !== id) {
          all = false
          break
        }
      }
      if (all) visit(id, lists, cursors)
    }
  }

  private count(words: readonly QueryWord[], accept: Accept): number {
    let total = 0
    this.intersect(
      words.flatMap((word) => word.required),
      accept,
      () => total++,
    )
    return total
  }

  private match(words: readonly QueryWord[], accept: Accept, mode: 'all' | 'any'): { matches: Match[]; terms: number } {
    const documents = this.internalIds.size
    const averageTitle = this.titleLengthSum / Math.max(1, documents) || 1
    const averageBody = this.bodyLengthSum / Math.max(1, documents) || 1
    const idf = (list: PostingList) => {
      const df = Math.min(list.length, documents)
      return Math.log(1 + (documents - df + 0.5) / (df + 0.5))
    }
    const termScore = (list: PostingList, entry: number, record: StoredDocument) => {
      const weighted =
        (TITLE_WEIGHT * list.titleTf(entry)) / (1 - B + (B * record.titleLength) / averageTitle) +
        list.bodyTf(entry) / (1 - B + (B * record.bodyLength) / averageBody)
      return (idf(list) * weighted * (K1 + 1)) / (weighted + K1)
    }
    const bonus = (word: QueryWord, id: number, record: StoredDocument) => {
      const list = word.bonus ? this.postings.get(word.bonus) : undefined
      if (!list) return 0
      const entry = list.seek(id, 0)
      return entry < list.length && list.id(entry) === id ? termScore(list, entry, record) : 0
    }
    const required = [...new Set(words.flatMap((word) => word.required))]
    // `all`: one intersection of every term. `any`: each term on its own, summed per document.
    const groups = mode === 'all' ? [required] : required.map((term) => [term])
    const scored = new Map<number, Match>()
    for (const group of groups) {
      this.intersect(group, accept, (id, lists, entries) => {
        const record = this.records[id] as StoredDocument
        let score = 0
        for (let index = 0; index < lists.length; index++) score += termScore(lists[index] as PostingList, entries[index] as number, record)
        if (mode === 'all') for (const word of words) score += bonus(word, id, record)
        const match = scored.get(id)
        if (match) {
          match.score += score
          match.matchedTerms += group.length
        } else scored.set(id, { id, score, matchedTerms: group.length })
      })
    }
    return { matches: [...scored.values()], terms: required.length }
  }

  private hit(match: Match, words: readonly QueryWord[], terms: number): SearchHit {
    const { doc } = this.records[match.id] as StoredDocument
    return {
      id: doc.id,
      type: doc.type,
      site: doc.site,
      ...(doc.siteSlug === undefined ? {} : { siteSlug: doc.siteSlug }),
      url: doc.url,
      publishedAt: doc.publishedAt,
      ...(doc.category === undefined ? {} : { category: doc.category }),
      score: Math.round(match.score * 1000) / 1000,
      coverage: Math.round((match.matchedTerms / terms) * 1000) / 1000,
      title: highlightAll(doc.title, words),
      snippet: highlightSnippet(doc.body, words),
    }
  }

  /** Other searches that do find something: without one of the words, on all sites, without filters. */
  private suggestions(words: readonly QueryWord[], options: QueryOptions): SearchSuggestion[] {
    const suggestions: SearchSuggestion[] = []
    const accept = this.acceptor(options)
    if (words.length > 1) {
      for (const dropped of words) {
        const rest = words.filter((word) => word !== dropped)
        const total = this.count(rest, accept)
        if (total > 0) suggestions.push({ kind: 'drop-word', q: withoutWord(options.q, dropped, rest), total })
      }
      suggestions.sort((a, b) => b.total - a.total)
      suggestions.splice(MAX_SUGGESTIONS - 2)
    }
    if (options.sites) {
      const total = this.count(words, this.acceptor({ ...options, sites: null }))
      if (total > 0) suggestions.push({ kind: 'all-sites', q: options.q, total })
    }
    if (options.types || options.from !== -Infinity || options.to !== Infinity) {
      const total = this.count(words, this.acceptor({ sites: options.sites, types: null, from: -Infinity, to: Infinity }))
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
