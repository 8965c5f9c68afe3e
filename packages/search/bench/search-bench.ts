import { MemorySearchIndex } from '../src/index.js'
import { generatedDocuments, seededRandom, wordPicker } from './generated-corpus.js'

export interface SearchBenchOptions {
  documents?: number
  queriesPerLength?: number
  seed?: number
}

export interface SearchBenchResult {
  markdown: string
  passed: boolean
  /** Query p99 in ms per query length (words). */
  p99Ms: Record<number, number>
}

/** The target: 99 % of queries answered within 50 ms. */
export const P99_TARGET_MS = 50
const WORD_COUNTS = [1, 2, 3, 4] as const

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
const round = (value: number, digits = 2) => Number(value.toFixed(digits))

/**
 * JS heap plus the typed arrays' buffers (outside the heap) after a full collection.
 * `global.gc` exists only under `node --expose-gc`; without it the figure would be noise.
 */
function collectedMemory(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) return null
  gc()
  gc()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

/**
 * Index generated Chinese documents and time queries of one to four words: indexing rate, the
 * index's heap size, and query p50/p99 per query length (target p99 < 50 ms).
 */
export async function runSearchBench({ documents = 100_000, queriesPerLength = 1000, seed = 20260601 }: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const heapBefore = collectedMemory()
  const index = new MemorySearchIndex()
  const started = performance.now()
  let characters = 0
  for (const doc of generatedDocuments(documents, seed)) {
    characters += doc.title.length + doc.body.length
    index.add(doc)
  }
  index.trim()
  const indexingMs = performance.now() - started
  const heapAfter = collectedMemory()
  const stats = await index.stats()

  const random = seededRandom(seed + 1)
  const word = wordPicker(random)
  const rows: string[] = []
  const p99Ms: Record<number, number> = {}
  let passed = true
  for (const count of WORD_COUNTS) {
    const times: number[] = []
    let hits = 0
    for (let n = 0; n < queriesPerLength; n++) {
      const q = Array.from({ length: count }, word).join(' ')
      const begin = performance.now()
      const result = index.run({ q, page: 1 + (n % 3), pageSize: 10 })
      times.push(performance.now() - begin)
      hits += result.total
    }
    times.sort((a, b) => a - b)
    const p99 = percentile(times, 99)
    passed &&= p99 < P99_TARGET_MS
    p99Ms[count] = round(p99)
    rows.push(
      `| ${count} | ${queriesPerLength} | ${round(percentile(times, 50))} | ${round(p99)} | ${round(times.at(-1) as number)} | ${Math.round(hits / queriesPerLength)} |`,
    )
  }

  const heap = heapBefore !== null && heapAfter !== null ? `${round((heapAfter - heapBefore) / 1024 / 1024, 1)} MiB` : 'n/a (run node with --expose-gc)'
  const markdown = [
    '## Search (packages/search, in-memory index)',
    '',
    `Indexed ${documents.toLocaleString('en-US')} generated Chinese documents (${round(characters / documents, 0)} characters on average, seed ${seed}) in ${round(indexingMs / 1000)} s: **${Math.round((documents / indexingMs) * 1000).toLocaleString('en-US')} docs/s**.`,
    `Index memory (heap and typed arrays, after GC): **${heap}** (${stats.terms.toLocaleString('en-US')} terms, ${stats.postings.toLocaleString('en-US')} postings).`,
    '',
    `| Words | Queries | p50 ms | p99 ms | max ms | avg. matches |`,
    `| --- | --- | --- | --- | --- | --- |`,
    ...rows,
    '',
    `Target p99 < ${P99_TARGET_MS} ms: **${passed ? 'met' : 'MISSED'}**.`,
  ].join('\n')
  return { markdown, passed, p99Ms }
}
