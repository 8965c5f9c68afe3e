import { createLocalReq, type CollectionSlug, type Payload } from 'payload'

import { storedFileSha256 } from './media-file'
import { refreshMediaLive } from '../workflow/media-usage'
import { MEDIA_COLLECTION, MEDIA_REFS_FIELD, referencedMediaIds } from '../workflow/referenced-media'
import { publishableCollections } from '../workflow/workflow-options'

/**
 * MongoDB has no migrations (SQLite does this in migration `20261201_171652_media_binding`). A
 * database from before files were bound to approvals has media without a `sha256`: at start-up,
 * fingerprint their stored files; when any was, derive every document's (and latest version's)
 * media references and which files are public, from the content as stored. Writes go to the
 * database directly: this is bookkeeping, not an edit of content or media.
 */
export async function backfillMediaBindings(payload: Payload): Promise<void> {
  const unhashed = await payload.find({
    collection: MEDIA_COLLECTION,
    where: { or: [{ sha256: { exists: false } }, { sha256: { equals: null } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const staticDir = payload.collections.media.config.upload.staticDir ?? ''
  let hashed = 0
  for (const media of unhashed.docs) {
    try {
      const sha256 = await storedFileSha256(staticDir, media.filename ?? '')
      await payload.db.updateOne({ collection: MEDIA_COLLECTION, id: media.id, data: { sha256 }, returning: false })
      hashed += 1
    } catch (error) {
      payload.logger.warn(`GovSite CMS：媒体文件“${String(media.filename)}”无法计算指纹（${(error as Error).message}），请重新上传`)
    }
  }
  if (hashed === 0) return

  const { docs: allMedia } = await payload.find({ collection: MEDIA_COLLECTION, depth: 0, pagination: false, overrideAccess: true, select: {} })
  const existing = new Set(allMedia.map((media) => String(media.id)))
  const refsOf = (fields: Parameters<typeof referencedMediaIds>[0], doc: Record<string, unknown>) =>
    referencedMediaIds(fields, doc).filter((id) => existing.has(id))
  for (const collection of publishableCollections(payload)) {
    const slug = collection as CollectionSlug
    const fields = payload.collections[slug].config.flattenedFields
    const { docs } = await payload.db.find({ collection: slug, pagination: false, limit: 0 })
    for (const doc of docs) {
      await payload.db.updateOne({ collection: slug, id: doc.id, data: { [MEDIA_REFS_FIELD]: refsOf(fields, doc) }, returning: false })
    }
    const versions = await payload.db.findVersions({ collection: slug, where: { latest: { equals: true } }, pagination: false, limit: 0 })
    for (const version of versions.docs) {
      const { id, ...record } = version
      const content = record.version as Record<string, unknown>
      await payload.db.updateVersion({
        collection: slug,
        id,
        versionData: { ...record, version: { ...content, [MEDIA_REFS_FIELD]: refsOf(fields, content) } },
        returning: false,
      })
    }
  }
  await refreshMediaLive(await createLocalReq({}, payload), [...existing])
}
