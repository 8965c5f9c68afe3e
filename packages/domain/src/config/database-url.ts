import { z } from 'zod'

export type DatabaseTarget = { kind: 'sqlite'; url: string; filePath: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_DATABASE_URL = 'file:./data/govsite.db'

/**
 * `file:` selects the embedded SQLite database, `mongodb://` or `mongodb+srv://` selects MongoDB.
 * Anything else is refused at start-up rather than failing later inside an adapter.
 */
export function parseDatabaseUrl(value: string): DatabaseTarget | { error: { code: string; message: string } } {
  if (value.startsWith('file:')) {
    const filePath = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (filePath === '' || filePath.endsWith('/')) {
      return {
        error: {
          code: 'config.database_file_missing',
          message: `DATABASE_URL 必须指向一个 SQLite 文件，例如 ${DEFAULT_DATABASE_URL}（当前为“${value}”）`,
        },
      }
    }
    return { kind: 'sqlite', url: value, filePath }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]
  return {
    error: {
      code: 'config.database_url_scheme',
      message: `DATABASE_URL 的协议${scheme ? `“${scheme}:”` : ''}不受支持，只能使用 file:（内置 SQLite）或 mongodb:// / mongodb+srv://（当前为“${value}”）`,
    },
  }
}

export const databaseUrlField = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const parsed = parseDatabaseUrl(raw ?? DEFAULT_DATABASE_URL)
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error.message, params: { code: parsed.error.code } })
        return z.NEVER
      }
      return parsed
    }),
)

/**
 * MongoDB transactions need a replica set (or a sharded cluster, which `mongodb+srv://` hosts
 * such as Atlas always are). A standalone server rejects them, so transactions are used only
 * when the URL names a replica set. URI option names are case-insensitive (`replicaset=` too).
 */
function mongoUrlSupportsTransactions(url: string): boolean {
  if (url.startsWith('mongodb+srv://')) return true
  const query = url.split('?')[1] ?? ''
  let replicaSet = false
  new URLSearchParams(query).forEach((value, name) => {
    if (name.toLowerCase() === 'replicaset' && value !== '') replicaSet = true
  })
  return replicaSet
}

/**
 * Whether the CMS runs multi-document writes in transactions on this database: always on
 * SQLite, on MongoDB only where the server accepts them. The adapter and the tests that need
 * rollbacks both decide with this.
 */
export function databaseSupportsTransactions(target: DatabaseTarget): boolean {
  return target.kind === 'sqlite' || mongoUrlSupportsTransactions(target.url)
}
