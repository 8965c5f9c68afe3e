// Runs the integration suite a second time against MongoDB when MONGODB_URL is set.
import { spawnSync } from 'node:child_process'

const mongoUrl = process.env.MONGODB_URL
if (!mongoUrl) {
  console.log('MongoDB 集成测试已跳过：未设置 MONGODB_URL（skipped the MongoDB run: MONGODB_URL is not set）')
  process.exit(0)
}

console.log(`MongoDB 集成测试：${mongoUrl.replace(/\/\/[^@/]*@/, '//***@')}`)
const result = spawnSync('npx', ['vitest', 'run', 'tests/int', '--outputFile.json=test-results/vitest-mongodb.json'], {
  stdio: 'inherit',
  env: { ...process.env, GOVSITE_TEST_MONGODB_URL: mongoUrl },
})
process.exit(result.status ?? 1)
