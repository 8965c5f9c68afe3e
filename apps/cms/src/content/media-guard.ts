import { decideMediaChange } from '@govsite/domain'
import { isolateObjectProperty, type Access, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'

import type { Media } from '../payload-types'
import { afterRollback } from '../database/after-commit'
import { writeAuditEntry } from '../audit/audit-entry'
import { currentTime } from '../shared/clock'
import { MEDIA_COLLECTION } from '../workflow/referenced-media'
import { idOf } from '../shared/relation-id'
import { isPlatformAdmin } from '../access/roles'
import { sitesWithRole } from '../access/site-membership'
import { Refusal } from '../shared/refusal'
import { changedPublicFields } from './media-file'
import { findMediaBinders, type MediaBinder } from '../workflow/media-usage'

type Data = Record<string, unknown>

interface OperationArgs {
  id?: string | number
  where?: Where
  data?: Data
  overrideAccess?: boolean
}

/** The admin's crop and resize send their edits in the query string; any of them rewrites the file. */
function editsStoredFile(req: PayloadRequest): boolean {
  const edits = (req.query as { uploadEdits?: unknown } | undefined)?.uploadEdits
  return typeof edits === 'object' && edits !== null && Object.keys(edits).length > 0
}

/** What this write changes of what the public gets of `media` (audit names; 文件 for the stored file). */
function changedFields(media: Media, data: Data | undefined, req: PayloadRequest): string[] {
  const fields = data ? changedPublicFields(media as unknown as Data, data) : []
  return req.file || editsStoredFile(req) ? ['文件', ...fields] : fields
}

/**
 * The media this operation would write: by id or by the bulk `where`, within what the acting user
 * may update or delete. Where access refuses, the operation goes on to Payload's own refusal.
 */
async function targetedMedia(req: PayloadRequest, access: Access | undefined, args: OperationArgs): Promise<Media[]> {
  const target: Where = args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? { id: { exists: false } })
  const allowed = args.overrideAccess || !access ? true : await access({ req, id: args.id === undefined ? undefined : String(args.id), data: args.data })
  if (allowed === false) return []
  const where = allowed === true ? target : { and: [target, allowed] }
  const found = await req.payload.find({
    collection: MEDIA_COLLECTION,
    where,
    depth: 0,
    pagination: false,
    ...(args.overrideAccess ? { overrideAccess: true } : { overrideAccess: false, user: req.user }),
    req,
  })
  return found.docs
}

/** The refusal is evidence of an attempt: record it once the refused operation has rolled back. */
async function recordRefusal(req: PayloadRequest, refused: { media: Media; fields: string[]; binders: MediaBinder[] }[], operation: 'update' | 'delete') {
  const at = currentTime()
  await afterRollback(req, async () => {
    const outside = isolateObjectProperty(req, 'transactionID')
    delete outside.transactionID
    for (const { media, fields, binders } of refused) {
      await writeAuditEntry(outside, {
        action: 'media-change-refused',
        targetCollection: MEDIA_COLLECTION,
        documentId: String(media.id),
        site: idOf(media.site),
        at,
        contentHash: media.sha256 ?? null,
        comment: `${operation === 'delete' ? '试图删除' : `试图修改（${fields.join('、')}）`}《${media.filename ?? media.id}》，该文件被以下内容引用：${binders.map((binder) => `${binder.collection} ${binder.id}（${binder.reviewState}）`).join('、')}`,
      })
    }
  })
}

/**
 * R-REVIEW-BEFORE-PUBLISH: media referenced by live content, or by content under review or
 * approved, cannot be replaced, edited or deleted in place — on REST (single and bulk), GraphQL,
 * the admin and the Local API alike. Runs before Payload deletes or writes any file, so a
 * refused write leaves the stored file and the document as they were; the attempt goes to the
 * audit log.
 */
export const refuseChangingBoundMedia: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const input = args as OperationArgs
  const targets = await targetedMedia(req, operation === 'delete' ? collection.access.delete : collection.access.update, input)
  const changes = targets
    .map((media) => ({ media, fields: operation === 'delete' ? ['文件'] : changedFields(media, input.data, req) }))
    .filter((change) => change.fields.length > 0)
  if (changes.length === 0) return args
  const binders = await findMediaBinders(
    req,
    changes.map((change) => String(change.media.id)),
  )
  const visibleSites = sitesWithRole(req.user)
  const named = binders.map((binder) => ({
    title: !req.user || isPlatformAdmin(req.user) || (binder.site !== null && visibleSites.includes(binder.site)) ? binder.title : '其他站点的内容',
    reviewState: binder.reviewState,
  }))
  const decision = decideMediaChange(named, operation)
  if (decision.ok) return args
  const refused = changes
    .map((change) => ({ ...change, binders: binders.filter((binder) => binder.mediaIds.includes(String(change.media.id))) }))
    .filter((change) => change.binders.length > 0)
  await recordRefusal(req, refused, operation)
  throw new Refusal(decision.status, decision.code, decision.message)
}
