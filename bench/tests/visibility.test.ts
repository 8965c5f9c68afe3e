import { describe, expect, it } from 'vitest'

import { analyseVisibility, type Poll, type WorkflowEvent } from '../src/site/visibility.js'

/** A poll answered 10 ms after it was sent; `shown` articles on a 200 unless the status says otherwise. */
const poll = (page: Poll['page'], sentAt: number, shown: number[], extra: Partial<Poll> = {}): Poll => ({
  page,
  sentAt,
  receivedAt: sentAt + 10,
  status: 200,
  etag: `W/"${page}-${shown.join(',')}"`,
  shown,
  ...extra,
})

const publish: WorkflowEvent = { kind: 'publish', article: 1, requestedAt: 900, answeredAt: 1000 }
const unpublish: WorkflowEvent = { kind: 'unpublish', article: 1, requestedAt: 3000, answeredAt: 3100 }

/** Article 1 published at 1000 and shown by 1210; unpublished at 3100 and gone by 3310. */
const polls: Poll[] = [
  poll('home', 990, [1]), // sent before the answer: not timed
  poll('home', 1010, []),
  poll('home', 1100, [1]),
  poll('column', 1050, [1]),
  poll('article', 1150, [], { article: 1, status: 404 }),
  poll('article', 1200, [1], { article: 1 }),
  poll('home', 3150, []),
  poll('column', 3120, []),
  poll('article', 3200, [1], { article: 1 }),
  poll('article', 3300, [], { article: 1, status: 404 }),
]

describe('analyseVisibility', () => {
  it('times each change from the answer until every page showed it', () => {
    const visibility = analyseVisibility([publish, unpublish], polls, {})
    expect(visibility.publishMs).toEqual([210])
    expect(visibility.unpublishMs).toEqual([210])
    expect(visibility.byPage).toEqual({ publish: { home: [110], column: [60], article: [210] }, unpublish: { home: [60], column: [30], article: [210] } })
    expect(visibility).toMatchObject({ latePolls: 0, withdrawnServed: 0 })
  })

  it('reads the article page only at the changed article’s URL', () => {
    const elsewhere = [...polls.filter((p) => p.page !== 'article'), poll('article', 1200, [], { article: 2, status: 404 })]
    expect(analyseVisibility([publish], elsewhere, {}).publishMs).toEqual([Infinity])
  })

  it('counts polls sent 1 s or more after a publish that still lack it, until its unpublish is asked for', () => {
    const late = [...polls, poll('home', 1999, []), poll('column', 2000, []), poll('home', 2500, [], { status: 0 }), poll('home', 3000, [])]
    expect(analyseVisibility([publish, unpublish], late, {}).latePolls).toBe(2)
  })

  it('counts withdrawn answers to requests sent 1 s or more after the unpublish: polls, and load responses with the ETag of a page showing it', () => {
    const after = [...polls, poll('home', 4099, [1]), poll('column', 4100, [1]), poll('article', 5000, [1], { article: 1 })]
    const load = { 'W/"home-1"': [1500, 4099, 4150, 9000], 'W/"home-"': [4200, 4300], '': [4500] }
    const visibility = analyseVisibility([publish, unpublish], after, load)
    expect(visibility.withdrawnServed).toBe(2 + 2)
    // Sent from 4100 on: 2 polls, and 5 load responses.
    expect(visibility.checked).toBe(7)
  })

  it('reports a change never seen as Infinity, and nothing checked without an unpublish', () => {
    const visibility = analyseVisibility([{ ...publish, article: 7 }], polls, { 'W/"home-1"': [5000] })
    expect(visibility.publishMs).toEqual([Infinity])
    expect(visibility.checked).toBe(0)
  })
})
