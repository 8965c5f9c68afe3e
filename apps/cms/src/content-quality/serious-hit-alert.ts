import type { Payload } from 'payload'

import { alertSeriousError } from '../notifications/supervision-alerts'

export interface SeriousHit {
  site: string
  documentCollection: string
  documentId: string
  documentTitle: string
  editor: string | null
  wrong: string
  right: string
}

/** R-VETO-SECURITY: a 严重表述错误 newly found in published content, told at once to the site's people and the editor. */
export async function alertSeriousHit(payload: Payload, hit: SeriousHit, now: Date): Promise<void> {
  const site = await payload.findByID({ collection: 'sites', id: hit.site, depth: 0, disableErrors: true, overrideAccess: true })
  await alertSeriousError(
    payload,
    {
      site: hit.site,
      siteName: site?.name ?? hit.site,
      wrong: hit.wrong,
      right: hit.right,
      document: { collection: hit.documentCollection, id: hit.documentId, title: hit.documentTitle, editor: hit.editor },
    },
    now,
  )
}
