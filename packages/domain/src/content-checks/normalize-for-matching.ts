import { remove as removeConfusables } from 'confusables'
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

// The confusables table also maps some Chinese and Japanese characters to Latin letters
// (下 → T, 〇 → O, ロ → O): it is only applied outside the CJK scripts.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
// Digit look-alikes that neither NFKC nor the confusables table turn into digits.
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { 〇: '0', '○': '0', '◯': '0', Ｏ: 'o' }

const foldedByChar = new Map<string, string>()

/**
 * One character as the checks compare it: width and compatibility forms (NFKC: ＡＢＣ → abc,
 * １２３ → 123, ① → 1), Cyrillic and Greek look-alikes of Latin letters and digits (е → e, Β → b,
 * ❶ → 1, 〇 → 0), lower case, and traditional characters (賭 → 赌).
 */
function foldCharacter(char: string): string {
  let folded = foldedByChar.get(char)
  if (folded === undefined) {
    folded = ''
    for (const part of (DIGIT_LOOKALIKES[char] ?? char).normalize('NFKC')) {
      const latin = CJK.test(part) ? part : removeConfusables(part)
      folded += taiwanToSimplified(hongKongToSimplified(latin.toLowerCase()))
    }
    foldedByChar.set(char, folded)
  }
  return folded
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u

function fold(original: string, keep: (char: string) => boolean): NormalizedText {
  const result: NormalizedText = { text: '', originStart: [], originEnd: [] }
  let start = 0
  for (const char of original) {
    const end = start + char.length
    for (const folded of foldCharacter(char)) {
      if (!keep(folded)) continue
      result.text += folded
      for (let unit = 0; unit < folded.length; unit++) {
        result.originStart.push(start)
        result.originEnd.push(end)
      }
    }
    start = end
  }
  return result
}

/**
 * R-NO-ADS: spam hides forbidden words behind look-alike spellings. Folds every character
 * (`foldCharacter`) and drops everything that is not a letter or a number, so spaces
 * (including U+3000), punctuation, symbols and zero-width characters inserted between
 * characters vanish.
 */
export function normalizeForMatching(original: string): NormalizedText {
  return fold(original, (char) => LETTER_OR_NUMBER.test(char))
}

/**
 * R-NO-ADS: the same folding, keeping punctuation and spaces, for shapes that are made of them:
 * typed web addresses (ｗｗｗ．ｘｘｘ．ｃｏｍ → www.xxx.com) and keyword chains (a_b|c).
 */
export function foldForShapes(original: string): NormalizedText {
  return fold(original, () => true)
}
