/**
 * `npm run bench [-- <suite id>…]`: runs the registered suites (all by default), then rewrites
 * BENCHMARKS.md at the repository root. Exits non-zero when a suite fails to run; missed targets
 * are reported in the file and the output, not in the exit code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { machineInfo } from './machine-info.js'
import { benchmarksDocument, suiteSection } from './markdown.js'
import type { SuiteContext } from './suite.js'
import { SUITES } from './suites.js'

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const OUTPUT = join(REPO_ROOT, 'BENCHMARKS.md')
const COMMAND = 'npm ci && npm run bench'

const cleanups: (() => Promise<void> | void)[] = []
let cleaning: Promise<void> = Promise.resolve()

/**
 * Run every registered clean-up once, newest first; a failing one does not stop the others.
 * Calls queue behind each other, so a signal arriving mid-clean-up waits for all of it before exiting.
 */
function cleanUp(): Promise<void> {
  cleaning = cleaning.then(async () => {
    while (cleanups.length > 0) {
      const cleanup = cleanups.pop()
      try {
        await cleanup?.()
      } catch (error) {
        console.error(`[bench] clean-up failed: ${String(error)}`)
      }
    }
  })
  return cleaning
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`[bench] ${signal}: stopping`)
    void cleanUp().finally(() => process.exit(130))
  })
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2)
  const unknown = requested.filter((id) => !SUITES.some((suite) => suite.id === id))
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}; known: ${SUITES.map((suite) => suite.id).join(', ')}`)
  const selected = requested.length > 0 ? SUITES.filter((suite) => requested.includes(suite.id)) : SUITES

  const context: SuiteContext = {
    repoRoot: REPO_ROOT,
    log: (message) => console.log(`[bench] ${message}`),
    onCleanup: (cleanup) => void cleanups.push(cleanup),
  }
  const machine = machineInfo(REPO_ROOT)
  const fresh = new Map<string, string>()
  let missed = 0
  for (const suite of selected) {
    context.log(`suite ${suite.id}: starting`)
    try {
      const result = await suite.run(context)
      fresh.set(suite.id, suiteSection(suite.id, result, machine))
      for (const check of result.targets) {
        if (!check.pass) missed++
        context.log(`${check.pass ? 'PASS' : 'FAIL'} ${check.name}: ${check.actual} (goal ${check.target})`)
      }
    } finally {
      await cleanUp()
    }
  }
  const previous = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : ''
  writeFileSync(OUTPUT, benchmarksDocument({ machine, command: COMMAND, suiteIds: SUITES.map((suite) => suite.id), fresh, previous }))
  context.log(`wrote ${OUTPUT}${missed > 0 ? `; ${missed} target(s) missed` : '; every target met'}`)
}

main().catch(async (error: unknown) => {
  console.error('[bench] failed:', error)
  await cleanUp()
  process.exit(1)
})
