import { availableParallelism, totalmem } from 'node:os'

import { defineConfig, mergeConfig } from 'vitest/config'

import shared from '../../vitest.shared.js'
import { needsTransactionsTag } from './tests/needs-transactions.mjs'

/**
 * Peak memory of one worker running an integration file (its own Payload on its own SQLite
 * file, its own child process). Half the machine's memory is left to everything else.
 */
const WORKER_MEMORY_BYTES = 1.5 * 2 ** 30
const integrationWorkers = Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / 2 / WORKER_MEMORY_BYTES)))

/** Integration files that measure time (the same hashing work for every failed login). */
const TIMED_ALONE = ['tests/int/account-login.test.ts']

/** What the projects share; a project does not inherit the root's `include` (it would add every test file). */
const common = { environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, tags: [needsTransactionsTag()] }

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      tags: common.tags,
      projects: [
        {
          // `npm test` in this workspace: no build needed. Each file boots Payload in its own
          // process (env, module state) on its own database and loopback ports, so files run side by side.
          // Files side by side share the cores: a test or hook may take up to twice its time alone.
          test: {
            ...common,
            name: 'int',
            include: ['tests/int/**/*.test.ts', 'tests/runner/**/*.test.ts'],
            exclude: TIMED_ALONE,
            maxWorkers: integrationWorkers,
            testTimeout: common.testTimeout * 2,
            hookTimeout: common.hookTimeout * 2,
          },
        },
        {
          // Files that compare wall-clock times: run after the others, with the machine to themselves.
          test: { ...common, name: 'int-alone', include: TIMED_ALONE, sequence: { groupOrder: 1 } },
        },
        {
          // `npm run test:built`: the built server (`npm run build` first), one file at a time.
          test: {
            ...common,
            name: 'built',
            include: ['tests/http/**/*.test.ts', 'tests/startup/**/*.test.ts'],
            fileParallelism: false,
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  }),
)
