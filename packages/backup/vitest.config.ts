import { defineConfig, mergeConfig } from 'vitest/config'

import shared from '../../vitest.shared.js'

// Real files flushed to disk and child processes: seconds each on a busy machine.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 60_000 } }))
