import type { RequestContext } from 'payload'

/**
 * Set only by the workflow engine on its own writes. Request context cannot be set through
 * REST or GraphQL, so clients cannot claim it.
 */
export const TRANSITION_FLAG = 'govsiteWorkflowTransition'

/** Whether the current update saves a draft version (true) or replaces the main document. */
export const DRAFT_SAVE_FLAG = 'govsiteWorkflowDraftSave'

export const isEngineWrite = (context: RequestContext): boolean => Boolean(context[TRANSITION_FLAG])

/** Whether the current create copies an existing document (the admin's Duplicate). */
export const DUPLICATE_FLAG = 'govsiteWorkflowDuplicate'

/** Reviews and approvals voided by the current request's edits, waiting for their audit entry. */
export const VOIDED_REVIEWS = 'govsiteWorkflowVoidedReviews'
