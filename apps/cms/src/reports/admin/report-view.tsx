import { addCalendarMonths, chinaDate, COMPLIANCE_REPORT_API, ISO_MONTH_PATTERN } from '@govsite/domain'
import type { AdminViewServerProps } from 'payload'

import { maySupervise } from '../../access/supervision-access'
import { currentTime } from '../../shared/clock'
import { NoticePage } from '../components/notice-page'

/**
 * `/admin/supervision/report?month=YYYY-MM[&site=<id>]`: the printable 月检查通报, without the
 * admin's frame so it prints as a document. Last month by default (the notice of a finished month).
 */
export function ReportView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { payload, user } = initPageResult.req
  if (!maySupervise(user)) return <p role="alert">您无权查看网站检查通报。</p>
  const today = chinaDate(currentTime())
  const latestMonth = today.slice(0, 7)
  const asked = typeof searchParams?.month === 'string' && ISO_MONTH_PATTERN.test(searchParams.month) ? searchParams.month : null
  const month = asked && asked <= latestMonth ? asked : addCalendarMonths(`${latestMonth}-01`, -1).slice(0, 7)
  const site = typeof searchParams?.site === 'string' && searchParams.site ? searchParams.site : null
  return (
    <NoticePage
      reportUrl={`${payload.config.routes.api}${COMPLIANCE_REPORT_API}`}
      adminBase={payload.config.routes.admin}
      month={month}
      latestMonth={latestMonth}
      site={site}
    />
  )
}
