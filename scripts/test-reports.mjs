// The vitest JSON reports `npm test` sums into its "Tests:" line: every `test-results/*.json` of
// every workspace the root package.json lists, so a new workspace's tests are counted too.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** @param {string} root @returns {string[]} the workspace folders, relative to root ("apps/*" is each folder under apps/). */
export function workspaceFolders(root) {
  /** @type {{ workspaces: string[] }} */
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern]
    const parent = pattern.slice(0, -2)
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
  })
}

/** @param {string} root @returns {{ passed: number, failed: number, skipped: number }} summed over every workspace's reports. */
export function sumTestReports(root) {
  const totals = { passed: 0, failed: 0, skipped: 0 }
  for (const workspace of workspaceFolders(root)) {
    const reports = join(root, workspace, 'test-results')
    if (!existsSync(reports)) continue
    for (const file of readdirSync(reports).filter((name) => name.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(reports, file), 'utf8'))
      totals.passed += report.numPassedTests
      totals.failed += report.numFailedTests
      totals.skipped += report.numPendingTests + report.numTodoTests
    }
  }
  return totals
}
