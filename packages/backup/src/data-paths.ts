import { resolve } from 'node:path'

import type { BackupConfig } from '@govsite/domain'

import { BackupError } from './backup-error.js'

/** Where the data of one GovSite installation lives, as absolute paths. */
export interface DataPaths {
  databaseFile: string
  mediaDir: string
  secretsDir: string
}

/**
 * The embedded database, media and generated secrets named by the environment `npm start` uses.
 * MongoDB has its own tools, which also keep a replica set's writes consistent: refused here.
 */
export function dataPaths(config: BackupConfig, task: 'backup' | 'restore', cwd = process.cwd()): DataPaths {
  if (config.database.kind === 'mongodb') {
    const tools = task === 'backup' ? 'mongodump --oplog' : 'mongorestore --oplogReplay'
    throw new BackupError(
      `${task}.mongodb_unsupported`,
      `DATABASE_URL 指向 MongoDB，本命令只处理内置 SQLite 数据库；MongoDB 请用 ${tools}，媒体目录另行备份（见 docs/operations.md）`,
    )
  }
  return {
    databaseFile: resolve(cwd, config.database.filePath),
    mediaDir: resolve(cwd, config.mediaDir),
    secretsDir: resolve(cwd, config.secretsDir),
  }
}
