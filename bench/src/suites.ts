import { complianceSuite } from './compliance/compliance-suite.js'
import { searchSuite } from './search/search-suite.js'
import { siteSuite } from './site/site-suite.js'
import type { Suite } from './suite.js'

/** Every suite `npm run bench` runs, in order; each one becomes a section of BENCHMARKS.md. */
export const SUITES: readonly Suite[] = [siteSuite, searchSuite, complianceSuite]
