import { normalizeForMatching } from '../content-checks/normalize-for-matching.js'

/** A wrong wording and its correction, e.g. a leader's wrong title and the right one. */
export interface TermPair {
  wrong: string
  right: string
}

/** A line of a term list that could not be read, numbered from 1. */
export interface TermLineError {
  line: number
  text: string
  /** Why, in Chinese. */
  problem: string
}

export type TermPairsResult = { ok: true; pairs: TermPair[] } | { ok: false; errors: TermLineError[] }

// The arrows admins type: ASCII (=> ->), full-width (＝＞ －＞) and the arrow characters.
const SEPARATOR = /\s*(?:=>|->|＝＞|－＞|→|⇒|➔)\s*/

/**
 * R-DAILY-INSPECT, R-VETO-SECURITY: a platform's list of 严重错误 or 错别字, one pair per line
 * (`wrong => right` or `wrong→right`). Blank lines are skipped. A line is refused when it has no
 * arrow or more than one, a side is empty or has nothing to match (only punctuation), both sides
 * match alike, or its wrong form was already given another correction; a pair listed twice counts once.
 */
export function parseTermPairs(text: string): TermPairsResult {
  const pairs = new Map<string, TermPair>()
  const errors: TermLineError[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    const refuse = (problem: string) => errors.push({ line: index + 1, text: line, problem })
    const parts = line.split(SEPARATOR)
    if (parts.length !== 2) return refuse(parts.length === 1 ? '缺少“=>”或“→”，应写作“错误写法 => 正确写法”' : '一行只能写一组“错误写法 => 正确写法”')
    const [wrong, right] = parts.map((part) => part.trim()) as [string, string]
    if (wrong === '' || right === '') return refuse(wrong === '' ? '缺少错误写法' : '缺少正确写法')
    const wrongForm = normalizeForMatching(wrong).text
    if (wrongForm === '' || normalizeForMatching(right).text === '') return refuse('只含标点或空格，无法比对')
    if (wrongForm === normalizeForMatching(right).text) return refuse('错误写法与正确写法相同')
    const known = pairs.get(wrongForm)
    if (known && known.right !== right) return refuse(`“${wrong}”已对应正确写法“${known.right}”`)
    pairs.set(wrongForm, { wrong, right })
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pairs: [...pairs.values()] }
}

/** The refusal message for a list's unreadable lines, e.g. `第 3 行“张三主席”：缺少“=>”…`. */
export function describeTermLineErrors(errors: readonly TermLineError[]): string {
  return errors.map((error) => `第 ${error.line} 行“${error.text}”：${error.problem}`).join('；')
}
