export {
  REVIEW_DESK_API,
  REVIEW_DESK_PAGE_SIZE,
  REVIEW_DESK_QUEUE_LABELS,
  REVIEW_DESK_QUEUES,
  REVIEW_DESK_SORT_KEYS,
  reviewDeskDocumentSchema,
  reviewDeskQuerySchema,
  type ReviewDeskAnswer,
  type ReviewDeskQuery,
  type ReviewDeskQueue,
  type ReviewDeskRow,
  type ReviewDeskSort,
  type ReviewDeskSortKey,
} from './desk-query.js'
export { formatWaiting, pageOfRows, sortDeskRows, waitingMinutes } from './desk-order.js'
export {
  PREVIEW_CONTENT_API,
  PREVIEW_REFUSALS,
  PREVIEW_ROUTE,
  PREVIEW_TOKEN_TTL_MS,
  previewClaimsSchema,
  previewFreshness,
  previewPath,
  previewSigningInput,
  type PreviewClaims,
  type PreviewVerdict,
} from './preview-token.js'
export { previewEnvSchema, type PreviewSettings } from './preview-env.js'
