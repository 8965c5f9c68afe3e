import AhoCorasick from 'modern-ahocorasick'

import { normalizeForMatching } from '../content-checks/normalize-for-matching.js'
import type { TermPair } from './term-pairs.js'

/** 严重错误 (a wrong name or title: R-VETO-SECURITY) or 错别字 (a common misspelling: a quality warning). */
export const TERM_LISTS = ['serious', 'typo'] as const
export type TermList = (typeof TERM_LISTS)[number]

export const TERM_LIST_LABELS: Readonly<Record<TermList, { zh: string; en: string }>> = {
  serious: { zh: '严重错误', en: 'Serious error' },
  typo: { zh: '错别字', en: 'Misspelling' },
}

export type TermLists = Readonly<Record<TermList, readonly TermPair[]>>

/** One wrong wording found in a document's texts. */
export interface TermHit {
  list: TermList
  wrong: string
  right: string
  /** The first occurrence as written. */
  excerpt: string
  /** Up to `CONTEXT` characters either side of it, so the editor finds it. */
  context: string
  occurrences: number
}

type Entry = { kind: 'wrong'; list: TermList; pair: TermPair } | { kind: 'right' }

const CONTEXT = 15
const matchers = new WeakMap<TermLists, AhoCorasick<Entry>>()

function matcherFor(lists: TermLists): AhoCorasick<Entry> {
  let matcher = matchers.get(lists)
  if (!matcher) {
    const entries = TERM_LISTS.flatMap((list) =>
      lists[list].flatMap((pair) => [
        { pattern: normalizeForMatching(pair.wrong).text, data: { kind: 'wrong', list, pair } as Entry },
        { pattern: normalizeForMatching(pair.right).text, data: { kind: 'right' } as Entry },
      ]),
    )
    matcher = new AhoCorasick<Entry>(entries.filter(({ pattern }) => pattern !== ''))
    matchers.set(lists, matcher)
  }
  return matcher
}

const hitKey = (list: TermList, wrong: string) => `${list}|${normalizeForMatching(wrong).text}`

/**
 * R-DAILY-INSPECT (content quality), R-VETO-SECURITY (严重表述错误): the listed wrong wordings in
 * `texts`. Texts and pairs are normalised alike (`normalizeForMatching`: width, case, traditional
 * forms, spaces and punctuation), then one Aho–Corasick pass per text finds every wrong and right
 * form. A wrong form is not reported inside a listed right form (wrong 主席 in right 副主席) nor
 * inside a longer listed wrong form (the longer one is reported). A wrong form in both lists is a
 * serious error. Each wrong form is reported once, quoting its first occurrence, with a count.
 */
export function findTermErrors(texts: readonly string[], lists: TermLists): TermHit[] {
  const matcher = matcherFor(lists)
  const hits = new Map<string, TermHit>()
  for (const text of texts) {
    const normalized = normalizeForMatching(text)
    const matches = matcher.search(normalized.text)
    const rights = matches.filter((match) => match.data!.kind === 'right')
    const wrongs = matches.filter((match) => match.data!.kind === 'wrong')
    for (const { start, end, data } of wrongs) {
      const { list, pair } = data as Extract<Entry, { kind: 'wrong' }>
      const covers = (other: { start: number; end: number }) => other.start <= start && end <= other.end && other.end - other.start > end - start
      if (rights.some(covers) || wrongs.some(covers)) continue
      if (list === 'typo' && lists.serious.some((serious) => hitKey('typo', serious.wrong) === hitKey('typo', pair.wrong))) continue
      const key = hitKey(list, pair.wrong)
      const known = hits.get(key)
      if (known) {
        known.occurrences += 1
        continue
      }
      const from = normalized.originStart[start]!
      const to = normalized.originEnd[end - 1]!
      hits.set(key, {
        list,
        wrong: pair.wrong,
        right: pair.right,
        excerpt: text.slice(from, to),
        context: text.slice(Math.max(0, from - CONTEXT), to + CONTEXT),
        occurrences: 1,
      })
    }
  }
  return [...hits.values()].sort((a, b) => TERM_LISTS.indexOf(a.list) - TERM_LISTS.indexOf(b.list))
}
