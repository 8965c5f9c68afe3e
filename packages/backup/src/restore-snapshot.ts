import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

import { PERSISTED_SECRETS } from '@govsite/node-kit'

import { BackupError } from './backup-error.js'
import type { DataPaths } from './data-paths.js'
import { copyWithDigest, syncPath } from './file-digest.js'
import { readManifest, SNAPSHOT_LAYOUT, verifySnapshot, type Manifest, type ManifestFile } from './manifest.js'
import { checkRestoredDatabase } from './sqlite-snapshot.js'
import { cmsAnswers, isEmptyTree } from './target-state.js'

export interface RestoreSnapshotOptions {
  snapshot: string
  paths: DataPaths
  /** Port a CMS using this environment listens on: restoring under a running CMS is refused. */
  cmsPort: number
  log: (line: string) => void
}

/**
 * Restore a snapshot into an empty data directory, leaving what `npm start` (with the same
 * environment) uses as is: the database at DATABASE_URL, the media in MEDIA_DIR, the secret
 * files (mode 600) in SECRETS_DIR. Every checksum is verified before anything is written, each
 * file again as it is copied, and the restored database is checked (integrity, rows per table).
 * A failure removes what this restore wrote.
 */
export async function restoreSnapshot({ snapshot, paths, cmsPort, log }: RestoreSnapshotOptions): Promise<Manifest> {
  const source = resolve(snapshot)
  const manifest = await readManifest(source)
  log(
    `快照 ${source}：${manifest.createdAt} 制作，GovSite ${manifest.govsite.version}${manifest.govsite.commit ? `（${manifest.govsite.commit.slice(0, 12)}）` : ''}，迁移 ${manifest.database.migrations.at(-1) ?? '无'}`,
  )
  await verifySnapshot(source, manifest, log)
  await refuseUnlessEmpty(paths, manifest, cmsPort)

  const written: string[] = []
  const restoreFile = async (file: ManifestFile, target: string) => {
    await mkdir(dirname(target), { recursive: true, mode: 0o700 })
    written.push(target)
    const digest = await copyWithDigest(join(source, file.path), target, 0o600)
    if (digest.sha256 !== file.sha256) throw new BackupError('restore.checksum_mismatch', `复制 ${file.path} 时校验值改变（快照在恢复期间被改动？）`)
  }
  try {
    const media = manifest.files.filter((file) => file.path.startsWith(`${SNAPSHOT_LAYOUT.media}/`))
    for (const file of media) await restoreFile(file, join(paths.mediaDir, file.path.slice(SNAPSHOT_LAYOUT.media.length + 1)))
    await mkdir(paths.mediaDir, { recursive: true, mode: 0o700 })
    log(`媒体文件：已恢复 ${media.length} 个到 ${paths.mediaDir}`)
    for (const { variable, file } of PERSISTED_SECRETS) {
      const entry = manifest.files.find((candidate) => candidate.path === `${SNAPSHOT_LAYOUT.secrets}/${file}`)
      if (entry) await restoreFile(entry, join(paths.secretsDir, file))
      else log(`${variable}：快照中没有（备份时由环境变量提供），请用原来的值启动`)
    }
    if (manifest.secrets.length > 0) log(`密钥文件：已恢复 ${manifest.secrets.join('、')} 到 ${paths.secretsDir}（权限 600）`)

    // The database last, under a temporary name: a data directory with a database file is a complete one.
    const databaseEntry = manifest.files.find((file) => file.path === SNAPSHOT_LAYOUT.database)!
    const staging = `${paths.databaseFile}.restoring`
    await restoreFile(databaseEntry, staging)
    checkRestoredDatabase(staging, manifest.database.tables)
    await rename(staging, paths.databaseFile)
    written.push(paths.databaseFile)
    await syncPath(dirname(paths.databaseFile))
    log(`数据库：已恢复到 ${paths.databaseFile}（完整性检查通过，${Object.keys(manifest.database.tables).length} 张表的行数与清单一致）`)
    return manifest
  } catch (error) {
    for (const file of written.reverse()) await rm(file, { force: true })
    throw error
  }
}

async function refuseUnlessEmpty(paths: DataPaths, manifest: Manifest, cmsPort: number): Promise<void> {
  const databaseDir = dirname(paths.databaseFile)
  for (const directory of [databaseDir, paths.mediaDir]) {
    if (!(await isEmptyTree(directory))) {
      throw new BackupError('restore.target_not_empty', `目标目录 ${directory} 不是空的；恢复只写入空的数据目录，请先移走现有数据`)
    }
  }
  for (const { file: name } of PERSISTED_SECRETS) {
    const file = join(paths.secretsDir, name)
    if (manifest.files.some((entry) => entry.path === `${SNAPSHOT_LAYOUT.secrets}/${name}`) && existsSync(file))
      throw new BackupError('restore.target_not_empty', `密钥文件 ${file} 已存在；恢复只写入空的数据目录，请先移走现有数据`)
  }
  if (await cmsAnswers(cmsPort)) {
    throw new BackupError('restore.cms_running', `端口 ${cmsPort} 上有 CMS 在运行（CMS_PORT），请先停止它再恢复`)
  }
}
