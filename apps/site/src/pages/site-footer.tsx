import type { PublicSite } from '@govsite/domain'

import { DzjgBadge } from './dzjg-badge.js'

export const ICP_URL = 'https://beian.miit.gov.cn/'
export const ERROR_REPORT_URL = 'https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteError.action'

/**
 * 我为政府网站找错: the national error-report platform's form for this site (by its 政府网站标识码)
 * and the page the visitor was reading, as government sites link it.
 */
export function errorReportHref(siteCode: string | null | undefined, pageUrl: string | undefined): string {
  const query = new URLSearchParams()
  if (siteCode) query.set('sitecode', siteCode)
  if (pageUrl) query.set('url', pageUrl)
  const search = query.toString()
  return search ? `${ERROR_REPORT_URL}?${search}` : ERROR_REPORT_URL
}

/**
 * R-SITE-IDENT: every public page shows 主办单位, 承办单位, contact, 政府网站标识码, ICP备案号 (linked to
 * the MIIT filing system), 公安机关备案号, the 党政机关网站标识 and the 我为政府网站找错 link.
 */
export function SiteFooter({ site, pageUrl }: { site: PublicSite; pageUrl?: string }) {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <div className="identities">
          <div className="identity">
            <p>主办单位：{site.hostOrganization ?? site.name}</p>
            {site.operatorOrganization && <p>承办单位：{site.operatorOrganization}</p>}
          </div>
          <div className="identity">
            {site.contactPhone && <p>联系电话：{site.contactPhone}</p>}
            {site.contactEmail && (
              <p>
                电子邮箱：<a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
              </p>
            )}
            {site.contactAddress && <p>地址：{site.contactAddress}</p>}
          </div>
          <div className="identity">
            {site.siteCode && <p>网站标识码：{site.siteCode}</p>}
            {site.icpNumber && (
              <p>
                <a href={ICP_URL} rel="noopener noreferrer" target="_blank">
                  {site.icpNumber}
                </a>
              </p>
            )}
            {site.securityRecordNumber && <p>{site.securityRecordNumber}</p>}
            <p>
              <a href={errorReportHref(site.siteCode, pageUrl)} rel="noopener noreferrer" target="_blank">
                我为政府网站找错
              </a>
            </p>
          </div>
        </div>
        <DzjgBadge />
      </div>
    </footer>
  )
}
