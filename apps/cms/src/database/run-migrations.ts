import type { Payload } from 'payload'

import type { SqliteMigrations } from './adapter'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

/**
 * The SQLite adapter applies `prodMigrations` itself only in production. Development and
 * tests apply the same committed migrations here, so every environment has one schema path
 * and a missing migration fails the test suite instead of surprising production.
 */
export async function runMigrations(payload: Payload, migrations: SqliteMigrations): Promise<void> {
  if (process.env.NODE_ENV === 'production' || payload.db.name !== 'sqlite') return
  // The generated migrations are typed for the SQLite adapter; the generic signature is wider.
  await payload.db.migrate({ migrations: migrations as unknown as MigrateArgs['migrations'] })
}
