import type { QualityFinding, SecurityFinding } from '@govsite/domain'
import type { Payload } from 'payload'

import type { ContentQualityFinding } from '../payload-types'
import { idOf } from '../shared/relation-id'
import { QUALITY_FINDINGS } from './quality-findings-collection'

export interface QualityFacts {
  /** 严重错误 and 违规内容, as `serious-error` and `prohibited-content` findings of R-VETO-SECURITY. */
  securityFindings: SecurityFinding[]
  /** 错别字, for the content quality rule. */
  qualityFindings: QualityFinding[]
}

/**
 * R-VETO-SECURITY, R-DAILY-INSPECT: the content quality findings of each site as they stood at
 * `now` (found by then, not resolved by then), in one query. Security ids are prefixed so they
 * never meet a dangerous link's id in a rectification key.
 */
export async function readQualityFacts(payload: Payload, siteIds: string[], now: Date): Promise<Map<string, QualityFacts>> {
  const facts = new Map<string, QualityFacts>(siteIds.map((id) => [id, { securityFindings: [], qualityFindings: [] }]))
  if (siteIds.length === 0) return facts
  const at = now.toISOString()
  const { docs } = await payload.find({
    collection: QUALITY_FINDINGS,
    where: {
      and: [
        { site: { in: siteIds } },
        { firstFoundAt: { less_than_equal: at } },
        { or: [{ resolvedAt: { exists: false } }, { resolvedAt: { greater_than: at } }] },
      ],
    },
    sort: 'firstFoundAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const row of docs as ContentQualityFinding[]) {
    const site = facts.get(idOf(row.site) ?? '')
    if (!site) continue
    const title = row.documentTitle ?? row.documentId
    if (row.list !== 'typo') {
      site.securityFindings.push({
        id: `content-${row.id}`,
        kind: row.list === 'serious' ? 'serious-error' : 'prohibited-content',
        foundAt: new Date(row.firstFoundAt),
        detail: row.list === 'serious' ? `《${title}》中“${row.wrong}”应为“${row.right}”` : `《${title}》${row.detail ?? `含有“${row.wrong}”`}`,
        url: row.adminPath ?? null,
        documentId: row.documentId,
        columnId: idOf(row.column),
      })
    } else {
      site.qualityFindings.push({
        id: String(row.id),
        foundAt: new Date(row.firstFoundAt),
        wrong: row.wrong,
        right: row.right ?? '',
        documentTitle: title,
        documentId: row.documentId,
        columnId: idOf(row.column),
      })
    }
  }
  return facts
}
