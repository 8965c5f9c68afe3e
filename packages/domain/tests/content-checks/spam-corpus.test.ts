import { describe, expect, it } from 'vitest'

import { runPreReviewChecks, type Finding } from '../../src/index.js'
import cleanCorpus from './corpus/clean.txt?raw'
import spamCorpus from './corpus/spam.txt?raw'

interface Sample {
  group: string
  evasion: string
  text: string
}

/** `a | b | text` lines (or `a | text`), `#` comments. */
function samples(corpus: string): Sample[] {
  return corpus
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const parts = line.split(' | ')
      return parts.length >= 3
        ? { group: parts[0]!, evasion: parts[1]!, text: parts.slice(2).join(' | ') }
        : { group: parts[0]!, evasion: '-', text: parts.slice(1).join(' | ') }
    })
}

const NO_PLATFORM_WORDS = {}
const check = (text: string): Finding[] => runPreReviewChecks({ texts: [text], links: [], images: [] }, NO_PLATFORM_WORDS)
const blocked = (findings: Finding[]) => findings.some((finding) => finding.severity === 'blocking')

const spam = samples(spamCorpus).map((sample) => ({ ...sample, findings: check(sample.text) }))
const clean = samples(cleanCorpus).map((sample) => ({ ...sample, findings: check(sample.text) }))

function rate(rows: { findings: Finding[] }[], flagged: (findings: Finding[]) => boolean): string {
  const hits = rows.filter((row) => flagged(row.findings)).length
  return `${hits}/${rows.length} (${((100 * hits) / rows.length).toFixed(1)} %)`
}

function table(title: string, key: (row: Sample) => string): string {
  const keys = [...new Set(spam.map(key))]
  return [
    title,
    ...keys.map(
      (value) =>
        `  ${value.padEnd(12)} ${rate(
          spam.filter((row) => key(row) === value),
          blocked,
        )}`,
    ),
  ].join('\n')
}

describe('R-NO-ADS spam corpus: precision and recall of the pre-review checks', () => {
  it('prints the figures (reproduce: cd packages/domain && npx vitest run tests/content-checks/spam-corpus.test.ts)', () => {
    const truePositives = spam.filter((row) => blocked(row.findings)).length
    const falsePositives = clean.filter((row) => blocked(row.findings)).length
    const precision = truePositives / (truePositives + falsePositives)
    console.log(
      [
        `spam samples ${spam.length}, clean samples ${clean.length}`,
        `recall (spam blocked)          ${rate(spam, blocked)}`,
        `recall (spam with any finding) ${rate(spam, (findings) => findings.length > 0)}`,
        `precision (blocked that is spam) ${(100 * precision).toFixed(1)} %`,
        `clean blocked                  ${rate(clean, blocked)}`,
        `clean with a warning           ${rate(clean, (findings) => findings.length > 0)}`,
        table('recall by category', (row) => row.group),
        table('recall by evasion', (row) => row.evasion),
      ].join('\n'),
    )
    expect(spam.length).toBeGreaterThanOrEqual(150)
    expect(clean.length).toBeGreaterThanOrEqual(150)
  })

  it('blocks no clean government text (precision 100 %); its only findings are typed non-government addresses', () => {
    expect(clean.filter((row) => blocked(row.findings)).map((row) => [row.text, row.findings])).toEqual([])
    const warnings = clean.flatMap((row) => row.findings.map((finding) => finding.code))
    expect(new Set(warnings)).toEqual(new Set(['check.commercial_link']))
  })

  it('blocks at least 95 % of the spam samples, and at least 90 % of every category and evasion', () => {
    const missed = spam.filter((row) => !blocked(row.findings))
    expect(missed.length / spam.length).toBeLessThanOrEqual(0.05)
    for (const key of ['group', 'evasion'] as const) {
      for (const value of new Set(spam.map((row) => row[key]))) {
        const rows = spam.filter((row) => row[key] === value)
        expect(rows.filter((row) => blocked(row.findings)).length / rows.length, `${key} ${value}`).toBeGreaterThanOrEqual(0.9)
      }
    }
  })

  // Every evasion applied to every plain sample the checks block: it must stay blocked.
  const HAN_PAIR = /(\p{Script=Han})(?=\p{Script=Han})/gu
  const LOOKALIKES: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', '0': '〇', '1': '①', '8': '❽' }
  const evasions: Record<string, (text: string) => string> = {
    spaces: (text) => text.replace(HAN_PAIR, '$1 '),
    symbols: (text) => text.replace(HAN_PAIR, '$1*'),
    'zero-width': (text) => text.replace(HAN_PAIR, '$1\u200b'),
    fullwidth: (text) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)),
    homoglyph: (text) => text.replace(/[aceopxy018]/g, (char) => LOOKALIKES[char]!),
  }
  it.each(Object.keys(evasions))('still blocks every blocked plain sample written with %s', (evasion) => {
    const plain = spam.filter((row) => row.evasion === 'plain' && blocked(row.findings))
    expect(plain.filter((row) => !blocked(check(evasions[evasion]!(row.text)))).map((row) => evasions[evasion]!(row.text))).toEqual([])
  })
})
