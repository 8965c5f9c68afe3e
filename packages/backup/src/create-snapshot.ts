import { existsSync } from 'node:fs'
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'

import { PERSISTED_SECRETS } from '@govsite/node-kit'

import { BackupError } from './backup-error.js'
import type { DataPaths } from './data-paths.js'
import { copyWithDigest, digestOf, syncPath } from './file-digest.js'
import { MANIFEST_FILE, SNAPSHOT_FORMAT, SNAPSHOT_LAYOUT, type Manifest, type ManifestFile } from './manifest.js'
import { readSnapshotFacts, snapshotDatabase, type SnapshotFacts } from './sqlite-snapshot.js'

export interface CreateSnapshotOptions {
  paths: DataPaths
  /** The snapshot directory to create; it must not exist yet. */
  target: string
  govsite: Manifest['govsite']
  log: (line: string) => void
  now?: () => Date
}

/** Attempts at a snapshot whose media all exist as recorded (a file deleted meanwhile means a newer snapshot won't reference it). */
const ATTEMPTS = 3

/** `backups/2026-11-30T08-15-02Z`: sortable, no characters a shell or Windows share would mind. */
export function snapshotName(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')
}

/**
 * R-SEC-BACKUP: a snapshot of the embedded database, the media it references and the secrets
 * `npm start` generated, taken while the CMS runs, with a manifest (size and SHA-256 of every
 * file, GovSite version, migrations, rows per table) so a restore can prove it is complete.
 *
 * Order: the database first, then exactly the media files that snapshot references. A media
 * file is written completely before its row commits and is never rewritten in place, so each
 * referenced file can be copied as it is; files uploaded after the snapshot (or left by failed
 * uploads) are not taken, as the restored database would not know them. A referenced file that
 * is gone or has another size was deleted or replaced after the snapshot: the attempt is
 * discarded and a fresh snapshot taken. The work happens in `<target>.partial`, renamed when
 * complete, so a snapshot directory without that suffix is always whole.
 */
export async function createSnapshot({ paths, target, govsite, log, now = () => new Date() }: CreateSnapshotOptions): Promise<Manifest> {
  const finalDir = resolve(target)
  const workDir = `${finalDir}.partial`
  if (!existsSync(paths.databaseFile)) {
    throw new BackupError('backup.database_missing', `找不到数据库文件 ${paths.databaseFile}，请检查 DATABASE_URL`)
  }
  if (existsSync(finalDir) || existsSync(workDir)) throw new BackupError('backup.target_exists', `快照目录 ${finalDir} 已存在，不会覆盖`)
  await mkdir(dirname(finalDir), { recursive: true, mode: 0o700 })
  await mkdir(workDir, { mode: 0o700 })
  try {
    const createdAt = now()
    const { facts, files } = await snapshotWithMedia(paths, workDir, log)
    const secrets = await copySecrets(paths.secretsDir, workDir, log)
    const manifest: Manifest = {
      format: SNAPSHOT_FORMAT,
      createdAt: createdAt.toISOString(),
      govsite,
      database: { kind: 'sqlite', migrations: facts.migrations, tables: facts.tables },
      secrets: secrets.variables,
      files: [...files, ...secrets.files],
    }
    await writeFile(join(workDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
    await syncPath(join(workDir, MANIFEST_FILE))
    await rename(workDir, finalDir)
    await syncPath(dirname(finalDir))
    return manifest
  } catch (error) {
    await rm(workDir, { recursive: true, force: true })
    throw error
  }
}

async function snapshotWithMedia(paths: DataPaths, workDir: string, log: (line: string) => void): Promise<{ facts: SnapshotFacts; files: ManifestFile[] }> {
  const databaseCopy = join(workDir, SNAPSHOT_LAYOUT.database)
  const mediaCopy = join(workDir, SNAPSHOT_LAYOUT.media)
  for (let attempt = 1; ; attempt++) {
    await mkdir(dirname(databaseCopy), { recursive: true, mode: 0o700 })
    await mkdir(mediaCopy, { recursive: true, mode: 0o700 })
    log(`数据库快照（VACUUM INTO，独立只读事务）：${paths.databaseFile}`)
    snapshotDatabase(paths.databaseFile, databaseCopy)
    await chmod(databaseCopy, 0o600)
    await syncPath(databaseCopy)
    const facts = readSnapshotFacts(databaseCopy)
    const database = await digestOf(databaseCopy)
    log(`数据库快照完成：${formatBytes(database.size)}，${Object.keys(facts.tables).length} 张表，迁移 ${facts.migrations.at(-1) ?? '无'}`)
    const media = await copyMedia(facts, paths.mediaDir, mediaCopy, log)
    if (media.ok) return { facts, files: [{ path: SNAPSHOT_LAYOUT.database, ...database }, ...media.files] }
    if (attempt === ATTEMPTS) {
      throw new BackupError(
        'backup.media_missing',
        `数据库引用的媒体文件 ${media.missing} 在 ${paths.mediaDir} 中不存在或大小不符（已重试 ${ATTEMPTS} 次），请检查媒体目录`,
      )
    }
    log(`媒体文件 ${media.missing} 在快照之后被删除或替换，重新制作快照（第 ${attempt + 1} 次）`)
    await rm(dirname(databaseCopy), { recursive: true, force: true })
    await rm(mediaCopy, { recursive: true, force: true })
  }
}

type MediaCopy = { ok: true; files: ManifestFile[] } | { ok: false; missing: string }

async function copyMedia(facts: SnapshotFacts, mediaDir: string, mediaCopy: string, log: (line: string) => void): Promise<MediaCopy> {
  const files: ManifestFile[] = []
  let bytes = 0
  for (const { name, size } of facts.mediaFiles) {
    const source = resolve(mediaDir, name)
    // Payload stores plain file names; anything that would leave the media directory is not ours to copy.
    if (relative(mediaDir, source) !== basename(name)) throw new BackupError('backup.media_name_invalid', `媒体文件名“${name}”不合法`)
    let digest
    try {
      digest = await copyWithDigest(source, join(mediaCopy, name))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, missing: name }
      throw error
    }
    if (size !== null && digest.size !== size) return { ok: false, missing: name }
    files.push({ path: `${SNAPSHOT_LAYOUT.media}/${name}`, ...digest })
    bytes += digest.size
    if (files.length % 200 === 0) log(`媒体文件：已复制 ${files.length}/${facts.mediaFiles.length}`)
  }
  log(`媒体文件：${files.length} 个，${formatBytes(bytes)}（只复制数据库快照引用的文件）`)
  return { ok: true, files }
}

async function copySecrets(secretsDir: string, workDir: string, log: (line: string) => void): Promise<{ variables: string[]; files: ManifestFile[] }> {
  const variables: string[] = []
  const files: ManifestFile[] = []
  for (const { variable, file } of PERSISTED_SECRETS) {
    const source = join(secretsDir, file)
    if (!existsSync(source)) {
      log(`${variable}：${secretsDir} 中没有 ${file}（由环境变量提供），未放入快照；恢复后请用同一个值启动`)
      continue
    }
    await mkdir(join(workDir, SNAPSHOT_LAYOUT.secrets), { recursive: true, mode: 0o700 })
    const digest = await copyWithDigest(source, join(workDir, SNAPSHOT_LAYOUT.secrets, file), 0o600)
    variables.push(variable)
    files.push({ path: `${SNAPSHOT_LAYOUT.secrets}/${file}`, ...digest })
  }
  if (variables.length > 0) log(`密钥文件：${variables.join('、')}（权限 600；快照须与密钥同等保管）`)
  return { variables, files }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
