import { databaseSupportsTransactions, type DatabaseTarget } from '@govsite/domain'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter, type SQLiteAdapterArgs, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj } from 'payload'

import { withAfterCommit } from './after-commit'
import { withSerializedTransactions } from './serialized-transactions'

/**
 * Payload indexes a hasMany text field's table (keywords, 主题词) on (order, parent) only, so
 * reading one document's keywords scans the whole table; index the parent too (found by
 * `npm run bench`: seconds per list at 10,000 articles).
 */
const indexTextsByParent: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_texts')) continue
    extendTable({ table, extraConfig: (columns) => ({ parentIdx: index(`${name}_parent_idx`).on(columns.parent) }) })
  }
  return schema
}

export type SqliteMigrations = NonNullable<SQLiteAdapterArgs['prodMigrations']>

/**
 * SQLite is the zero-setup default and never pushes schema: it runs the committed migrations
 * (see runMigrations): `migrations` are the committed ones (`src/migrations`), handed in by the
 * config. MongoDB needs no migrations. Both use string ids.
 */
export function databaseAdapter(target: DatabaseTarget, migrations: SqliteMigrations): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return withAfterCommit(
      mongooseAdapter({
        url: target.url,
        transactionOptions: databaseSupportsTransactions(target) ? {} : false,
      }),
    )
  }
  return withAfterCommit(
    withSerializedTransactions(
      sqliteAdapter({
        client: { url: target.url },
        idType: 'uuid',
        push: false,
        // db-sqlite leaves transactions off unless asked; the workflow needs all-or-nothing writes.
        transactionOptions: {},
        // Writers outside transactions wait instead of failing with SQLITE_BUSY; WAL lets reads continue.
        busyTimeout: 10_000,
        wal: true,
        prodMigrations: migrations,
        afterSchemaInit: [indexTextsByParent],
      }),
    ),
  )
}
