import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runScheduledPublishes } from '../../src/workflow/scheduled-publish'
import type { PublishableSlug } from '../../src/workflow/workflow-options'
import { FULL_CHECKLIST, NOW, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000)
const SIGNED = { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } }

/** Larger than one page of the due query, so the run must page through the backlog. */
const BACKLOG = 110

describe('scheduled publication with a poisoned document (R-REVIEW-BEFORE-PUBLISH)', () => {
  let f: WorkflowFixture
  let policyColumn: string

  beforeAll(async () => {
    f = await workflowFixture()
    // Site A has no 统一社会信用代码, so a policy of site A cannot get its 索引号: its publish throws.
    policyColumn = (await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: '政策文件', slug: 'policy', kind: 'policy' } })).id
  })

  afterAll(async () => f?.cleanup())

  const schedule = async (persona: 'A' | 'B', collection: PublishableSlug, id: string, at: Date) => {
    await f.actOn(`editor${persona}`, collection, id, 'submit')
    await f.actOn(`reviewer${persona}`, collection, id, 'approve', SIGNED)
    await f.actOn(`editor${persona}`, collection, id, 'publish', { publishAt: at.toISOString() })
  }
  const article = async (persona: 'A' | 'B', title: string) => {
    const site = persona === 'A' ? f.siteA : f.siteB
    const column = persona === 'A' ? f.columnA : f.columnB
    const doc = await f.payload.create({
      collection: 'articles',
      data: { title, site, column },
      draft: true,
      user: await f.userDoc(`editor${persona}`),
      overrideAccess: false,
    })
    return doc.id
  }
  const live = async (collection: 'articles' | 'policy-documents', id: string) =>
    (await f.payload.count({ collection, where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })).totalDocs === 1

  it('publishes every other due document of every site when one publish throws, and records the failure', async () => {
    const before: string[] = []
    const after: string[] = []
    for (let i = 0; i < BACKLOG; i++) {
      const id = await article('A', `定时发布积压文章 ${i}`)
      await schedule('A', 'articles', id, minutes(i < BACKLOG / 2 ? 1 : 3))
      ;(i < BACKLOG / 2 ? before : after).push(id)
    }
    const poisoned = (
      await f.payload.create({
        collection: 'policy-documents',
        data: { title: '关于印发定时发布测试办法的通知', site: f.siteA, column: policyColumn, issuingAgency: '示例市人民政府办公室' },
        draft: true,
        user: await f.userDoc('editorA'),
        overrideAccess: false,
      })
    ).id
    await schedule('A', 'policy-documents', poisoned, minutes(2))
    const otherSite = [await article('B', '县政府定时发布文章（一）'), await article('B', '县政府定时发布文章（二）')]
    await schedule('B', 'articles', otherSite[0]!, minutes(1))
    await schedule('B', 'articles', otherSite[1]!, minutes(3))

    const report = await runScheduledPublishes(f.payload, minutes(5))

    for (const id of [...before, ...after, ...otherSite]) expect(await live('articles', id)).toBe(true)
    expect(report.published).toHaveLength(BACKLOG + otherSite.length)
    expect(await live('policy-documents', poisoned)).toBe(false)
    expect(report.failed).toEqual([{ id: poisoned, reason: expect.stringContaining('统一社会信用代码') }])

    const doc = await f.payload.findByID({ collection: 'policy-documents', id: poisoned, draft: true, depth: 0 })
    expect(doc.scheduleNote).toMatch(/^定时发布失败：.*统一社会信用代码/)
    expect(doc.scheduledPublishAt ?? null).toBeNull()
    expect(doc.reviewState).toBe('approved')
    const audit = await f.payload.find({
      collection: 'audit-logs',
      where: { documentId: { equals: poisoned }, action: { equals: 'scheduled-publish-failed' } },
    })
    expect(audit.totalDocs).toBe(1)
    expect(audit.docs[0]).toMatchObject({ actorName: 'editorA', fromState: 'approved', toState: 'approved' })
    expect(audit.docs[0]?.comment).toContain('统一社会信用代码')

    // The schedule was cleared: the next run does not try again every minute.
    const next = await runScheduledPublishes(f.payload, minutes(6))
    expect(next).toEqual({ published: [], refused: [], failed: [] })
    // The editor sees the note in the workflow panel.
    const panel = await f.api.rest('GET', `policy-documents/${poisoned}/workflow`, { token: f.tokenOf('editorA') })
    expect(panel.body.scheduleNote).toContain('统一社会信用代码')
  })
})
