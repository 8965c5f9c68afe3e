const FULL_WIDTH_START = 0xff01
const FULL_WIDTH_END = 0xff5e
const FULL_WIDTH_OFFSET = 0xfee0
const IDEOGRAPHIC_SPACE = 0x3000

/**
 * One character as the index sees it: full-width ASCII (ＡＢＣ１２３) becomes half-width and
 * letters lower case. Always exactly one UTF-16 unit for one, so offsets in the normalized
 * text are offsets in the original, which is what highlighting relies on.
 */
function normalizeUnit(unit: string): string {
  const code = unit.charCodeAt(0)
  if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) return String.fromCharCode(code - FULL_WIDTH_OFFSET).toLowerCase()
  if (code === IDEOGRAPHIC_SPACE) return ' '
  if (code < 0x41) return unit
  const lower = unit.toLowerCase()
  return lower.length === 1 ? lower : unit
}

const NEEDS_WORK = /[\uff01-\uff5e\u3000\p{Lu}\p{Lt}]/u

/** Normalize text for matching; the result has the same length as the input. */
export function normalizeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text
  let out = ''
  for (let index = 0; index < text.length; index++) out += normalizeUnit(text[index] as string)
  return out
}
