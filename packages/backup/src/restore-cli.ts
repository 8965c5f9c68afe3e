// npm run restore -- <snapshot directory>: restore a snapshot into the empty data directory npm start would use.
import { BackupError } from './backup-error.js'
import { runCommand } from './cli.js'
import { dataPaths } from './data-paths.js'
import { restoreSnapshot } from './restore-snapshot.js'

runCommand('恢复', async (config, log) => {
  const snapshot = process.argv[2]
  if (!snapshot) throw new BackupError('restore.snapshot_missing', '请指定要恢复的快照目录：npm run restore -- <快照目录>')
  const paths = dataPaths(config, 'restore')
  await restoreSnapshot({ snapshot, paths, cmsPort: config.cmsPort, log })
  log('完成：用同样的环境变量运行 npm start 即可启动恢复后的平台')
})
