import { chinaDate, COMPLIANCE_API, ISO_DATE_PATTERN } from '@govsite/domain'
import type { AdminViewServerProps } from 'payload'

import { AdminFrame } from '../../admin-frame/admin-frame'
import { maySupervise } from '../../access/supervision-access'
import { currentTime } from '../../shared/clock'
import { PlatformPage, SitePage } from '../components/supervision-pages'

/**
 * `/admin/supervision` and `/admin/supervision/<siteId>` (`admin.components.views`): the platform
 * table and a site's drill-down in the admin's frame. The pages read `GET /api/compliance/sites…`
 * in the browser with the user's session, so they show exactly what the REST answers that user.
 */
export function SupervisionView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user } = req
  const segments = Array.isArray(params?.segments) ? params.segments : []
  const siteId = typeof segments[1] === 'string' ? segments[1] : null
  const today = chinaDate(currentTime())
  const asked = typeof searchParams?.date === 'string' && ISO_DATE_PATTERN.test(searchParams.date) ? searchParams.date : today
  const api = payload.config.routes.api
  const pageProps = {
    sitesUrl: `${api}${COMPLIANCE_API.sites}`,
    siteUrl: `${api}${COMPLIANCE_API.site}`,
    adminBase: payload.config.routes.admin,
    date: asked > today ? today : asked,
    today,
  }
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {!maySupervise(user) ? (
        <p role="alert">您无权查看网站监管：仅平台管理员、监管人员和网站管理员可以查看。</p>
      ) : siteId ? (
        <SitePage {...pageProps} siteId={siteId} />
      ) : (
        <PlatformPage {...pageProps} />
      )}
    </AdminFrame>
  )
}
