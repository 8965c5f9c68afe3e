import { z } from 'zod'

import type { ReviewState } from '../workflow/review-states.js'

/** `GET /api/review-desk`: the reviewer's and editor's desk (审核台). */
export const REVIEW_DESK_API = '/review-desk'

/** The desk's tabs and the review state each lists. */
export const REVIEW_DESK_QUEUES = {
  pending: 'in_review',
  returned: 'changes_requested',
  approved: 'approved',
} as const satisfies Record<string, ReviewState>
export type ReviewDeskQueue = keyof typeof REVIEW_DESK_QUEUES

/** What each tab is called and what its date column means (the time the document entered the queue). */
export const REVIEW_DESK_QUEUE_LABELS: Readonly<Record<ReviewDeskQueue, { title: string; since: string; empty: string }>> = {
  pending: { title: '待审稿件', since: '提交审核时间', empty: '没有等待您审核的稿件' },
  returned: { title: '被退回', since: '退回时间', empty: '没有被退回的稿件' },
  approved: { title: '已审核待发布', since: '审核通过时间', empty: '没有等待发布的稿件' },
}

/** The columns a desk may be sorted by; `-key` sorts descending. */
export const REVIEW_DESK_SORT_KEYS = ['title', 'site', 'column', 'author', 'since', 'findings', 'waiting'] as const
export type ReviewDeskSortKey = (typeof REVIEW_DESK_SORT_KEYS)[number]
const SORTS = [...REVIEW_DESK_SORT_KEYS, ...REVIEW_DESK_SORT_KEYS.map((key) => `-${key}` as const)] as const
export type ReviewDeskSort = (typeof SORTS)[number]

export const REVIEW_DESK_PAGE_SIZE = 20

/** Ids are UUIDs (SQLite) or ObjectIds (MongoDB). */
const documentId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

/** The desk's query string; the longest waiting first unless asked otherwise. */
export const reviewDeskQuerySchema = z.strictObject({
  queue: z.enum(Object.keys(REVIEW_DESK_QUEUES) as [ReviewDeskQueue, ...ReviewDeskQueue[]]).default('pending'),
  site: documentId.optional(),
  sort: z.enum(SORTS).default('-waiting'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(REVIEW_DESK_PAGE_SIZE),
})
export type ReviewDeskQuery = z.output<typeof reviewDeskQuerySchema>

/** One document on the desk. */
export interface ReviewDeskRow {
  collection: string
  collectionLabel: string
  id: string
  title: string
  site: { id: string; name: string }
  column: { id: string; name: string } | null
  /** The author's real name (姓名), or null when the document has none recorded. */
  author: string | null
  /** When the document entered this queue (ISO). */
  since: string
  waitingMinutes: number
  /** 等待时长 in Chinese (`formatWaiting`). */
  waitingLabel: string
  /** Non-blocking pre-review findings the reviewer must look at. */
  findings: number
  /** Pending queue: whether this user may approve it; otherwise why not, in one line. */
  approvable: boolean
  notApprovableReason: string | null
  /** Whether the public site can render a preview of it. */
  previewable: boolean
}

export interface ReviewDeskAnswer {
  queue: ReviewDeskQueue
  sort: ReviewDeskSort
  /** The sites the user may filter on. */
  sites: { id: string; name: string }[]
  docs: ReviewDeskRow[]
  totalDocs: number
  totalPages: number
  page: number
  limit: number
}

/** `POST /api/review-desk/preview` and `GET /api/review-desk/diff`: which document. */
export const reviewDeskDocumentSchema = z.strictObject({ collection: z.string().min(1).max(100), id: documentId })
