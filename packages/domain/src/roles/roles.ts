/**
 * Platform-wide roles: the platform operator manages sites and users and sees everything; the
 * supervising office (监管单位) reads every site's inspection results and issues rectification orders.
 */
export const PLATFORM_ROLES = ['platform-admin', 'supervisor'] as const
export type PlatformRole = (typeof PLATFORM_ROLES)[number]

/**
 * Roles a user holds on one site. 编辑发布人员 (editor) and 信息审核人员 (reviewer) are
 * separate people per R-ROLE-SEPARATE; that rule is enforced where roles are assigned.
 */
export const SITE_ROLES = ['site-admin', 'editor', 'reviewer'] as const
export type SiteRole = (typeof SITE_ROLES)[number]

/** Site roles that write a site's content: editors and site admins. Reviewers only review (R-ROLE-SEPARATE). */
export const CONTENT_WRITER_ROLES = ['editor', 'site-admin'] as const satisfies readonly SiteRole[]

export const ROLE_LABELS: Readonly<Record<PlatformRole | SiteRole, { zh: string; en: string }>> = {
  'platform-admin': { zh: '平台管理员', en: 'Platform administrator' },
  supervisor: { zh: '监管人员', en: 'Supervisor' },
  'site-admin': { zh: '站点管理员', en: 'Site administrator' },
  editor: { zh: '编辑发布人员', en: 'Editor' },
  reviewer: { zh: '信息审核人员', en: 'Reviewer' },
}
