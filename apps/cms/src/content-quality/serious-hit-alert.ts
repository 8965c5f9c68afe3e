import type { Payload } from 'payload'

import { notify } from '../notifications/notify'
import { alertSeriousError } from '../notifications/supervision-alerts'
import type { DocumentHit } from './document-hits'

export interface SeriousHit {
  site: string
  documentCollection: string
  documentId: string
  documentTitle: string
  editor: string | null
  hit: DocumentHit
}

/**
 * R-VETO-SECURITY: a 严重表述错误 or prohibited content newly found in published content, told at
 * once to the site's people and the editor (urgent, at most once per problem, site and day).
 */
export async function alertSeriousHit(payload: Payload, found: SeriousHit, now: Date): Promise<void> {
  const site = await payload.findByID({ collection: 'sites', id: found.site, depth: 0, disableErrors: true, overrideAccess: true })
  const siteName = site?.name ?? found.site
  const document = { collection: found.documentCollection, id: found.documentId, title: found.documentTitle, editor: found.editor }
  const { hit } = found
  if (hit.right !== null) {
    await alertSeriousError(payload, { site: found.site, siteName, wrong: hit.wrong, right: hit.right, document }, now)
    return
  }
  await notify(
    payload,
    {
      kind: 'serious-error',
      subject: `${document.collection}:${document.id}:${hit.key}`,
      site: found.site,
      editor: document.editor,
      values: { site: siteName, title: `违规内容“${hit.wrong}”` },
      body: `已发布的《${document.title}》中${hit.detail ?? `含有违规内容“${hit.wrong}”`}。请立即删除或撤下该信息。`,
      link: `/admin/collections/${document.collection}/${document.id}`,
    },
    now,
  )
}
