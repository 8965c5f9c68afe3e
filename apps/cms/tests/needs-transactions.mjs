// Integration tests that need rollbacks or all-or-nothing writes carry the `needs-transactions`
// tag. The vitest config skips them where the test database has no transactions (a standalone
// MongoDB server), deciding with the same predicate as the CMS's database adapter, and the
// MongoDB pass (run-mongodb-pass.mjs) lists what was skipped and why.
import { databaseSupportsTransactions, parseDatabaseUrl } from '@govsite/domain'

export const NEEDS_TRANSACTIONS = 'needs-transactions'

/**
 * Why the tagged tests cannot run against the suite's database, or null when they can: the
 * SQLite files of the normal run always have transactions; GOVSITE_TEST_MONGODB_URL (set by the
 * MongoDB pass) may name a standalone server.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {string | null}
 */
export function transactionsUnavailableReason(env = process.env) {
  const url = env.GOVSITE_TEST_MONGODB_URL
  if (!url) return null
  const target = parseDatabaseUrl(url)
  if ('error' in target) return target.error.message
  if (databaseSupportsTransactions(target)) return null
  return 'MONGODB_URL 指向单机 MongoDB 服务器（没有 replicaSet 参数，也不是 mongodb+srv://），单机服务器不支持事务，GovSite 在其上不使用事务 (a standalone server rejects transactions; point MONGODB_URL at a replica set to run these tests)'
}

/**
 * The tag's definition for the vitest config: skipped exactly when transactions are unavailable.
 * @param {Readonly<Record<string, string | undefined>>} env
 */
export function needsTransactionsTag(env = process.env) {
  return {
    name: NEEDS_TRANSACTIONS,
    description: 'Needs database transactions (rollbacks, all-or-nothing writes); skipped on a standalone MongoDB server.',
    skip: transactionsUnavailableReason(env) !== null,
  }
}

/**
 * The tagged tests a vitest JSON report shows as not run, as `file › test name` lines.
 * @param {{ testResults?: { name: string, assertionResults: { fullName: string, status: string, tags?: string[] }[] }[] }} report
 * @param {string} root directory the file names are shown relative to
 * @returns {string[]}
 */
export function skippedForTransactions(report, root) {
  return (report.testResults ?? []).flatMap((file) =>
    file.assertionResults
      .filter((test) => (test.tags ?? []).includes(NEEDS_TRANSACTIONS) && test.status !== 'passed' && test.status !== 'failed')
      .map((test) => `${file.name.startsWith(`${root}/`) ? file.name.slice(root.length + 1) : file.name} › ${test.fullName}`),
  )
}
