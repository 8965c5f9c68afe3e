// Runs the integration suite a second time against MongoDB when MONGODB_URL is set. Tests tagged
// `needs-transactions` are skipped on a standalone server; this says which and why.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { skippedForTransactions, transactionsUnavailableReason } from './needs-transactions.mjs'

const mongoUrl = process.env.MONGODB_URL
if (!mongoUrl) {
  console.log('MongoDB 集成测试已跳过：未设置 MONGODB_URL（skipped the MongoDB run: MONGODB_URL is not set）')
  process.exit(0)
}

const workspace = join(dirname(fileURLToPath(import.meta.url)), '..')
const reportFile = 'test-results/vitest-mongodb.json'
const env = { ...process.env, GOVSITE_TEST_MONGODB_URL: mongoUrl }
console.log(`MongoDB 集成测试：${mongoUrl.replace(/\/\/[^@/]*@/, '//***@')}`)
const result = spawnSync('npx', ['vitest', 'run', 'tests/int', `--outputFile.json=${reportFile}`], { cwd: workspace, stdio: 'inherit', env })

const reason = transactionsUnavailableReason(env)
if (reason) {
  let skipped = []
  try {
    skipped = skippedForTransactions(JSON.parse(readFileSync(join(workspace, reportFile), 'utf8')), workspace)
  } catch (error) {
    console.log(`（无法读取测试报告 ${reportFile}：${error.message}）`)
  }
  console.log(`MongoDB 集成测试跳过了 ${skipped.length} 个需要事务的测试：${reason}`)
  for (const line of skipped) console.log(`  - ${line}`)
}
process.exit(result.status ?? 1)
