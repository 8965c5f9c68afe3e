import { describe, expect, it } from 'vitest'

import { generatedDocuments } from '../bench/generated-corpus.js'
import { runSearchBench } from '../bench/search-bench.js'

describe('search benchmark', () => {
  it('generates the same Chinese documents for the same seed', () => {
    const first = [...generatedDocuments(3, 7)]
    expect([...generatedDocuments(3, 7)]).toEqual(first)
    expect([...generatedDocuments(3, 8)]).not.toEqual(first)
    expect(first[0]!.title).toMatch(/^\p{Script=Han}+$/u)
  })

  it('reports indexing rate, memory and p50/p99 for one- to four-word queries', async () => {
    const { markdown, passed } = await runSearchBench({ documents: 2000, queriesPerLength: 50 })
    expect(markdown).toMatch(/Indexed 2,000 generated Chinese documents .* docs\/s/)
    expect(markdown).toMatch(/Index memory/)
    for (const words of [1, 2, 3, 4]) expect(markdown).toMatch(new RegExp(`^\\| ${words} \\| 50 \\| [\\d.]+ \\| [\\d.]+ \\|`, 'm'))
    expect(typeof passed).toBe('boolean')
  })
})
