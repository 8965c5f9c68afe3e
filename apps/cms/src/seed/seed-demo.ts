import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

export const DEMO_SITE = { name: '示例市人民政府', slug: 'portal', domain: 'www.example.gov.cn' } as const

const DEMO_PORTAL_DETAILS = {
  kind: 'city-portal',
  status: 'online',
  siteCode: '6101000001',
  icpNumber: '陕ICP备05001234号',
  securityRecordNumber: '陕公网安备 61010202000123号',
  hostOrganization: '示例市人民政府办公室',
  operatorOrganization: '示例市大数据管理局',
  contactPhone: '029-12345678',
  contactEmail: 'webmaster@example.gov.cn',
  contactAddress: '示例市中心区人民路1号',
  creditCode: '11610100MB2955123X',
} as const

export const DEMO_ACCOUNTS = [
  { email: 'admin@example.gov.cn', name: '平台管理员', platformRole: 'platform-admin' },
  { email: 'editor@example.gov.cn', name: '示例编辑', siteRole: 'editor' },
  { email: 'reviewer@example.gov.cn', name: '示例审核员', siteRole: 'reviewer' },
] as const

export type SeedOutcome = 'seeded' | 'skipped'

/**
 * Seed the demo platform on an empty database only: once anyone has an account, restarts
 * never re-seed or duplicate. All or nothing, so a failed seed leaves the database empty.
 */
export async function seedDemo(payload: Payload, password: string): Promise<SeedOutcome> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return 'skipped'

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const site = await payload.create({
      collection: 'sites',
      data: { name: DEMO_SITE.name, slug: DEMO_SITE.slug, englishDomain: DEMO_SITE.domain, ...DEMO_PORTAL_DETAILS },
      req,
    })
    await payload.create({
      collection: 'columns',
      data: { site: site.id, name: '工作动态', slug: 'news', kind: 'news', order: 1, showOnHomepage: true },
      req,
    })
    for (const account of DEMO_ACCOUNTS) {
      await payload.create({
        collection: 'users',
        data: {
          email: account.email,
          name: account.name,
          password,
          ...('platformRole' in account
            ? { platformRole: account.platformRole }
            : { siteRoles: [{ site: site.id, role: account.siteRole }] }),
        },
        req,
      })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }

  payload.logger.warn(
    `已创建演示数据：站点 ${DEMO_SITE.domain}，账号 ${DEMO_ACCOUNTS.map((a) => a.email).join('、')}，` +
      `密码“${password}”。请在正式使用前修改这些密码！(demo accounts created; change their passwords)`,
  )
  return 'seeded'
}
