import type { ServerProps } from 'payload'

import { worksAnyQueue } from '../desk-rows'

/** 审核台 in the admin's navigation (`admin.components.afterNavLinks`), for editors, reviewers and platform admins. */
export function ReviewDeskNavLink({ user, payload }: ServerProps) {
  if (!worksAnyQueue(payload, user)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/review-desk`} data-nav="review-desk">
      <span className="nav__link-label">审核台</span>
    </a>
  )
}
