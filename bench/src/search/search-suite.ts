import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'

import type { Suite, SuiteContext, SuiteResult } from '../suite.js'

interface SearchBenchOutput {
  markdown: string
  p99Ms: Record<string, number>
}

/** The target for every query length. */
const P99_TARGET_MS = 50

/**
 * The search index benchmark of `packages/search` (100,000 generated Chinese documents). It runs
 * in its own Node process because the memory figure needs `--expose-gc`.
 */
async function runSearchSuite(context: SuiteContext): Promise<SuiteResult> {
  const packageDir = join(context.repoRoot, 'packages/search')
  context.log('search: compiling the benchmark')
  execFileSync(process.execPath, [join(context.repoRoot, 'node_modules/typescript/bin/tsc'), '-p', join(packageDir, 'tsconfig.bench.json')], {
    stdio: 'inherit',
  })
  context.log('search: indexing 100,000 documents and timing queries')
  const run = spawnSync(process.execPath, ['--expose-gc', join(packageDir, 'dist-bench/bench/run-search-bench.js'), '--json'], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  const output = run.stdout.trim().split('\n').at(-1) ?? ''
  if (run.status === null || !output.startsWith('{')) throw new Error(`search benchmark did not report (exit ${run.status}): ${run.stderr}`)
  const result = JSON.parse(output) as SearchBenchOutput
  return {
    title: 'Search index',
    // The package's report carries its own heading; the runner adds the section heading.
    markdown: result.markdown.split('\n').slice(1).join('\n').trim(),
    targets: Object.entries(result.p99Ms).map(([words, p99]) => ({
      name: `Search query p99, ${words} word${words === '1' ? '' : 's'} (100,000 documents)`,
      target: `< ${P99_TARGET_MS} ms`,
      actual: `${p99} ms`,
      pass: p99 < P99_TARGET_MS,
    })),
  }
}

export const searchSuite: Suite = { id: 'search', run: runSearchSuite }
