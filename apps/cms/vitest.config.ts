import { defineConfig, mergeConfig } from 'vitest/config'

import shared from '../../vitest.shared.js'
import { needsTransactionsTag } from './tests/needs-transactions.mjs'

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['tests/int/**/*.test.ts', 'tests/http/**/*.test.ts', 'tests/startup/**/*.test.ts', 'tests/runner/**/*.test.ts'],
      // Each file boots its own Payload on its own database; one at a time keeps memory flat.
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 120_000,
      tags: [needsTransactionsTag()],
    },
  }),
)
