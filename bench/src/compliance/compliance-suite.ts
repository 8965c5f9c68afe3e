import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runToCompletion } from '@govsite/process-harness'

import { table } from '../markdown.js'
import type { Suite, SuiteContext, SuiteResult } from '../suite.js'

const SITES = Number(process.env.BENCH_COMPLIANCE_SITES ?? 100)
const DOCUMENTS_PER_SITE = Number(process.env.BENCH_COMPLIANCE_DOCUMENTS ?? 10_000)
const TIME_TARGET_MS = 10_000
const MEMORY_TARGET_MB = 500
const SUMMARY_PREFIX = 'bench summary: '

interface SeedOutput {
  sites: number
  columns: number
  summaries: number
  publishedDocuments: number
  seedMs: number
}

interface EvaluateOutput {
  runsMs: number[]
  evaluated: number
  totals: Record<string, number>
  baselineRssMB: number
  peakRssMB: number
}

const ms = (value: number) => `${Math.round(value)} ms`

/**
 * R-DAILY-INSPECT at scale: a full compliance evaluation of every site — each site's input built
 * from the column summaries, open messages, error reports and surveys, then every rule — on
 * `SITES` online sites whose summaries count `DOCUMENTS_PER_SITE` published documents each. Runs
 * apps/cms/bench/compliance-scale.ts with the CMS's own Payload config on a fresh SQLite file.
 */
async function runComplianceSuite(context: SuiteContext): Promise<SuiteResult> {
  const directory = await mkdtemp(join(tmpdir(), 'govsite-bench-compliance-'))
  context.onCleanup(() => rm(directory, { recursive: true, force: true }))
  context.log(`compliance: ${SITES} sites × ${DOCUMENTS_PER_SITE} published documents, then ${5} full evaluations`)
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    // No timed jobs while the data is made and measured.
    NODE_ENV: 'test',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: `file:${join(directory, 'govsite.db')}`,
    MEDIA_DIR: join(directory, 'media'),
    SEED_DEMO: 'false',
  }
  const step = async <T>(args: string[]): Promise<T> => {
    const stdout = await runToCompletion({
      name: 'compliance-scale',
      command: process.execPath,
      args: ['--import', 'tsx', 'bench/compliance-scale.ts', ...args],
      cwd: join(context.repoRoot, 'apps/cms'),
      env,
      progress: () => undefined,
      onSpawn: (stop) => context.onCleanup(stop),
    })
    const line = stdout.split('\n').findLast((entry) => entry.startsWith(SUMMARY_PREFIX))
    if (!line) throw new Error(`compliance-scale ${args[0]} printed no summary line:\n${stdout.slice(-2000)}`)
    return JSON.parse(line.slice(SUMMARY_PREFIX.length)) as T
  }
  const seeded = await step<SeedOutput>(['seed', String(SITES), String(DOCUMENTS_PER_SITE)])
  context.log('compliance: seeded; evaluating in a fresh process')
  const result = { ...seeded, ...(await step<EvaluateOutput>(['evaluate'])) }
  const slowest = Math.max(...result.runsMs)
  const sorted = [...result.runsMs].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0
  const markdown = [
    table(
      ['', ''],
      [
        ['Online sites evaluated', result.evaluated],
        ['Columns (trees of first-level and sub-columns)', result.columns],
        ['Column summaries', result.summaries],
        ['Published documents they count', result.publishedDocuments],
        ['Seeding (sites, columns, summaries through the Local API, not measured)', `${(result.seedMs / 1000).toFixed(1)} s`],
        ['Full evaluation, each run', result.runsMs.map(ms).join(', ')],
        [
          'Result of the last run',
          Object.entries(result.totals)
            .map(([status, count]) => `${status} ${count}`)
            .join(', '),
        ],
        ['RSS of the evaluating process (the CMS config, booted afresh) before the first run', `${result.baselineRssMB.toFixed(0)} MB`],
        ['Peak RSS of that process over the runs', `${result.peakRssMB.toFixed(0)} MB`],
      ],
    ),
    '',
    'The evaluation reads the column summaries the CMS keeps in the transaction of every publication, never the documents, so the documents themselves are not created here. `npm run bench -- compliance` runs this suite alone (a few minutes, mostly seeding).',
  ].join('\n')
  return {
    title: 'Compliance evaluation (every site)',
    markdown,
    targets: [
      {
        name: `Full evaluation of ${result.evaluated} sites × ${DOCUMENTS_PER_SITE} documents: slowest of ${result.runsMs.length} (median ${ms(median)})`,
        target: `< ${TIME_TARGET_MS / 1000} s`,
        actual: ms(slowest),
        pass: slowest < TIME_TARGET_MS,
      },
      {
        name: 'CMS memory while evaluating (peak RSS)',
        target: `< ${MEMORY_TARGET_MB} MB`,
        actual: `${result.peakRssMB.toFixed(0)} MB`,
        pass: result.peakRssMB < MEMORY_TARGET_MB,
      },
    ],
  }
}

export const complianceSuite: Suite = { id: 'compliance', run: runComplianceSuite }
