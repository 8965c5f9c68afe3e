import { addDays, chinaDate, type IsoDate } from '../../time/china-time.js'
import { columnFreshness, type ColumnFreshness } from '../column-freshness.js'
import { earlierDate, worseStatus, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import { daysFrom } from '../day-count.js'
import type { HomepageLayout, SiteComplianceInput } from '../site-summary.js'
import { VETO_LINES } from '../veto-lines.js'

/** A page R-VETO-HOME tests: the homepage, or one second-level page of a navigation-only homepage. */
export interface TestedPage {
  /** null for the homepage itself. */
  columnId: string | null
  name: string
  lastPublishedOn: IsoDate | null
  daysSincePublished: number | null
  status: RuleStatus
  warnOn: IsoDate | null
  failOn: IsoDate | null
}

export interface HomeEvidence {
  layout: HomepageLayout
  pages: TestedPage[]
}

function testPage(columnId: string | null, name: string, lastPublishedOn: IsoDate | null, today: IsoDate, settings: ComplianceSettings): TestedPage {
  if (lastPublishedOn === null) return { columnId, name, lastPublishedOn: null, daysSincePublished: null, status: 'fail', warnOn: null, failOn: null }
  const warnOn = addDays(lastPublishedOn, settings.homepageWarningDays)
  const failOn = addDays(lastPublishedOn, VETO_LINES.homepageDays)
  const status: RuleStatus = today >= failOn ? 'fail' : today >= warnOn ? 'warning' : 'pass'
  return {
    columnId,
    name,
    lastPublishedOn,
    daysSincePublished: daysFrom(lastPublishedOn, today),
    status,
    warnOn: status === 'pass' ? warnOn : null,
    failOn: status === 'fail' ? null : failOn,
  }
}

/**
 * R-VETO-HOME: the homepage has had no new content for 14 calendar days (China time: content of
 * 23:59 on 2026-11-30 makes the homepage stale from 2026-12-14, 00:00); warning from
 * `homepageWarningDays`. A navigation-only homepage is judged by every second-level page instead:
 * each published first-level column that should be updated, each held to the same lines.
 */
export function homeRule(
  site: SiteComplianceInput,
  now: Date,
  settings: ComplianceSettings,
  freshness: readonly ColumnFreshness[] = columnFreshness(site.columns, now, settings),
): RuleResult<HomeEvidence> {
  const today = chinaDate(now)
  const { layout } = site.homepage
  const pages =
    layout === 'content'
      ? [testPage(null, '首页', site.homepage.lastPublishedAt ? chinaDate(site.homepage.lastPublishedAt) : null, today, settings)]
      : freshness
          .filter((column) => column.published && column.level === 1 && column.expectation.type === 'interval')
          .map((column) => testPage(column.columnId, column.name, column.lastPublishedOn, today, settings))
  const status = pages.reduce<RuleStatus>((worst, page) => worseStatus(worst, page.status), 'pass')
  const forecast = {
    warnOn: status === 'pass' ? pages.reduce<IsoDate | null>((first, page) => earlierDate(first, page.warnOn), null) : null,
    failOn: status === 'fail' ? null : pages.reduce<IsoDate | null>((first, page) => earlierDate(first, page.failOn), null),
  }
  return { rule: 'R-VETO-HOME', status, summary: homeSummary(layout, pages, status, settings), evidence: { layout, pages }, forecast }
}

function homeSummary(layout: HomepageLayout, pages: TestedPage[], status: RuleStatus, settings: ComplianceSettings): string {
  const worst = pages.filter((page) => page.status === status)
  const describe = (page: TestedPage) =>
    page.daysSincePublished === null ? `${page.name}无发布时间可见的信息` : `${page.name}已 ${page.daysSincePublished} 天未更新`
  if (layout === 'navigation' && pages.length === 0) return '首页仅为栏目导航，且没有需检查的二级页面'
  if (status === 'pass')
    return layout === 'content'
      ? `首页 ${settings.homepageWarningDays} 天内有更新`
      : `首页仅为栏目导航，${pages.length} 个二级页面均在 ${settings.homepageWarningDays} 天内有更新`
  const line = worst.map(describe).join('；')
  return status === 'fail' ? `${line}（满 ${VETO_LINES.homepageDays} 天即单项否决）` : `${line}（预警线 ${settings.homepageWarningDays} 天）`
}
