import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import type { DemoSiteSlug } from './demo-sites'
import type { SiteTeam } from './publish-as'

/**
 * One platform admin and, per site, an editor and a different reviewer (R-ROLE-SEPARATE). The
 * department pair works on both department sites, as a small 政务公开 office would.
 */
export const DEMO_ACCOUNTS = [
  { email: 'admin@example.gov.cn', name: '平台管理员', platformRole: 'platform-admin', siteRoles: [] },
  { email: 'editor@example.gov.cn', name: '示例编辑', siteRoles: [{ site: 'portal', role: 'editor' }] },
  { email: 'reviewer@example.gov.cn', name: '示例审核员', siteRoles: [{ site: 'portal', role: 'reviewer' }] },
  {
    email: 'dept-editor@example.gov.cn',
    name: '部门示例编辑',
    siteRoles: [
      { site: 'fgw', role: 'editor' },
      { site: 'jyj', role: 'editor' },
    ],
  },
  {
    email: 'dept-reviewer@example.gov.cn',
    name: '部门示例审核员',
    siteRoles: [
      { site: 'fgw', role: 'reviewer' },
      { site: 'jyj', role: 'reviewer' },
    ],
  },
  { email: 'county-editor@example.gov.cn', name: '县示例编辑', siteRoles: [{ site: 'county', role: 'editor' }] },
  { email: 'county-reviewer@example.gov.cn', name: '县示例审核员', siteRoles: [{ site: 'county', role: 'reviewer' }] },
] as const satisfies readonly {
  email: string
  name: string
  platformRole?: 'platform-admin'
  siteRoles: readonly { site: DemoSiteSlug; role: 'editor' | 'reviewer' }[]
}[]

/** Create the accounts and return each site's editor and reviewer, who then do the publishing. */
export async function createDemoAccounts(req: PayloadRequest, password: string, sites: Record<DemoSiteSlug, string>): Promise<Record<DemoSiteSlug, SiteTeam>> {
  const roles = {} as Record<DemoSiteSlug, { editor?: User; reviewer?: User }>
  for (const account of DEMO_ACCOUNTS) {
    const user = await req.payload.create({
      collection: 'users',
      data: { ...account, password, siteRoles: account.siteRoles.map(({ site, role }) => ({ site: sites[site], role })) },
      depth: 0,
      req,
    })
    for (const { site, role } of account.siteRoles) roles[site] = { ...roles[site], [role]: user }
  }
  return Object.fromEntries(
    Object.entries(roles).map(([site, { editor, reviewer }]) => {
      if (!editor || !reviewer) throw new Error(`demo site ${site} needs an editor and a reviewer`)
      return [site, { editor, reviewer }]
    }),
  ) as Record<DemoSiteSlug, SiteTeam>
}
