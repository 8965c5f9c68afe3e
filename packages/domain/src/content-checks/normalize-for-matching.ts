import { Converter } from 'opencc-js/t2cn'

/** A matching form of a text and, for each of its UTF-16 units, the original range it came from. */
export interface NormalizedText {
  text: string
  originStart: number[]
  originEnd: number[]
}

// opencc-js's typings import './core' without an extension, which NodeNext cannot resolve, so
// its converter type arrives as `any`: state it here.
type Convert = (text: string) => string
// Both regional standards: 衞 is only folded by the Hong Kong table, 著 → 着 only by the Taiwan one.
const hongKongToSimplified: Convert = Converter({ from: 'hk', to: 'cn' })
const taiwanToSimplified: Convert = Converter({ from: 'tw', to: 'cn' })
const simplifiedByChar = new Map<string, string>()

// Character by character, so every output unit maps back to one original character.
function toSimplified(char: string): string {
  let simplified = simplifiedByChar.get(char)
  if (simplified === undefined) {
    simplified = taiwanToSimplified(hongKongToSimplified(char))
    simplifiedByChar.set(char, simplified)
  }
  return simplified
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u

/**
 * R-NO-ADS: spam hides forbidden words behind look-alike spellings. Folds width and
 * compatibility forms (NFKC: ＡＢＣ → abc, １２３ → 123), case and traditional characters
 * (賭 → 赌), and drops everything that is not a letter or a number, so spaces (including
 * U+3000), punctuation, symbols and zero-width characters inserted between characters vanish.
 */
export function normalizeForMatching(original: string): NormalizedText {
  const result: NormalizedText = { text: '', originStart: [], originEnd: [] }
  let start = 0
  for (const char of original) {
    const end = start + char.length
    for (const folded of char.normalize('NFKC').toLowerCase()) {
      if (!LETTER_OR_NUMBER.test(folded)) continue
      const simplified = toSimplified(folded)
      result.text += simplified
      for (let unit = 0; unit < simplified.length; unit++) {
        result.originStart.push(start)
        result.originEnd.push(end)
      }
    }
    start = end
  }
  return result
}
