import { chinaYear } from '@govsite/domain'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { createDemoAccounts, DEMO_ACCOUNTS } from './demo-accounts'
import { seedDemoArticles } from './demo-articles'
import { createDemoColumns } from './demo-columns'
import { seedDemoInteraction } from './demo-interaction'
import { seedDemoMonitoring } from './demo-monitoring'
import { seedDemoNotices } from './demo-notices'
import { seedDemoPolicies } from './demo-policies'
import { createDemoSites, DEMO_SITES } from './demo-sites'

export { DEMO_ACCOUNTS } from './demo-accounts'

const [portal] = DEMO_SITES

/** The city portal, which the quick start and the browser tests open. */
export const DEMO_SITE = { name: portal.name, slug: portal.slug, domain: portal.englishDomain } as const

export type SeedOutcome = 'seeded' | 'skipped'

/**
 * Seed the demo platform on an empty database only: once anyone has an account, restarts
 * never re-seed or duplicate. All or nothing, so a failed seed leaves the database empty.
 * Content is written by the demo editors and published through the review workflow, so it
 * carries the same approvals, 索引号, pins and audit entries as real content.
 */
export async function seedDemo(payload: Payload, password: string): Promise<SeedOutcome> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return 'skipped'

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const sites = await createDemoSites(req)
    const columns = await createDemoColumns(req, sites)
    const teams = await createDemoAccounts(req, password, sites)
    const platform = { req, sites, columns, teams, year: chinaYear(new Date()) }
    await seedDemoPolicies(platform)
    await seedDemoNotices(platform)
    await seedDemoArticles(platform)
    await seedDemoInteraction(platform)
    await seedDemoMonitoring(platform)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }

  payload.logger.warn(
    `已创建演示数据：站点 ${DEMO_SITES.map((site) => site.englishDomain).join('、')}，` +
      `账号 ${DEMO_ACCOUNTS.map((account) => account.email).join('、')}，` +
      `密码“${password}”。请在正式使用前修改这些密码！(demo accounts created; change their passwords)`,
  )
  return 'seeded'
}
