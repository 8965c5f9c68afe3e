import Database from 'libsql'

import { BackupError } from './backup-error.js'

/** What a database snapshot holds, read from the snapshot itself. */
export interface SnapshotFacts {
  /** Applied Payload migrations, oldest first. */
  migrations: string[]
  /** Rows per table (every collection, its versions, relations, globals, migrations). */
  tables: Record<string, number>
  /** The files the media collection references (upload file and image sizes), with their recorded sizes. */
  mediaFiles: { name: string; size: number | null }[]
}

const BUSY_TIMEOUT_MS = 10_000

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`
}

/**
 * A consistent copy of the live database while the CMS keeps writing: `VACUUM INTO` through a
 * connection of our own reads one snapshot of the database (WAL included) in a single read
 * transaction, so the copy holds every transaction committed before it started and nothing of
 * one still open. A WAL-mode reader never blocks the CMS's writers. Copying the file (`cp`)
 * instead could mix pages from different moments and miss what is still in the `-wal` file.
 */
export function snapshotDatabase(source: string, target: string): void {
  const db = new Database(source, { fileMustExist: true })
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    db.prepare('VACUUM INTO ?').run(target)
  } finally {
    db.close()
  }
}

export function readSnapshotFacts(file: string): SnapshotFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const tableNames = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    ).map((row) => row.name)
    const tables = Object.fromEntries(tableNames.map((name) => [name, (db.prepare(`SELECT count(*) AS n FROM ${quoted(name)}`).get() as { n: number }).n]))
    const migrations = tableNames.includes('payload_migrations')
      ? (db.prepare('SELECT name FROM payload_migrations ORDER BY created_at, rowid').all() as { name: string }[]).map((row) => row.name)
      : []
    return { migrations, tables, mediaFiles: tableNames.includes('media') ? mediaFilesOf(db) : [] }
  } finally {
    db.close()
  }
}

/** `filename` and every image size's `sizes_<name>_filename` of the media table, with their sizes. */
function mediaFilesOf(db: Database.Database): SnapshotFacts['mediaFiles'] {
  const columns = new Set((db.prepare('PRAGMA table_info(media)').all() as { name: string }[]).map((column) => column.name))
  const pairs = [...columns]
    .filter((name) => name === 'filename' || /^sizes_.+_filename$/.test(name))
    .map((name) => ({ name, size: name.replace(/filename$/, 'filesize') }))
  const files: SnapshotFacts['mediaFiles'] = []
  for (const pair of pairs) {
    const sizeColumn = columns.has(pair.size) ? quoted(pair.size) : 'NULL'
    const rows = db.prepare(`SELECT ${quoted(pair.name)} AS name, ${sizeColumn} AS size FROM media WHERE ${quoted(pair.name)} IS NOT NULL`).all() as {
      name: string
      size: number | null
    }[]
    files.push(...rows)
  }
  return files
}

/** A restored database must be intact and hold exactly the rows the manifest counted. */
export function checkRestoredDatabase(file: string, expectedTables: Record<string, number>): void {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  let integrity: string
  try {
    integrity = String((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check)
  } finally {
    db.close()
  }
  if (integrity !== 'ok') throw new BackupError('restore.database_corrupt', `恢复后的数据库完整性检查未通过：${integrity}`)
  const { tables } = readSnapshotFacts(file)
  const differing = Object.keys({ ...tables, ...expectedTables }).filter((name) => tables[name] !== expectedTables[name])
  if (differing.length > 0) {
    throw new BackupError('restore.count_mismatch', `恢复后的数据库与清单记录的行数不一致：${differing.join('、')}`)
  }
}
