import type { ReviewState, SystemTransitionKind, WorkflowAction } from '@govsite/domain'

import type { PublishableSlug } from '../workflow-options'

/** What a transition left: the document's state afterwards (REST and GraphQL answer this). */
export interface TransitionResult {
  collection: PublishableSlug
  id: string
  action: WorkflowAction | SystemTransitionKind
  reviewState: ReviewState
  live: boolean
  scheduledPublishAt: string | null
  publishedAt: string | null
  warnings: unknown[]
}
