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
