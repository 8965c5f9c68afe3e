import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'

import { auditMediaDelete, fingerprintStoredFile, keepSystemMediaFields } from '../content/media-file'
import { refuseChangingBoundMedia } from '../content/media-guard'
import { readLiveMediaOrOwnSites, siteAdminsOfOwnSites, writeOwnSites } from '../access/site-scoped-access'
import { Refusal } from '../shared/refusal'
import { scoped } from '../access/relationship-scope'

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp']
const DOCUMENT_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
]

const MB = 1024 * 1024
export const IMAGE_MAX_BYTES = 10 * MB
export const ATTACHMENT_MAX_BYTES = 50 * MB

/** Images up to 10 MB, documents and archives up to 50 MB: stated in Chinese before anything is stored. */
const checkFileSize: CollectionBeforeOperationHook = ({ args, req }) => {
  const file = req.file
  if (!file) return args
  const image = IMAGE_TYPES.includes(file.mimetype)
  const limit = image ? IMAGE_MAX_BYTES : ATTACHMENT_MAX_BYTES
  if (file.size > limit) {
    throw new Refusal(400, 'media.too_large', `${image ? '图片' : '附件'}不能超过 ${limit / MB} MB（当前 ${(file.size / MB).toFixed(1)} MB）`)
  }
  return args
}

/**
 * `/api/media/file/<name>` for a name with no file on disk: 404. Payload's own file handler would
 * answer a bare 500 (it logs a missing file as a server fault); a file it has is served by it.
 */
function missingFileIs404(staticDir: string) {
  const answer = async (req: PayloadRequest, filename: string): Promise<Response | undefined> => {
    const directory = path.resolve(staticDir)
    const file = path.resolve(directory, filename)
    if (!file.startsWith(directory + path.sep)) return undefined
    const found = await stat(file).catch(() => null)
    if (found?.isFile()) return undefined
    req.payload.logger.warn(`媒体文件不存在：${filename}`)
    return Response.json({ code: 'media.file_missing', message: '文件不存在或已被删除' }, { status: 404, headers: { 'cache-control': 'no-store' } })
  }
  // Payload's type lists a Response or nothing as two promise types; it serves the file itself when nothing comes back.
  return (req: PayloadRequest, { params }: { params: { filename: string } }) => answer(req, params.filename) as Promise<Response>
}

/**
 * 媒体: images and attachments of one site; images need alt text for accessibility. What the
 * public gets of a file is bound by the approval of the content referencing it
 * (R-REVIEW-BEFORE-PUBLISH): the CMS fingerprints every stored file, and media referenced by
 * content under review, approved or live cannot be changed in place.
 */
export function mediaCollection(staticDir: string): CollectionConfig {
  return {
    slug: 'media',
    labels: { singular: { zh: '媒体文件', en: 'Media' }, plural: { zh: '媒体文件', en: 'Media' } },
    admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'site', 'mimeType', 'filesize'], group: { zh: '内容管理', en: 'Content' } },
    access: { read: readLiveMediaOrOwnSites, create: writeOwnSites, update: writeOwnSites, delete: siteAdminsOfOwnSites },
    upload: { staticDir, mimeTypes: [...IMAGE_TYPES, ...DOCUMENT_TYPES], handlers: [missingFileIs404(staticDir)] },
    hooks: {
      beforeOperation: [checkFileSize, refuseChangingBoundMedia],
      beforeChange: [keepSystemMediaFields],
      afterChange: [fingerprintStoredFile],
      afterDelete: [auditMediaDelete],
    },
    fields: [
      {
        name: 'site',
        type: 'relationship',
        relationTo: 'sites',
        required: true,
        index: true,
        custom: scoped('own-site'),
        label: { zh: '所属站点', en: 'Site' },
      },
      {
        name: 'alt',
        type: 'text',
        label: { zh: '替代文字', en: 'Alt text' },
        admin: { description: { zh: '图片必填：为视障用户描述图片内容', en: 'Required for images' } },
        validate: (value: null | string | undefined, { siblingData, req }: { siblingData: Record<string, unknown>; req: { file?: { mimetype: string } } }) => {
          const mimeType = String(siblingData.mimeType ?? req.file?.mimetype ?? '')
          return IMAGE_TYPES.includes(mimeType) && !value?.trim() ? '图片必须填写替代文字（alt）' : true
        },
      },
      { name: 'caption', type: 'text', label: { zh: '说明', en: 'Caption' } },
      {
        name: 'sha256',
        type: 'text',
        label: { zh: '文件指纹（SHA-256）', en: 'File SHA-256' },
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: { zh: '系统根据存储的文件计算，审核通过的内容绑定此指纹', en: 'Computed from the stored file' },
        },
      },
      {
        name: 'live',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: { zh: '已用于已发布内容', en: 'Used by published content' },
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: { zh: '公众只能访问已发布内容引用的文件', en: 'Visitors get only files of published content' },
        },
      },
    ],
  }
}
