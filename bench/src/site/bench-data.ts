import { statSync } from 'node:fs'
import { join } from 'node:path'

import type { SuiteContext } from '../suite.js'
import { runToCompletion } from './processes.js'

export interface BenchData {
  articles: number
  created: number
  seedSeconds: number
  createSeconds: number
  databaseMiB: number
}

/**
 * Seed the demo platform into a fresh SQLite file and grow it to `total` published articles
 * through the CMS's workflow engine (apps/cms/src/bench/scale-articles.ts, run with the CMS's
 * own Payload config).
 */
export async function createBenchData(context: SuiteContext, env: NodeJS.ProcessEnv, databaseFile: string, total: number): Promise<BenchData> {
  const cmsDir = join(context.repoRoot, 'apps/cms')
  const stdout = await runToCompletion(context, {
    name: 'scale-articles',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/bench/scale-articles.ts', String(total)],
    cwd: cmsDir,
    env,
    progress: (line) => {
      if (line.startsWith('bench data:')) context.log(line)
    },
  })
  const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { seededMs: number; created: number; createMs: number; articles: number }
  if (summary.articles !== total) throw new Error(`expected ${total} articles after scaling, the CMS counts ${summary.articles}`)
  const databaseBytes = ['', '-wal'].reduce((sum, suffix) => sum + (statSync(`${databaseFile}${suffix}`, { throwIfNoEntry: false })?.size ?? 0), 0)
  return {
    articles: summary.articles,
    created: summary.created,
    seedSeconds: summary.seededMs / 1000,
    createSeconds: summary.createMs / 1000,
    databaseMiB: databaseBytes / 2 ** 20,
  }
}
