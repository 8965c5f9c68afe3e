import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, describe, expect, it } from 'vitest'

import { sumTestReports, workspaceFolders } from '../../../scripts/test-reports.mjs'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

describe("npm test's Tests: line", () => {
  const repo = mkdtempSync(join(tmpdir(), 'govsite-reports-'))
  afterAll(() => rmSync(repo, { recursive: true, force: true }))
  const write = (path: string, content: unknown) => {
    mkdirSync(join(repo, path, '..'), { recursive: true })
    writeFileSync(join(repo, path), JSON.stringify(content))
  }
  const report = (passed: number, failed = 0, pending = 0) => ({ numPassedTests: passed, numFailedTests: failed, numPendingTests: pending, numTodoTests: 0 })

  it('sums every report of every workspace the root package.json lists, folders under a /* pattern and single folders alike', () => {
    write('package.json', { workspaces: ['apps/*', 'bench'] })
    write('apps/cms/test-results/vitest.json', report(10, 1))
    write('apps/cms/test-results/vitest-built.json', report(4))
    write('apps/site/test-results/vitest.json', report(3, 0, 2))
    write('bench/test-results/vitest.json', report(7))
    write('elsewhere/test-results/vitest.json', report(100))
    expect(workspaceFolders(repo).sort()).toEqual(['apps/cms', 'apps/site', 'bench'])
    expect(sumTestReports(repo)).toEqual({ passed: 24, failed: 1, skipped: 2 })
  })

  it('covers every workspace of this repository with tests, the bench and the browser tests included', () => {
    const folders = workspaceFolders(ROOT)
    expect(folders).toEqual(expect.arrayContaining(['bench', 'e2e', 'apps/cms', 'apps/site', 'packages/domain', 'packages/process-harness']))
  })
})
