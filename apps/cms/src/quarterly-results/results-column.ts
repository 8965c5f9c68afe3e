import { columnCollection, type ColumnKind } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { COMPLIANCE_SETTINGS, RESULTS_COLUMN_PATTERN } from '../compliance/compliance-settings-global'
import { Refusal } from '../shared/refusal'
import { idOf } from '../shared/relation-id'

export interface ResultsColumn {
  id: string
  site: string
  name: string
  collection: 'articles' | 'notices'
}

/** The collection a column's kind takes the result as: notices for 通知公告, articles for the general kinds; none for policies and interpretations. */
function resultCollection(kind: ColumnKind): ResultsColumn['collection'] | null {
  const collection = columnCollection(kind)
  return collection === 'notices' || collection === 'articles' ? collection : null
}

/** The column `columnSlug` of the site `siteSlug`. */
async function columnAt(req: PayloadRequest, siteSlug: string, columnSlug: string) {
  const sites = await req.payload.find({ collection: 'sites', where: { slug: { equals: siteSlug } }, limit: 1, depth: 0, overrideAccess: true, req })
  const site = sites.docs[0]
  if (!site) return null
  const columns = await req.payload.find({
    collection: 'columns',
    where: { and: [{ site: { equals: site.id } }, { slug: { equals: columnSlug } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return columns.docs[0] ?? null
}

/** The city portal's first-level 通知公告 column: the default home of the public result. */
async function portalNoticesColumn(req: PayloadRequest) {
  const portals = await req.payload.find({
    collection: 'sites',
    where: { kind: { equals: 'city-portal' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const portal = portals.docs[0]
  if (!portal) return null
  const columns = await req.payload.find({
    collection: 'columns',
    where: { and: [{ site: { equals: portal.id } }, { kind: { equals: 'notices' } }, { parent: { exists: false } }] },
    sort: 'order',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return columns.docs[0] ?? null
}

/**
 * Where the quarter's public result is drafted: the column the compliance settings name (监管设置 ›
 * 季度检查结果发布栏目, `站点标识/栏目标识`), else the city portal's first-level 通知公告 column; 409 when there is none
 * or the configured one cannot hold a notice or an article.
 */
export async function resultsColumn(req: PayloadRequest): Promise<ResultsColumn> {
  const settings = await req.payload.findGlobal({ slug: COMPLIANCE_SETTINGS, depth: 0, overrideAccess: true, req })
  const configured = settings.quarterlyResultsColumn ? RESULTS_COLUMN_PATTERN.exec(settings.quarterlyResultsColumn) : null
  const column = configured ? await columnAt(req, configured[1]!, configured[2]!) : await portalNoticesColumn(req)
  if (!column) {
    throw new Refusal(
      409,
      'compliance.results_column_missing',
      configured
        ? `监管设置中的季度检查结果发布栏目“${settings.quarterlyResultsColumn}”不存在，请在“监管设置”中重新填写`
        : '市政府门户没有一级“通知公告”栏目，请先在“监管设置”中指定季度检查结果发布栏目',
    )
  }
  const collection = resultCollection(column.kind as ColumnKind)
  if (!collection) {
    throw new Refusal(409, 'compliance.results_column_missing', `栏目“${column.name}”只能发布政策文件或政策解读，请在“监管设置”中改选通知公告或文章类栏目`)
  }
  return { id: column.id, site: idOf(column.site) ?? '', name: column.name, collection }
}
