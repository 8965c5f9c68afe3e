import { normalizeText } from './normalize.js'
import type { QueryWord } from './query-words.js'
import type { HighlightSegment } from './types.js'

type Range = [start: number, end: number]

const SNIPPET_LENGTH = 120
/** Characters of context kept before the first match of a snippet. */
const LEAD = 24
const ELLIPSIS = '…'

function occurrences(haystack: string, needle: string, into: Range[]): boolean {
  let found = false
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    into.push([at, at + needle.length])
    found = true
  }
  return found
}

/** Where the query's words occur: each word as typed, or its character pairs when split by other text. */
export function matchRanges(text: string, words: readonly QueryWord[]): Range[] {
  const haystack = normalizeText(text)
  const ranges: Range[] = []
  for (const word of words) {
    if (!occurrences(haystack, word.surface, ranges)) for (const term of word.required) occurrences(haystack, term, ranges)
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Range[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

function segments(text: string, ranges: readonly Range[], from: number, to: number): HighlightSegment[] {
  const out: HighlightSegment[] = []
  let at = from
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue
    const clippedStart = Math.max(start, from)
    if (clippedStart > at) out.push({ text: text.slice(at, clippedStart), match: false })
    out.push({ text: text.slice(clippedStart, Math.min(end, to)), match: true })
    at = Math.min(end, to)
  }
  if (at < to) out.push({ text: text.slice(at, to), match: false })
  return out
}

/** The whole text with the query's words marked (titles). */
export function highlightAll(text: string, words: readonly QueryWord[]): HighlightSegment[] {
  return segments(text, matchRanges(text, words), 0, text.length)
}

/** The window of `length` characters with the most matches, marked, with … where text was cut. */
export function highlightSnippet(text: string, words: readonly QueryWord[], length = SNIPPET_LENGTH): HighlightSegment[] {
  const ranges = matchRanges(text, words)
  let from = 0
  let best = -1
  for (let index = 0; index < ranges.length; index++) {
    const start = Math.max(0, (ranges[index] as Range)[0] - LEAD)
    let count = 0
    for (let other = index; other < ranges.length && (ranges[other] as Range)[1] <= start + length; other++) count++
    if (count > best) {
      best = count
      from = start
    }
  }
  from = Math.max(0, Math.min(from, text.length - length))
  const to = Math.min(text.length, from + length)
  const out = segments(text, ranges, from, to)
  if (from > 0) out.unshift({ text: ELLIPSIS, match: false })
  if (to < text.length) out.push({ text: ELLIPSIS, match: false })
  return out
}
