import AhoCorasick from 'modern-ahocorasick'

import { normalizeForMatching } from './normalize-for-matching.js'
import type { Finding } from './types.js'
import { WORD_LIST_LABELS, type WordListCategory, type WordLists } from './word-lists.js'

interface ListedWord {
  category: WordListCategory
  word: string
}

/**
 * R-NO-ADS, R-REVIEW-BEFORE-PUBLISH: gambling, advertising and pornography phrases block
 * submission. Words and texts are normalised alike, then one Aho–Corasick pass per text finds
 * every listed word; each word is reported once, quoting its first occurrence as written.
 */
export function findForbiddenWords(texts: readonly string[], wordLists: WordLists): Finding[] {
  const patterns = (Object.keys(WORD_LIST_LABELS) as WordListCategory[]).flatMap((category) =>
    wordLists[category]
      .map((word) => ({ pattern: normalizeForMatching(word).text, data: { category, word } }))
      .filter(({ pattern }) => pattern !== ''),
  )
  if (patterns.length === 0) return []
  // Every pattern carries its data, so `data` is always set on a match.
  const matcher = new AhoCorasick<ListedWord>(patterns)

  const findings = new Map<string, Finding>()
  for (const text of texts) {
    const normalized = normalizeForMatching(text)
    for (const { start, end, data } of matcher.search(normalized.text)) {
      const { category, word } = data!
      const key = `${category}:${word}`
      if (findings.has(key)) continue
      findings.set(key, {
        code: `check.forbidden_word.${category}`,
        severity: 'blocking',
        message: `含有${WORD_LIST_LABELS[category]}类违禁词“${word}”`,
        excerpt: text.slice(normalized.originStart[start], normalized.originEnd[end - 1]),
      })
    }
  }
  return [...findings.values()]
}
