// npm run backup [-- <snapshot directory>]: snapshot the data npm start uses into BACKUP_DIR/<time>/.
import { join, resolve } from 'node:path'

import { REPO_ROOT, runCommand } from './cli.js'
import { createSnapshot, formatBytes, snapshotName } from './create-snapshot.js'
import { dataPaths } from './data-paths.js'
import { govsiteVersion } from './govsite-version.js'

runCommand('备份', async (config, log) => {
  const paths = dataPaths(config, 'backup')
  const target = resolve(process.argv[2] ?? join(config.backupDir, snapshotName(new Date())))
  log(`开始：${paths.databaseFile}、${paths.mediaDir} → ${target}`)
  const manifest = await createSnapshot({ paths, target, govsite: govsiteVersion(REPO_ROOT), log })
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0)
  log(`完成：${target}（${manifest.files.length} 个文件，${formatBytes(bytes)}；恢复：npm run restore -- ${target}）`)
})
