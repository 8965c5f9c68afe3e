import { defineConfig, mergeConfig } from 'vitest/config'

import shared from '../../vitest.shared.js'

// These tests start real processes: on a machine busy with other work node takes seconds to start.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 30_000 } }))
