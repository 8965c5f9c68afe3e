// `npm test`: installs what the browser tests need, runs lint, typecheck and every test suite
// through turbo, then prints one "N passed, N failed" line summed over all vitest reports.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1

if (run(process.execPath, ['scripts/ensure-chromium.mjs']) !== 0) process.exit(1)

// Formatting is checked once for the whole repository (`npm run format` fixes it).
const formatted = run('npx', ['prettier', '--check', '--log-level=warn', '.'])
const status = run('npx', ['turbo', 'run', 'lint', 'typecheck', 'test', '--concurrency=1', '--continue'])

let passed = 0
let failed = 0
let skipped = 0
for (const group of ['apps', 'packages', '.']) {
  const workspaces = group === '.' ? ['e2e'] : readdirSync(join(root, group))
  for (const workspace of workspaces) {
    const reports = join(root, group, workspace, 'test-results')
    if (!existsSync(reports)) continue
    for (const file of readdirSync(reports).filter((name) => name.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(reports, file), 'utf8'))
      passed += report.numPassedTests
      failed += report.numFailedTests
      skipped += report.numPendingTests + report.numTodoTests
    }
  }
}

console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(formatted !== 0 || status !== 0 || failed > 0 ? 1 : 0)
