/** The review state of the latest version of a publishable document. */
export const REVIEW_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, { zh: string; en: string }>> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '待审核', en: 'In review' },
  changes_requested: { zh: '被退回', en: 'Changes requested' },
  approved: { zh: '已审核', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已撤下', en: 'Withdrawn' },
}

/** The state of a live (public) version: publishing gives it, withdrawal ends it. */
export const LIVE_STATE = 'published' satisfies ReviewState

/**
 * The admin's dashboard queues (我的审核工作): states in which a document waits for someone else.
 * Who that is comes from the workflow table (the roles whose transitions start there).
 */
export const REVIEW_QUEUES: Readonly<Partial<Record<ReviewState, { title: string; empty: string }>>> = {
  in_review: { title: '待审核', empty: '没有等待您审核的内容' },
  changes_requested: { title: '被退回', empty: '没有被退回的内容' },
  approved: { title: '已审核待发布', empty: '没有等待发布的内容' },
}
