import { chinaYear } from '@govsite/domain'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { currentTime } from '../shared/clock'

import { createDemoAccounts, DEMO_ACCOUNTS } from './demo-accounts'
import { seedDemoArticles } from './demo-articles'
import { createDemoColumns } from './demo-columns'
import { seedDemoInteraction } from './demo-interaction'
import { seedDemoMonitorHistory } from './demo-monitor-history'
import { seedDemoMonitoring } from './demo-monitoring'
import { seedDemoNotices } from './demo-notices'
import type { DemoPlatform } from './demo-platform'
import { seedDemoPolicies } from './demo-policies'
import { createDemoSites, DEMO_SITES } from './demo-sites'
import { seedDemoSupervision } from './demo-supervision'
import { teamsOnTimeline } from './demo-timeline'

export { DEMO_ACCOUNTS } from './demo-accounts'

const [portal] = DEMO_SITES

/** The city portal, which the quick start and the browser tests open. */
export const DEMO_SITE = { name: portal.name, slug: portal.slug, domain: portal.englishDomain } as const

export type SeedOutcome = 'seeded' | 'skipped'

/**
 * Seed the demo platform on an empty database only: once anyone has an account, restarts
 * never re-seed or duplicate. All or nothing, so a failed seed leaves the database empty.
 * Content is written by the demo editors and published through the review workflow, so it
 * carries the same approvals, 索引号, pins and audit entries as real content. Then the two
 * inspections of the supervision demo run (`demo-supervision.ts`), each in its own transaction.
 */
export async function seedDemo(payload: Payload, password: string): Promise<SeedOutcome> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return 'skipped'

  const seededAt = currentTime()
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  let platform: DemoPlatform
  try {
    const sites = await createDemoSites(req)
    const columns = await createDemoColumns(req, sites)
    const teams = teamsOnTimeline(await createDemoAccounts(req, password, sites), seededAt)
    platform = { req, sites, columns, teams, year: chinaYear(seededAt) }
    await seedDemoPolicies(platform)
    await seedDemoNotices(platform)
    await seedDemoArticles(platform)
    await seedDemoInteraction(platform)
    await seedDemoMonitoring(platform)
    await seedDemoMonitorHistory(platform, seededAt)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  await seedDemoSupervision(payload, platform, seededAt)

  payload.logger.warn(
    `已创建演示数据：站点 ${DEMO_SITES.map((site) => site.englishDomain).join('、')}，` +
      `账号 ${DEMO_ACCOUNTS.map((account) => account.email).join('、')}，` +
      `密码“${password}”。请在正式使用前修改这些密码！(demo accounts created; change their passwords)`,
  )
  return 'seeded'
}
