import AhoCorasick from 'modern-ahocorasick'

import { ALLOWED_PHRASES, ENFORCEMENT_CUES } from './lexicon/contexts.js'
import { normalizeForMatching, type NormalizedText } from './normalize-for-matching.js'
import type { Finding } from './types.js'
import { SPAM_LEXICON, WORD_LIST_CATEGORIES, WORD_LIST_LABELS, type WordListCategory, type WordLists } from './word-lists.js'

type Entry = { kind: 'term'; category: WordListCategory; word: string } | { kind: 'cue' } | { kind: 'allowed' }

function patternsOf(words: readonly string[], entry: (word: string) => Entry) {
  return words.map((word) => ({ pattern: normalizeForMatching(word).text, data: entry(word) })).filter(({ pattern }) => pattern !== '')
}

const matchers = new WeakMap<WordLists, AhoCorasick<Entry>>()

/** The shipped lexicon and a platform's additions in one automaton, built once per word lists. */
function matcherFor(wordLists: WordLists): AhoCorasick<Entry> {
  let matcher = matchers.get(wordLists)
  if (!matcher) {
    matcher = new AhoCorasick<Entry>([
      ...WORD_LIST_CATEGORIES.flatMap((category) =>
        patternsOf([...SPAM_LEXICON[category].terms, ...(wordLists[category] ?? [])], (word) => ({ kind: 'term', category, word })),
      ),
      ...patternsOf(ENFORCEMENT_CUES, () => ({ kind: 'cue' })),
      ...patternsOf([...ALLOWED_PHRASES, ...(wordLists.allowed ?? [])], () => ({ kind: 'allowed' })),
    ])
    matchers.set(wordLists, matcher)
  }
  return matcher
}

const SENTENCE_END = /[。！？!?；;\n]/

/** For each unit of the normalised text, the number of the sentence of the original it came from. */
function sentenceNumbers(original: string, normalized: NormalizedText): number[] {
  const sentenceAt: number[] = []
  let sentence = 0
  for (let index = 0; index < original.length; index++) {
    sentenceAt.push(sentence)
    if (SENTENCE_END.test(original[index]!)) sentence++
  }
  return normalized.originStart.map((start) => sentenceAt[start]!)
}

/**
 * R-NO-ADS, R-REVIEW-BEFORE-PUBLISH: listed spam phrases (the shipped lexicon and the platform's
 * word lists) block submission. Words and texts are normalised alike, then one Aho–Corasick pass
 * per text finds every listed term, enforcement cue and allowed phrase. A term is not reported
 * inside an allowed phrase, inside a longer listed term, or in a sentence with an enforcement cue
 * (news and warnings about spam name it too). Each term is reported once, quoting its first
 * occurrence as written.
 */
export function findForbiddenWords(texts: readonly string[], wordLists: WordLists): Finding[] {
  const matcher = matcherFor(wordLists)
  const findings = new Map<string, Finding>()
  for (const text of texts) {
    const normalized = normalizeForMatching(text)
    const matches = matcher.search(normalized.text)
    const sentenceAt = sentenceNumbers(text, normalized)
    const enforcement = new Set(matches.filter((match) => match.data!.kind === 'cue').map((match) => sentenceAt[match.start]))
    const allowed = matches.filter((match) => match.data!.kind === 'allowed')
    const terms = matches.filter((match) => match.data!.kind === 'term')
    for (const { start, end, data, pattern } of terms) {
      const entry = data as Extract<Entry, { kind: 'term' }>
      // A word listed twice (in the lexicon and by the platform, or in two categories) is one finding.
      const key = pattern
      if (findings.has(key) || enforcement.has(sentenceAt[start])) continue
      const covers = (other: { start: number; end: number }) => other.start <= start && end <= other.end
      if (allowed.some(covers) || terms.some((other) => covers(other) && other.end - other.start > end - start)) continue
      findings.set(key, {
        code: `check.forbidden_word.${entry.category}`,
        severity: 'blocking',
        message: `含有${WORD_LIST_LABELS[entry.category]}类违禁词“${entry.word}”`,
        excerpt: text.slice(normalized.originStart[start], normalized.originEnd[end - 1]),
      })
    }
  }
  return [...findings.values()]
}
