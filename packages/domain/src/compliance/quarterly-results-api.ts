import { z } from 'zod'

import type { ReviewState } from '../workflow/review-states.js'
import { ISO_QUARTER_PATTERN, type IsoQuarter } from './quarterly-result.js'

/** `POST /api/compliance/quarterly-results` `{ quarter }`: a quarter's public result, submitted for review (R-INSPECT-CYCLE 季公开). */
export const QUARTERLY_RESULTS_API = '/compliance/quarterly-results'

export const quarterlyResultRequestSchema = z.strictObject(
  {
    quarter: z.string({ error: '请指定季度（YYYY-Qn，如 2026-Q4）' }).regex(ISO_QUARTER_PATTERN, { error: '季度格式应为 YYYY-Qn，如 2026-Q4' }),
  },
  { error: '请求只能包含季度（quarter）' },
)

/** The draft created (or revised) and submitted: where it is, and its state in the review workflow. */
export interface QuarterlyResultAnswer {
  quarter: IsoQuarter
  collection: 'articles' | 'notices'
  id: string
  title: string
  reviewState: ReviewState
  /** True when the quarter's published result was revised (a new version of the same document). */
  revision: boolean
  /** The document in the admin. */
  adminPath: string
}
