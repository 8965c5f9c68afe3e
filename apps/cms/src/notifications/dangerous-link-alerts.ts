import type { CollectionSlug, Payload } from 'payload'

import type { DangerousLinkAlert } from '../monitoring/danger-alerts'
import { currentTime } from '../shared/clock'
import { alertDangerousLink, type FindingDocument } from './supervision-alerts'

/** R-VETO-SECURITY: the link checker's report of a dangerous link, told at once to the site's people and the document's editor. */
export async function alertOnDangerousLink(alert: DangerousLinkAlert, payload: Payload): Promise<void> {
  const site = await payload.findByID({ collection: 'sites', id: alert.siteId, depth: 0, disableErrors: true, overrideAccess: true })
  let document: FindingDocument | null = null
  if (alert.documentCollection && alert.documentId) {
    const found = (await payload.findByID({
      collection: alert.documentCollection as CollectionSlug,
      id: alert.documentId,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })) as { title?: unknown } | null
    document = { collection: alert.documentCollection, id: alert.documentId, title: String(found?.title ?? alert.pageUrl), editor: alert.editorId }
  }
  await alertDangerousLink(
    payload,
    { site: alert.siteId, siteName: site?.name ?? alert.siteId, url: alert.targetUrl, page: alert.pageUrl, reason: alert.detail, document },
    currentTime(),
  )
}
