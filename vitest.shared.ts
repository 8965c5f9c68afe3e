import { defineConfig } from 'vitest/config'

/** Shared by every workspace: node tests under tests/, plus a JSON report for the `npm test` summary. */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
})
