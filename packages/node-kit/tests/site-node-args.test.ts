import { execFileSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { SITE_NODE_ARGS } from '../src/site-node-args.js'

describe('SITE_NODE_ARGS', () => {
  it('are flags Node.js accepts, capping the heap near 256 MB', () => {
    const limit = Number(
      execFileSync(process.execPath, [...SITE_NODE_ARGS, '-p', "require('node:v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8' }),
    )
    expect(limit / 2 ** 20).toBeGreaterThan(256)
    expect(limit / 2 ** 20).toBeLessThan(384)
  })
})
