import { chinaDate, COMPLIANCE_API, ISO_DATE_PATTERN } from '@govsite/domain'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { maySupervise } from '../../access/supervision-access'
import { currentTime } from '../../shared/clock'
import { PlatformPage, SitePage } from '../components/supervision-pages'

/**
 * `/admin/supervision` and `/admin/supervision/<siteId>` (`admin.components.views`): the platform
 * table and a site's drill-down in the admin's frame. The pages read `GET /api/compliance/sites…`
 * in the browser with the user's session, so they show exactly what the REST answers that user.
 */
export function SupervisionView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
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
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        {!maySupervise(user) ? (
          <p role="alert">您无权查看网站监管：仅平台管理员、监管人员和网站管理员可以查看。</p>
        ) : siteId ? (
          <SitePage {...pageProps} siteId={siteId} />
        ) : (
          <PlatformPage {...pageProps} />
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
