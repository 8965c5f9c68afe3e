import type { ReviewState, SystemTransitionKind, WorkflowAction } from '@govsite/domain'

/** What a transition left: the document's state afterwards (REST and GraphQL answer this). */
export interface TransitionResult {
  collection: string
  id: string
  action: WorkflowAction | SystemTransitionKind
  reviewState: ReviewState
  live: boolean
  scheduledPublishAt: string | null
  publishedAt: string | null
  warnings: unknown[]
}
