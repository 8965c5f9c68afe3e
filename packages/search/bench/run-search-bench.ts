import { runSearchBench } from './search-bench.js'

// `npm run bench -w @govsite/search`: print the report (or, with --json, the whole result for the
// root `npm run bench`); exit 1 when the p99 target is missed.
const result = await runSearchBench()
console.log(process.argv.includes('--json') ? JSON.stringify(result) : result.markdown)
process.exitCode = result.passed ? 0 : 1
