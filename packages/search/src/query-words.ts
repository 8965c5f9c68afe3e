import { normalizeText } from './normalize.js'
import { chineseSegmenter, hanBigrams, isHan, WORD_TERM_PREFIX } from './terms.js'

/** One word of a query and the index terms a document needs to contain it. */
export interface QueryWord {
  /** The word as typed (normalized): what gets highlighted. */
  surface: string
  /** All of these terms must occur in a matching document. */
  required: string[]
  /** Scores extra when present (the whole-word term of a long Chinese word). */
  bonus: string | null
}

/** Function characters that carry no meaning on their own in a longer query. */
const STOP_CHARS = new Set('的了和与及或在是吗呢啊么之把被')
const HAN_OR_OTHER = /(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu

interface Token {
  text: string
  start: number
  end: number
  han: boolean
}

function tokens(normalized: string): Token[] {
  const found: Token[] = []
  for (const { segment, index, isWordLike } of chineseSegmenter().segment(normalized)) {
    if (!isWordLike) continue
    for (const match of segment.matchAll(HAN_OR_OTHER)) {
      const start = index + (match.index ?? 0)
      found.push({ text: match[0], start, end: start + match[0].length, han: match[1] !== undefined })
    }
  }
  return found
}

/** How many documents contain a term; decides where a lone character belongs. */
export type TermFrequency = (term: string) => number

/**
 * The words of one run of adjacent Chinese tokens. The segmenter splits words it does not know
 * into single characters (新媒体 → 新 | 媒体, 社保卡 → 社保 | 卡): consecutive single characters
 * are joined, and a lone character joins the neighbour it forms the more frequent pair with in
 * the index (the following word on a tie), so the query keeps its meaning.
 */
function hanRunWords(run: string[], frequency: TermFrequency): string[] {
  const meaningful = run.length > 1 ? run.filter((word) => !(word.length === 1 && STOP_CHARS.has(word))) : run
  const joined: string[] = []
  let previousSingle = false
  for (const word of meaningful) {
    const single = word.length === 1
    if (single && previousSingle) joined[joined.length - 1] += word
    else joined.push(word)
    previousSingle = single
  }
  if (joined.length < 2) return joined
  const words: string[] = []
  let carry = ''
  joined.forEach((word, index) => {
    if (word.length > 1) {
      words.push(carry + word)
      carry = ''
      return
    }
    const previous = words[words.length - 1]
    const next = joined[index + 1]
    const joinsPrevious = previous !== undefined && (next === undefined || frequency(previous.slice(-1) + word) > frequency(word + next.slice(0, 1)))
    if (joinsPrevious) words[words.length - 1] = previous + word
    else carry = word
  })
  return words
}

function toQueryWord(surface: string): QueryWord {
  if (!isHan(surface) || surface.length === 1) return { surface, required: [surface], bonus: null }
  return { surface, required: hanBigrams(surface), bonus: surface.length >= 3 ? WORD_TERM_PREFIX + surface : null }
}

/** Split a query into words with Intl.Segmenter, each with the terms it needs. */
export function queryWords(query: string, frequency: TermFrequency = () => 0): QueryWord[] {
  const surfaces: string[] = []
  let run: Token[] = []
  const flush = () => {
    if (run.length > 0)
      surfaces.push(
        ...hanRunWords(
          run.map((token) => token.text),
          frequency,
        ),
      )
    run = []
  }
  for (const token of tokens(normalizeText(query))) {
    const previous = run[run.length - 1]
    if (token.han && (!previous || previous.end === token.start)) {
      run.push(token)
      continue
    }
    flush()
    if (token.han) run.push(token)
    else surfaces.push(token.text)
  }
  flush()
  return [...new Set(surfaces)].map(toQueryWord)
}
