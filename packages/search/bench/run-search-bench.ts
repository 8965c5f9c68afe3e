import { runSearchBench } from './search-bench.js'

// `npm run bench -w @govsite/search`: print the report; exit 1 when the p99 target is missed.
const { markdown, passed } = await runSearchBench()
console.log(markdown)
process.exitCode = passed ? 0 : 1
