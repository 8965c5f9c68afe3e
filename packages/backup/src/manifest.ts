import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { z } from 'zod'

import { BackupError } from './backup-error.js'
import { digestOf } from './file-digest.js'

export const MANIFEST_FILE = 'manifest.json'
export const SNAPSHOT_FORMAT = 'govsite-snapshot/1'
/** Where each part of the data sits inside a snapshot directory. */
export const SNAPSHOT_LAYOUT = { database: 'database/govsite.db', media: 'media', secrets: 'secrets' } as const

const fileEntry = z.strictObject({
  /** The database, or one file directly under media/ or secrets/: nothing can point outside the snapshot or the target. */
  path: z.string().regex(/^(?:database\/govsite\.db|(?:media|secrets)\/(?!\.\.?$)[^/\\]+)$/),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

export const manifestSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  createdAt: z.iso.datetime(),
  govsite: z.strictObject({ version: z.string(), commit: z.string().nullable() }),
  database: z.strictObject({
    kind: z.literal('sqlite'),
    /** Applied migrations, oldest first: the schema level of the snapshot. */
    migrations: z.array(z.string()),
    /** Rows per table, checked again after a restore. */
    tables: z.record(z.string(), z.number().int().nonnegative()),
  }),
  /** The variables whose generated secret files the snapshot carries (the others came from the environment). */
  secrets: z.array(z.string()),
  /** Every file of the snapshot but the manifest, relative to the snapshot directory. */
  files: z.array(fileEntry),
})

export type Manifest = z.output<typeof manifestSchema>
export type ManifestFile = z.output<typeof fileEntry>

export async function readManifest(snapshot: string): Promise<Manifest> {
  let text: string
  try {
    text = await readFile(join(snapshot, MANIFEST_FILE), 'utf8')
  } catch (error) {
    throw new BackupError(
      'restore.manifest_missing',
      `${snapshot} 不是 GovSite 快照：读不到 ${MANIFEST_FILE}（${(error as NodeJS.ErrnoException).code ?? String(error)}）`,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BackupError('restore.manifest_invalid', `快照清单 ${MANIFEST_FILE} 不是有效的 JSON`)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new BackupError('restore.manifest_invalid', `快照清单格式不正确（${first?.path.join('.') || '根'}：${first?.message ?? '未知错误'}）`)
  }
  if (!parsed.data.files.some((file) => file.path === SNAPSHOT_LAYOUT.database)) {
    throw new BackupError('restore.manifest_invalid', `快照清单中没有数据库文件 ${SNAPSHOT_LAYOUT.database}`)
  }
  return parsed.data
}

/** Every file the manifest lists is in the snapshot with its size and SHA-256, before anything is restored. */
export async function verifySnapshot(snapshot: string, manifest: Manifest, log: (line: string) => void): Promise<void> {
  let checked = 0
  for (const file of manifest.files) {
    let actual
    try {
      actual = await digestOf(join(snapshot, file.path))
    } catch (error) {
      throw new BackupError(
        'restore.file_missing',
        `快照缺少文件 ${file.path}（${(error as NodeJS.ErrnoException).code ?? String(error)}），快照不完整，不能恢复`,
      )
    }
    if (actual.size !== file.size || actual.sha256 !== file.sha256) {
      throw new BackupError('restore.checksum_mismatch', `快照文件 ${file.path} 的校验值与清单不符（已损坏或被改动），不能恢复`)
    }
    checked++
    if (checked % 500 === 0) log(`已校验 ${checked}/${manifest.files.length} 个文件`)
  }
  log(`校验通过：${manifest.files.length} 个文件的大小和 SHA-256 与清单一致`)
}
