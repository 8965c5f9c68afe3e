/**
 * Site isolation (R-ROLE-SEPARATE: staff act only on the sites they hold a role on): what each
 * relationship or upload field may point at. Every such field declares one scope.
 *
 * - `own-site`: the field is the site the document belongs to; any site the writer may read.
 * - `same-site`: a document the writer may read, on the document's own site.
 * - `platform-site`: any site of the platform (a message handed to another site, 转办).
 * - `platform-admin`: set only by platform admins (account roles, a site's parent portal).
 * - `engine-only`: bookkeeping written by the system (workflow, audit, public intake), never by a client.
 */
export const RELATIONSHIP_SCOPES = ['own-site', 'same-site', 'platform-site', 'platform-admin', 'engine-only'] as const
export type RelationshipScope = (typeof RELATIONSHIP_SCOPES)[number]

export const isRelationshipScope = (value: unknown): value is RelationshipScope =>
  typeof value === 'string' && (RELATIONSHIP_SCOPES as readonly string[]).includes(value)

/** What the CMS found out about one referenced document, with the writer's own read access. */
export interface RelationshipTarget {
  /** The document exists (looked up without access control). */
  exists: boolean
  /** The writer may read it. */
  readable: boolean
  /** The sites it belongs to (a message: receiving and handling site; a site: itself). */
  sites: readonly string[]
}

export type RelationshipDecision = { ok: true } | { ok: false; status: 400 | 403; code: string; message: string }

/**
 * R-ROLE-SEPARATE (site isolation): may a client write this reference? Unreadable and missing
 * documents get the same answer, so a refusal never tells whether another site's document exists.
 */
export function decideRelationshipTarget(input: {
  scope: RelationshipScope
  fieldLabel: string
  platformAdmin: boolean
  /** The site of the document being written, when the scope needs it. */
  documentSite: string | null
  target: RelationshipTarget
}): RelationshipDecision {
  const { scope, fieldLabel, target } = input
  const unavailable = { ok: false, status: 400, code: 'relationship.target_unavailable', message: `“${fieldLabel}”所选的内容不存在或您无权访问` } as const
  switch (scope) {
    case 'engine-only':
      return { ok: false, status: 403, code: 'relationship.engine_only', message: `“${fieldLabel}”由系统记录，不能手动填写` }
    case 'platform-admin':
      if (!input.platformAdmin) return { ok: false, status: 403, code: 'relationship.platform_admin_only', message: `只有平台管理员可以设置“${fieldLabel}”` }
      return target.readable ? { ok: true } : unavailable
    case 'platform-site':
      return target.exists ? { ok: true } : unavailable
    case 'own-site':
      return target.readable ? { ok: true } : unavailable
    case 'same-site':
      if (!target.readable) return unavailable
      if (input.documentSite === null) return { ok: false, status: 400, code: 'relationship.site_required', message: `请先选择所属站点，再设置“${fieldLabel}”` }
      return target.sites.includes(input.documentSite)
        ? { ok: true }
        : { ok: false, status: 400, code: 'relationship.other_site', message: `“${fieldLabel}”只能选择本站点的内容，不能关联其他站点的内容` }
  }
}
