import { PAGES, type PageName } from './pages.js'

/** The promise: a request sent this long after the CMS's answer sees the change. */
export const GRACE_MS = 1000

/** One request of a polling client, with what the page showed. */
export interface Poll {
  page: PageName
  /** For the article page: the test article whose URL was polled. */
  article?: number
  sentAt: number
  receivedAt: number
  status: number
  etag: string
  /** The test articles (by number) whose title the answer showed. */
  shown: readonly number[]
}

/** A publish or unpublish of test article `article` through the CMS's workflow endpoint. */
export interface WorkflowEvent {
  kind: 'publish' | 'unpublish'
  article: number
  requestedAt: number
  answeredAt: number
}

export interface Visibility {
  /** Per publish: ms from the CMS's answer until a poll of every page showed the article (Infinity: never). */
  publishMs: number[]
  /** Per unpublish: ms from the CMS's answer until a poll of every page no longer showed it (Infinity: never). */
  unpublishMs: number[]
  /** The same per page: which page is slowest. */
  byPage: Record<WorkflowEvent['kind'], Record<PageName, number[]>>
  /** Polls sent ≥ GRACE_MS after a publish's answer (and before its unpublish was asked for) that did not show the article. */
  latePolls: number
  /**
   * Answers to requests sent ≥ GRACE_MS after an unpublish's answer that showed the withdrawn
   * article: polls, and load responses carrying the ETag of a page a poll saw showing it.
   */
  withdrawnServed: number
  /** Polls and load responses sent ≥ GRACE_MS after the first unpublish's answer: those checked for withdrawn articles. */
  checked: number
}

const shows = (poll: Poll, article: number) => poll.status === 200 && poll.shown.includes(article)

/** Whether the poll asked for a page that tells about `article` (the article page only for its own URL). */
const about = (poll: Poll, article: number) => poll.page !== 'article' || poll.article === article

/** Per page, ms from the event's answer until its first poll sent after it showed the new state; Infinity when none did. */
function visibleAfter(event: WorkflowEvent, polls: readonly Poll[]): Record<PageName, number> {
  const wanted = (poll: Poll) => (event.kind === 'publish' ? shows(poll, event.article) : !shows(poll, event.article))
  const first = {} as Partial<Record<PageName, Poll>>
  for (const poll of polls) {
    if (!about(poll, event.article) || poll.sentAt < event.answeredAt || !wanted(poll)) continue
    const earliest = first[poll.page]
    if (!earliest || poll.sentAt < earliest.sentAt) first[poll.page] = poll
  }
  return Object.fromEntries(PAGES.map((page) => [page, first[page] ? first[page].receivedAt - event.answeredAt : Infinity])) as Record<PageName, number>
}

const countFrom = (times: readonly number[], from: number) => times.reduce((count, time) => count + (time >= from ? 1 : 0), 0)

/** What the polls and the load saw of each publish and unpublish. */
export function analyseVisibility(
  events: readonly WorkflowEvent[],
  polls: readonly Poll[],
  loadSentAtByEtag: Readonly<Record<string, readonly number[]>>,
): Visibility {
  const publishes = events.filter((event) => event.kind === 'publish')
  const unpublishes = events.filter((event) => event.kind === 'unpublish')
  let latePolls = 0
  for (const publish of publishes) {
    const until = unpublishes.find((event) => event.article === publish.article)?.requestedAt ?? Infinity
    const from = publish.answeredAt + GRACE_MS
    latePolls += polls.filter((poll) => about(poll, publish.article) && poll.sentAt >= from && poll.sentAt < until && !shows(poll, publish.article)).length
  }
  let withdrawnServed = 0
  for (const unpublish of unpublishes) {
    const from = unpublish.answeredAt + GRACE_MS
    const showing = polls.filter((poll) => shows(poll, unpublish.article))
    withdrawnServed += showing.filter((poll) => poll.sentAt >= from).length
    for (const etag of new Set(showing.map((poll) => poll.etag).filter(Boolean))) withdrawnServed += countFrom(loadSentAtByEtag[etag] ?? [], from)
  }
  const checkedFrom = unpublishes.length > 0 ? Math.min(...unpublishes.map((event) => event.answeredAt)) + GRACE_MS : Infinity
  const checked =
    countFrom(
      polls.map((poll) => poll.sentAt),
      checkedFrom,
    ) + Object.values(loadSentAtByEtag).reduce((sum, times) => sum + countFrom(times, checkedFrom), 0)
  const timed = (kind: WorkflowEvent['kind']) => events.filter((event) => event.kind === kind).map((event) => visibleAfter(event, polls))
  const [published, unpublished] = [timed('publish'), timed('unpublish')]
  const slowest = (times: Record<PageName, number>[]) => times.map((byPage) => Math.max(...Object.values(byPage)))
  const perPage = (times: Record<PageName, number>[]) =>
    Object.fromEntries(PAGES.map((page) => [page, times.map((byPage) => byPage[page])])) as Record<PageName, number[]>
  return {
    publishMs: slowest(published),
    unpublishMs: slowest(unpublished),
    byPage: { publish: perPage(published), unpublish: perPage(unpublished) },
    latePolls,
    withdrawnServed,
    checked,
  }
}
