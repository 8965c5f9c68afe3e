import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export interface TestPayload {
  payload: Payload
  /** The config Payload was booted with. */
  config: SanitizedConfig
  databaseUrl: string
  cleanup: () => Promise<void>
}

export interface BootOptions {
  /** Boot with a changed config, e.g. another review workflow table (`custom`). */
  adjust?: (config: SanitizedConfig) => SanitizedConfig
}

/**
 * Boot Payload through the project's real config on a fresh database: a new SQLite file in a
 * temp directory, or a new database on the MongoDB server named by GOVSITE_TEST_MONGODB_URL
 * (set by the MongoDB pass of the suite).
 */
export async function bootPayload({ adjust = (config) => config }: BootOptions = {}): Promise<TestPayload> {
  const directory = await mkdtemp(join(tmpdir(), 'govsite-int-'))
  const mongoUrl = process.env.GOVSITE_TEST_MONGODB_URL
  const databaseUrl = mongoUrl ? withDatabaseName(mongoUrl, `govsite_test_${randomBytes(4).toString('hex')}`) : `file:${join(directory, 'govsite.db')}`

  Object.assign(process.env, {
    NODE_ENV: 'test',
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    MEDIA_DIR: join(directory, 'media'),
  })
  const { default: configPromise } = await import('../../src/payload.config')
  const config = adjust(await configPromise)
  // Outside production Payload rewrites src/payload-types.ts from a child process at each boot:
  // seconds of CPU per test file, and files running side by side would write it at once.
  config.typescript.autoGenerate = false
  const payload = await getPayload({ config })

  return {
    payload,
    config,
    databaseUrl,
    cleanup: async () => {
      if (mongoUrl) await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      await payload.destroy()
      await rm(directory, { recursive: true, force: true })
    },
  }
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}
