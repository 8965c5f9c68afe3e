// `npm test`: installs what the browser tests need, runs lint, typecheck and every test suite
// through turbo, then prints one "N passed, N failed" line summed over every workspace's vitest reports.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { sumTestReports } from './test-reports.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1

if (run(process.execPath, ['scripts/ensure-chromium.mjs']) !== 0) process.exit(1)

// Formatting is checked once for the whole repository (`npm run format` fixes it).
const formatted = run('npx', ['prettier', '--check', '--log-level=warn', '.'])
const status = run('npx', ['turbo', 'run', 'lint', 'typecheck', 'test', 'test:built', '--concurrency=1', '--continue'])

const { passed, failed, skipped } = sumTestReports(root)
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(formatted !== 0 || status !== 0 || failed > 0 ? 1 : 0)
