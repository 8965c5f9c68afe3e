import type { DemoSiteSlug } from './demo-sites'
import type { SiteTeam } from './publish-as'

export const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The supervision demo's story (R-DAILY-INSPECT), in days before the seeding at which each site's
 * content was published, so the dashboard shows every state whatever day the demo starts:
 * - 市政府 (portal): up to date;
 * - 发改委 (fgw): 12 days old, so yesterday's inspection warned (首页 10 days without updates) and
 *   opened an order; today a new 工作动态 article fixes it and today's inspection closes the order (合格);
 * - 教育局 (jyj): 11 days old: 预警, its 工作动态 and homepage go stale in 3 days;
 * - 示例县 (county): 20 days old: 不合格 (首页 and 工作动态 stale), with a consultation unanswered
 *   for over 3 months (`demo-interaction.ts`).
 */
export const DEMO_SITE_AGE_DAYS: Record<DemoSiteSlug, number> = { portal: 0, fgw: 12, jyj: 11, county: 20 }

/** Each site's team working at its site's age before `seededAt`. */
export function teamsOnTimeline(teams: Record<DemoSiteSlug, SiteTeam>, seededAt: Date): Record<DemoSiteSlug, SiteTeam> {
  return Object.fromEntries(
    Object.entries(teams).map(([site, team]) => {
      const days = DEMO_SITE_AGE_DAYS[site as DemoSiteSlug]
      return [site, days === 0 ? team : { ...team, worksAt: new Date(seededAt.getTime() - days * DAY_MS) }]
    }),
  ) as Record<DemoSiteSlug, SiteTeam>
}

/** When a site's team works: its time on the timeline, or now. */
export const workTime = (team: SiteTeam, now: Date): Date => team.worksAt ?? now
