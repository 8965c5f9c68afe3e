import type { SiteRole } from './roles.js'

export interface SiteRoleAssignment {
  site: string
  role: SiteRole
}

export const ROLE_SEPARATION_MESSAGE = '信息审核人员须与编辑发布人员分设'

/**
 * R-ROLE-SEPARATE: nobody is both 编辑发布人员 (editor) and 信息审核人员 (reviewer) of one site.
 * Returns the sites where an assignment list breaks the rule.
 */
export function findRoleSeparationConflicts(assignments: readonly SiteRoleAssignment[]): string[] {
  const rolesBySite = new Map<string, Set<SiteRole>>()
  for (const { site, role } of assignments) {
    const roles = rolesBySite.get(site) ?? new Set<SiteRole>()
    roles.add(role)
    rolesBySite.set(site, roles)
  }
  return [...rolesBySite].filter(([, roles]) => roles.has('editor') && roles.has('reviewer')).map(([site]) => site)
}
