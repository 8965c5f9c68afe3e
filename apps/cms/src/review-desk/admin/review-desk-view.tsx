import { REVIEW_DESK_API, REVIEW_DESK_QUEUE_LABELS, REVIEW_DESK_QUEUES, type ReviewDeskQueue } from '@govsite/domain'
import type { AdminViewServerProps } from 'payload'

import { AdminFrame } from '../../admin-frame/admin-frame'
import { deskQueuesOf } from '../desk-rows'
import { ReviewDesk } from './review-desk-table'

/**
 * `/admin/review-desk` (`admin.components.views`): the queues this user works, as tables read from
 * `GET /api/review-desk` in the browser with the user's session, so they show exactly what the
 * REST answers that user.
 */
export function ReviewDeskView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  const queues = deskQueuesOf(req).map((queue) => ({ queue, ...REVIEW_DESK_QUEUE_LABELS[queue] }))
  const asked = typeof searchParams?.queue === 'string' && searchParams.queue in REVIEW_DESK_QUEUES ? (searchParams.queue as ReviewDeskQueue) : null
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {queues.length === 0 ? (
        <p role="alert">您不是任何站点的编辑或审核人员，没有审核台。</p>
      ) : (
        <ReviewDesk
          queues={queues}
          initialQueue={queues.find((queue) => queue.queue === asked)?.queue ?? queues[0]!.queue}
          deskUrl={`${payload.config.routes.api}${REVIEW_DESK_API}`}
          adminBase={payload.config.routes.admin}
        />
      )}
    </AdminFrame>
  )
}
