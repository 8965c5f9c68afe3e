import type { ReviewDeskRow, ReviewDeskSort, ReviewDeskSortKey } from './desk-query.js'

const collator = new Intl.Collator('zh-CN')

const KEYS: Record<ReviewDeskSortKey, (row: ReviewDeskRow) => string | number> = {
  title: (row) => row.title,
  site: (row) => row.site.name,
  column: (row) => row.column?.name ?? '',
  author: (row) => row.author ?? '',
  since: (row) => row.since,
  findings: (row) => row.findings,
  waiting: (row) => row.waitingMinutes,
}

/** The desk's rows in the asked order (Chinese collation for names), ties broken by id so pages never overlap. */
export function sortDeskRows(rows: readonly ReviewDeskRow[], sort: ReviewDeskSort): ReviewDeskRow[] {
  const descending = sort.startsWith('-')
  const key = KEYS[(descending ? sort.slice(1) : sort) as ReviewDeskSortKey]
  const compare = (a: ReviewDeskRow, b: ReviewDeskRow): number => {
    const [x, y] = [key(a), key(b)]
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return (descending ? -order : order) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  }
  return [...rows].sort(compare)
}

/** One page of `rows` (1-based); a page past the end is empty, with the true totals. */
export function pageOfRows<T>(rows: readonly T[], page: number, limit: number): { docs: T[]; totalDocs: number; totalPages: number } {
  return { docs: rows.slice((page - 1) * limit, page * limit), totalDocs: rows.length, totalPages: Math.ceil(rows.length / limit) }
}

/** How long a document has waited, in whole minutes (never negative when clocks disagree). */
export function waitingMinutes(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000))
}

/** 等待时长 as the desk shows it: `2天3小时`, `5小时12分钟`, `8分钟`, `不到1分钟`. */
export function formatWaiting(minutes: number): string {
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (days > 0) return `${days}天${hours > 0 ? `${hours}小时` : ''}`
  if (hours > 0) return `${hours}小时${rest > 0 ? `${rest}分钟` : ''}`
  return rest > 0 ? `${rest}分钟` : '不到1分钟'
}
