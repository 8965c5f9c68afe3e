import { publicPageOfUrl } from '@govsite/domain'
import type { Payload } from 'payload'

import { idOf } from '../shared/relation-id'

/** Who answers for a page: the document it shows, its column and the editor responsible. */
export interface PageOwner {
  documentCollection: string | null
  documentId: string | null
  documentTitle: string | null
  columnId: string | null
  editorId: string | null
  adminPath: string | null
}

const NOBODY: PageOwner = { documentCollection: null, documentId: null, documentTitle: null, columnId: null, editorId: null, adminPath: null }

/**
 * R-DAILY-INSPECT: the document, column and editor behind a page of the site, read back from the
 * page's public address (`publicPageOfUrl`): a document page names the document, its column and
 * its author (撰稿人); a column page the column; other pages (the homepage, search) nobody.
 */
export async function ownerOfPage(payload: Payload, siteId: string, pageUrl: string, siteAddress: string): Promise<PageOwner> {
  const page = publicPageOfUrl(pageUrl, siteAddress)
  if (page.kind === 'document') {
    const doc = (await payload.findByID({ collection: page.collection, id: page.id, depth: 0, overrideAccess: true, disableErrors: true })) as Record<
      string,
      unknown
    > | null
    if (!doc || idOf(doc.site) !== siteId) return NOBODY
    const title = typeof doc.title === 'string' ? doc.title : typeof doc.question === 'string' ? doc.question : null
    return {
      documentCollection: page.collection,
      documentId: String(doc.id),
      documentTitle: title,
      columnId: idOf(doc.column),
      editorId: idOf(doc.author),
      adminPath: `/admin/collections/${page.collection}/${String(doc.id)}`,
    }
  }
  if (page.kind === 'column') {
    const found = await payload.find({
      collection: 'columns',
      where: { and: [{ site: { equals: siteId } }, { slug: { equals: page.slug } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const column = found.docs[0]
    if (!column) return NOBODY
    return { ...NOBODY, columnId: String(column.id), adminPath: `/admin/collections/columns/${String(column.id)}` }
  }
  return NOBODY
}
