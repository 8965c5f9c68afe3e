import type { ServerProps } from 'payload'

import { maySupervise } from '../../access/supervision-access'

/** 网站监管 in the admin's navigation (`admin.components.afterNavLinks`), for those who may open it. */
export function SupervisionNavLink({ user, payload }: ServerProps) {
  if (!maySupervise(user)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/supervision`} data-nav="supervision">
      <span className="nav__link-label">网站监管</span>
    </a>
  )
}

/** The same entry on the dashboard (`beforeDashboard`), with the monthly notice next to it. */
export function SupervisionDashboardLinks({ user, payload }: ServerProps) {
  if (!maySupervise(user)) return null
  const admin = payload.config.routes.admin
  return (
    <section aria-label="网站监管" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 12 }}>网站监管</h2>
      <p>
        <a href={`${admin}/supervision`}>查看各网站检查结果</a> · <a href={`${admin}/supervision/report`}>月检查通报</a>
      </p>
    </section>
  )
}
