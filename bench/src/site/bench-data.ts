import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { ExitCodeError, runToCompletion } from '@govsite/process-harness'

import type { SuiteContext } from '../suite.js'

export interface BenchData {
  /** When the articles were created by an earlier run (BENCH_DATA_DIR), the date of that run. */
  reusedFrom: string | null
  articles: number
  created: number
  seedSeconds: number
  createSeconds: number
  databaseMiB: number
}

/**
 * Articles per writing process. The process's native memory grows by about 2 MB per article
 * published (while its JS heap stays flat), so a fresh process takes over every 2,000.
 */
export const ARTICLES_PER_PROCESS = 2000

/** How scale-articles.ts marks its timings among the CMS's log lines. */
const SUMMARY_PREFIX = 'bench summary: '

/**
 * Node sometimes ends the TypeScript-loaded script during its ES module loading with exit code 13
 * ("unsettled top-level await") before it runs a line: nothing was written, so start it again.
 */
async function scaleTo(context: SuiteContext, cmsDir: string, env: NodeJS.ProcessEnv, target: number, attempt = 1): Promise<string> {
  try {
    return await runToCompletion({
      name: 'scale-articles',
      command: process.execPath,
      args: ['--import', 'tsx', 'bench/scale-articles.ts', String(target)],
      cwd: cmsDir,
      env,
      progress: (line) => {
        if (line.startsWith('bench data:')) context.log(line)
      },
      onSpawn: (stop) => context.onCleanup(stop),
    })
  } catch (error) {
    if (attempt >= 5 || !(error instanceof ExitCodeError) || error.code !== 13 || error.output.trim()) throw error
    context.log(`scale-articles ended while loading its modules (exit code 13); starting it again`)
    return scaleTo(context, cmsDir, env, target, attempt + 1)
  }
}

interface ScaleSummary {
  seededMs: number
  created: number
  createMs: number
  articles: number
}

/**
 * Seed the demo platform into a fresh SQLite file and grow it to `total` published articles
 * through the CMS's workflow engine (apps/cms/bench/scale-articles.ts, run with the CMS's
 * own Payload config; the seed runs in the first process only).
 */
export async function createBenchData(context: SuiteContext, env: NodeJS.ProcessEnv, databaseFile: string, total: number): Promise<BenchData> {
  const cmsDir = join(context.repoRoot, 'apps/cms')
  const runs: ScaleSummary[] = []
  // A reused database (BENCH_DATA_DIR) may hold some or all of them: go on from its count.
  for (let target = Math.min(ARTICLES_PER_PROCESS, total); ;) {
    const stdout = await scaleTo(context, cmsDir, env, target)
    const summary = stdout.split('\n').findLast((line) => line.startsWith(SUMMARY_PREFIX))
    if (!summary) throw new Error(`scale-articles printed no summary line:\n${stdout.slice(-2000)}`)
    const run = JSON.parse(summary.slice(SUMMARY_PREFIX.length)) as ScaleSummary
    runs.push(run)
    if (target >= total || run.articles >= total) break
    target = Math.min(Math.max(target, run.articles) + ARTICLES_PER_PROCESS, total)
  }
  const summary = {
    seededMs: runs[0]?.seededMs ?? 0,
    created: runs.reduce((sum, run) => sum + run.created, 0),
    createMs: runs.reduce((sum, run) => sum + run.createMs, 0),
    articles: runs.at(-1)?.articles ?? 0,
  }
  if (summary.articles !== total) throw new Error(`expected ${total} articles after scaling, the CMS counts ${summary.articles}`)
  const databaseBytes = ['', '-wal'].reduce((sum, suffix) => sum + (statSync(`${databaseFile}${suffix}`, { throwIfNoEntry: false })?.size ?? 0), 0)
  const timings = join(dirname(databaseFile), 'bench-data.json')
  const created: Creation = {
    date: new Date().toISOString(),
    created: summary.created,
    seedSeconds: summary.seededMs / 1000,
    createSeconds: summary.createMs / 1000,
  }
  // A reused database keeps reporting how long creating its articles took.
  const earlier = summary.created === 0 && existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as Creation) : null
  if (!earlier) writeFileSync(timings, JSON.stringify(created))
  const creation = earlier ?? created
  return {
    reusedFrom: earlier ? earlier.date : null,
    articles: summary.articles,
    created: creation.created,
    seedSeconds: creation.seedSeconds,
    createSeconds: creation.createSeconds,
    databaseMiB: databaseBytes / 2 ** 20,
  }
}

interface Creation {
  date: string
  created: number
  seedSeconds: number
  createSeconds: number
}
