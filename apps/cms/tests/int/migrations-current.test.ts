import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from './boot-payload'

const MIGRATIONS = fileURLToPath(new URL('../../src/migrations/', import.meta.url))

interface DrizzleKit {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

/**
 * Production SQLite runs only the committed migrations. Compare the schema the config defines
 * with the latest migration's snapshot, the way `payload migrate:create` does, so a collection
 * change without its migration fails here instead of in production.
 */
describe.runIf(!process.env.GOVSITE_TEST_MONGODB_URL)('committed SQLite migrations', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await bootPayload()
  })

  afterAll(async () => ctx?.cleanup())

  it('match the collections defined in the config', async () => {
    const db = ctx.payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const kit = db.requireDrizzleKit()
    const latest = readdirSync(MIGRATIONS)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const before = JSON.parse(readFileSync(`${MIGRATIONS}${latest}`, 'utf8')) as unknown
    const after = await kit.generateDrizzleJson(db.schema)
    expect(await kit.generateMigration(before, after)).toEqual([])
  })
})
