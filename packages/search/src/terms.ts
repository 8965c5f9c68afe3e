import { normalizeText } from './normalize.js'

const HAN_RUN = /\p{Script=Han}+/gu
const HAN_CHAR = /\p{Script=Han}/u
const HAN_ONLY = /^\p{Script=Han}+$/u
const OTHER_WORD = /[\p{L}\p{N}]+/gu
/** Marks a whole segmented word, so it never collides with a one- or two-character gram. */
export const WORD_TERM_PREFIX = '\u0001'
/** Words of three or more characters get their own term: an exact-word match scores higher. */
const MIN_WORD_TERM_LENGTH = 3
const MAX_TERM_FREQUENCY = 255

let segmenter: Intl.Segmenter | undefined
/** ICU's Chinese word segmentation (dictionary based), created once. */
export function chineseSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' })
  return segmenter
}

export const isHan = (text: string): boolean => HAN_CHAR.test(text)

/** The grams of a run of Chinese characters: each character and each adjacent pair. */
export function hanGrams(run: string, add: (term: string) => void): void {
  for (let index = 0; index < run.length; index++) {
    add(run[index] as string)
    if (index + 1 < run.length) add(run.slice(index, index + 2))
  }
}

/** Pairs only: what a query word of two or more characters must match. */
export function hanBigrams(word: string): string[] {
  const grams = new Set<string>()
  for (let index = 0; index + 1 < word.length; index++) grams.add(word.slice(index, index + 2))
  return [...grams]
}

export interface FieldTerms {
  /** Term → frequency (capped at 255). */
  terms: Map<string, number>
  /** Field length for BM25: Chinese characters plus other words. */
  length: number
}

/**
 * The terms of one field. Chinese text is indexed as character unigrams and bigrams, which
 * match whatever the segmenter does with the query; words the segmenter finds that are three
 * characters or longer are added as whole-word terms to reward exact words. Other scripts
 * (Latin letters, digits) are indexed as words.
 */
export function fieldTerms(text: string): FieldTerms {
  const normalized = normalizeText(text)
  const terms = new Map<string, number>()
  const add = (term: string) => terms.set(term, Math.min(MAX_TERM_FREQUENCY, (terms.get(term) ?? 0) + 1))
  let length = 0
  for (const [run] of normalized.matchAll(HAN_RUN)) {
    length += run.length
    hanGrams(run, add)
  }
  if (length >= MIN_WORD_TERM_LENGTH) {
    // One segmenter pass per field: far cheaper than one per run of Chinese characters.
    for (const { segment, isWordLike } of chineseSegmenter().segment(normalized)) {
      if (isWordLike && segment.length >= MIN_WORD_TERM_LENGTH && HAN_ONLY.test(segment)) add(WORD_TERM_PREFIX + segment)
    }
  }
  for (const [word] of normalized.replace(HAN_RUN, ' ').matchAll(OTHER_WORD)) {
    length += 1
    add(word)
  }
  return { terms, length }
}
