import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/int/**/*.test.ts'],
    environment: 'node',
    // Each file boots its own Payload on its own database; one at a time keeps memory flat.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
