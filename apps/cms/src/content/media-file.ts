import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import type { Media } from '../payload-types'
import { writeAuditEntry } from '../audit/audit-entry'
import { currentTime } from '../shared/clock'
import { MEDIA_COLLECTION } from '../workflow/referenced-media'
import { idOf } from '../shared/relation-id'
import { Refusal } from '../shared/refusal'

/** What the public gets of a media document besides its bytes, with the names the audit log uses. */
export const PUBLIC_MEDIA_FIELDS: Readonly<Record<string, string>> = {
  filename: '文件名',
  mimeType: '文件类型',
  filesize: '文件大小',
  width: '宽度',
  height: '高度',
  focalX: '焦点',
  focalY: '焦点',
  alt: '替代文字',
  caption: '说明',
  site: '所属站点',
}

/** Describe the stored file; only a new upload changes them, never a client's value. */
const FILE_FIELDS = ['filename', 'mimeType', 'filesize', 'width', 'height'] as const

type Data = Record<string, unknown>

/** Relationship values compare by id; empty, null and missing alike. */
export const comparable = (value: unknown): string | null =>
  value === undefined || value === null || value === '' ? null : typeof value === 'object' ? idOf(value) : String(value)

/** The public fields that differ between two states of a media document, by their audit names. */
export function changedPublicFields(before: Data, after: Data): string[] {
  const names = Object.entries(PUBLIC_MEDIA_FIELDS)
    .filter(([name]) => name in after && comparable(after[name]) !== comparable(before[name]))
    .map(([, label]) => label)
  return [...new Set(names)]
}

/** SHA-256 of a file in the media directory, read from disk as the CMS stored it. */
export async function storedFileSha256(staticDir: string, filename: string): Promise<string> {
  const directory = path.resolve(staticDir)
  const file = path.resolve(directory, filename)
  if (!file.startsWith(directory + path.sep)) throw new Refusal(400, 'media.bad_filename', `文件名“${filename}”无效`)
  const hash = createHash('sha256')
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Refusal(400, 'media.file_missing', `媒体文件“${filename}”的存储文件不存在，请重新上传文件`)
    }
    throw error
  }
  return hash.digest('hex')
}

/**
 * The file's fingerprint and publication flag are the system's: whatever a client sends,
 * they keep their stored values here and `sha256` is computed once the file is stored.
 */
export const keepSystemMediaFields: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const original = (originalDoc ?? {}) as Data
  const next: Data = { ...data, sha256: original.sha256 ?? null, live: original.live ?? false }
  if (operation === 'update' && !req.file) for (const name of FILE_FIELDS) next[name] = original[name]
  return next
}

/**
 * R-REVIEW-BEFORE-PUBLISH: on every upload and change, hash the bytes the CMS stored (never a
 * client's claim) into `sha256`, and record the change in the audit log, in the same transaction.
 */
export const fingerprintStoredFile: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, operation, req, collection }) => {
  const sha256 = await storedFileSha256(collection.upload.staticDir ?? '', doc.filename ?? '')
  if (sha256 !== doc.sha256) {
    await req.payload.db.updateOne({ collection: MEDIA_COLLECTION, id: doc.id, data: { sha256 }, req, returning: false })
  }
  const stored = { ...doc, sha256 }
  const previous = (previousDoc ?? {}) as unknown as Data
  const fileChanged = operation === 'update' && sha256 !== previous.sha256
  const changed = operation === 'create' ? [] : [...(fileChanged ? ['文件'] : []), ...changedPublicFields(previous, stored as unknown as Data)]
  if (operation === 'update' && changed.length === 0) return stored
  await writeAuditEntry(req, {
    action: operation === 'create' ? 'media-upload' : 'media-update',
    targetCollection: MEDIA_COLLECTION,
    documentId: String(doc.id),
    site: idOf(doc.site),
    at: currentTime(),
    contentHash: sha256,
    comment:
      operation === 'create'
        ? `上传《${doc.filename}》（${doc.mimeType ?? '未知类型'}，${doc.filesize ?? 0} 字节）`
        : `修改《${doc.filename}》：${changed.join('、')}${fileChanged ? `；文件 SHA-256 ${String(previous.sha256 ?? '—')} → ${sha256}` : ''}`,
  })
  return stored
}

export const auditMediaDelete: CollectionAfterDeleteHook<Media> = async ({ doc, req }) => {
  await writeAuditEntry(req, {
    action: 'media-delete',
    targetCollection: MEDIA_COLLECTION,
    documentId: String(doc.id),
    site: idOf(doc.site),
    at: currentTime(),
    contentHash: doc.sha256 ?? null,
    comment: `删除《${doc.filename}》`,
  })
}
