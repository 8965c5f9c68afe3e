import {
  addCalendarMonths,
  chinaDate,
  COMPLIANCE_REPORT_API,
  ISO_MONTH_PATTERN,
  ISO_QUARTER_PATTERN,
  QUARTERLY_RESULTS_API,
  quarterOf,
  quarterRange,
} from '@govsite/domain'
import type { AdminViewServerProps } from 'payload'

import { isPlatformAdmin } from '../../access/roles'
import { maySupervise } from '../../access/supervision-access'
import { currentTime } from '../../shared/clock'
import { NoticePage } from '../components/notice-page'

/** Quarters offered on the page: the current one and the seven before it. */
const QUARTERS_OFFERED = 8

/** `count` quarters ending with `latest`, newest first. */
function quartersUpTo(latest: string, count: number): string[] {
  const quarters = [latest]
  while (quarters.length < count) quarters.push(quarterOf(addCalendarMonths(quarterRange(quarters.at(-1)!).from, -3)))
  return quarters
}

/**
 * `/admin/supervision/report?month=YYYY-MM[&site=<id>]` or `?quarter=YYYY-Qn`: the printable 月检查通报
 * or 季度检查结果, without the admin's frame so it prints as a document. Last month by default (the
 * notice of a finished month); platform admins can submit a finished quarter's public result for review.
 */
export function ReportView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { payload, user } = initPageResult.req
  if (!maySupervise(user)) return <p role="alert">您无权查看网站检查通报。</p>
  const today = chinaDate(currentTime())
  const latestMonth = today.slice(0, 7)
  const asked = typeof searchParams?.month === 'string' && ISO_MONTH_PATTERN.test(searchParams.month) ? searchParams.month : null
  const month = asked && asked <= latestMonth ? asked : addCalendarMonths(`${latestMonth}-01`, -1).slice(0, 7)
  const quarters = quartersUpTo(quarterOf(today), QUARTERS_OFFERED)
  const askedQuarter = typeof searchParams?.quarter === 'string' && ISO_QUARTER_PATTERN.test(searchParams.quarter) ? searchParams.quarter : null
  const quarter = askedQuarter ? (quarters.includes(askedQuarter) ? askedQuarter : quarters[1]!) : null
  const site = typeof searchParams?.site === 'string' && searchParams.site ? searchParams.site : null
  return (
    <NoticePage
      reportUrl={`${payload.config.routes.api}${COMPLIANCE_REPORT_API}`}
      adminBase={payload.config.routes.admin}
      month={month}
      latestMonth={latestMonth}
      site={site}
      quarter={quarter}
      quarters={quarters}
      quarterlyResultsUrl={isPlatformAdmin(user) ? `${payload.config.routes.api}${QUARTERLY_RESULTS_API}` : null}
    />
  )
}
