import { tallyColumnContent, type ColumnCollection } from '@govsite/domain'
import type { CollectionAfterChangeHook } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NEEDS_TRANSACTIONS } from '../needs-transactions.mjs'
import { NOW, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const HOUR = 60 * 60_000
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR)

let f: WorkflowFixture

beforeAll(async () => {
  f = await workflowFixture()
})
afterAll(async () => {
  await f.cleanup()
})

/** What the CMS keeps for a column's articles: `{ publishedCount, lastPublishedAt }`, or null without a row. */
async function kept(columnId: string, collection: ColumnCollection = 'articles') {
  const { docs } = await f.payload.find({
    collection: 'column-content-summaries',
    where: { and: [{ column: { equals: columnId } }, { collection: { equals: collection } }] },
    overrideAccess: true,
  })
  expect(docs.length).toBeLessThanOrEqual(1)
  const row = docs[0]
  return row ? { publishedCount: row.publishedCount, lastPublishedAt: row.lastPublishedAt ? new Date(row.lastPublishedAt).toISOString() : null } : null
}

/** The same figures counted from every stored article, as a full rebuild would. */
async function recounted(columnId: string) {
  const { docs } = await f.payload.find({ collection: 'articles', pagination: false, depth: 0, overrideAccess: true })
  const tally = tallyColumnContent(
    docs.map((doc) => ({
      columnId: String(doc.column),
      collection: 'articles' as const,
      published: doc._status === 'published',
      publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
    })),
  ).find((row) => row.columnId === columnId)
  return { publishedCount: tally?.publishedCount ?? 0, lastPublishedAt: tally?.lastPublishedAt?.toISOString() ?? null }
}

async function expectExact(columnId: string, expected: { publishedCount: number; lastPublishedAt: string | null }) {
  const row = await kept(columnId)
  expect(row ?? { publishedCount: 0, lastPublishedAt: null }).toEqual(expected)
  expect(row ?? { publishedCount: 0, lastPublishedAt: null }).toEqual(await recounted(columnId))
}

async function publishedArticle(title: string, when: Date, extra: Record<string, unknown> = {}): Promise<string> {
  const id = await f.draftArticle(title, extra)
  await f.approve('articles', id, when)
  await f.act('editorA', id, 'publish', {}, when)
  return id
}

describe('column content summaries, kept in the transaction of every change of published content', () => {
  let first: string
  let second: string

  it('counts a publication and its publish time', async () => {
    await expectExact(f.columnA, { publishedCount: 0, lastPublishedAt: null })
    first = await publishedArticle('第一篇动态', at(0))
    await expectExact(f.columnA, { publishedCount: 1, lastPublishedAt: at(0).toISOString() })
  })

  it('takes the latest publish time of the column', async () => {
    second = await publishedArticle('第二篇动态', at(5))
    await expectExact(f.columnA, { publishedCount: 2, lastPublishedAt: at(5).toISOString() })
  })

  it('does not count drafts, nor a draft edit of published content', async () => {
    await f.draftArticle('未发布的草稿')
    const user = await f.userDoc('editorA')
    await f.payload.update({ collection: 'articles', id: first, data: { title: '第一篇动态（修改中）' }, draft: true, user, overrideAccess: false })
    await expectExact(f.columnA, { publishedCount: 2, lastPublishedAt: at(5).toISOString() })
  })

  it('drops an unpublished item and falls back to the latest one still published', async () => {
    await f.act('reviewerA', second, 'unpublish', { comment: '内容有误' }, at(6))
    await expectExact(f.columnA, { publishedCount: 1, lastPublishedAt: at(0).toISOString() })
  })

  it('stays exact when a withdrawn item is deleted, and refuses deleting live content without changing it', async () => {
    await f.payload.delete({ collection: 'articles', id: second, overrideAccess: true })
    await expectExact(f.columnA, { publishedCount: 1, lastPublishedAt: at(0).toISOString() })
    await expect(f.payload.delete({ collection: 'articles', id: first, overrideAccess: true })).rejects.toMatchObject({ status: 409 })
    await expectExact(f.columnA, { publishedCount: 1, lastPublishedAt: at(0).toISOString() })
  })

  it('moves the count when published content moves to another column', async () => {
    const other = (await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: '部门动态', slug: 'dept-news', kind: 'news' } })).id
    const user = await f.userDoc('editorA')
    await f.payload.update({ collection: 'articles', id: first, data: { column: other }, draft: true, user, overrideAccess: false })
    // Still published in the old column until the edit is published.
    await expectExact(f.columnA, { publishedCount: 1, lastPublishedAt: at(0).toISOString() })
    await expectExact(other, { publishedCount: 0, lastPublishedAt: null })
    await f.approve('articles', first, at(8))
    await f.act('editorA', first, 'publish', {}, at(8))
    await expectExact(f.columnA, { publishedCount: 0, lastPublishedAt: null })
    await expectExact(other, { publishedCount: 1, lastPublishedAt: at(8).toISOString() })
  })

  it('keeps other sites and content types apart', async () => {
    await expectExact(f.columnB, { publishedCount: 0, lastPublishedAt: null })
    expect(await kept(f.columnA, 'notices')).toBeNull()
  })

  it('is rolled back with a publication that fails after the write', { tags: [NEEDS_TRANSACTIONS] }, async () => {
    const id = await f.draftArticle('将回滚的动态')
    await f.approve('articles', id, at(9))
    const before = await kept(f.columnA)
    const hooks = f.payload.collections.articles.config.hooks.afterChange
    const failing: CollectionAfterChangeHook = () => {
      throw new Error('simulated failure after the write')
    }
    hooks.push(failing)
    try {
      await expect(f.act('editorA', id, 'publish', {}, at(9))).rejects.toThrow('simulated failure')
    } finally {
      hooks.splice(hooks.indexOf(failing), 1)
    }
    expect(await kept(f.columnA)).toEqual(before)
    await expectExact(f.columnA, before ?? { publishedCount: 0, lastPublishedAt: null })
  })
})

describe('who reads and writes the summaries', () => {
  it('lets no one write them through the API, platform admins included', async () => {
    const created = await f.api.rest('POST', 'column-content-summaries', {
      token: f.tokenOf('platformAdmin'),
      body: { site: f.siteA, column: f.columnA, collection: 'articles', publishedCount: 99 },
    })
    expect(created.status).toBe(403)
    const { docs } = await f.payload.find({ collection: 'column-content-summaries', overrideAccess: true, limit: 1 })
    const row = docs[0]!
    const changed = await f.api.rest('PATCH', `column-content-summaries/${row.id}`, { token: f.tokenOf('platformAdmin'), body: { publishedCount: 99 } })
    expect(changed.status).toBe(403)
    const deleted = await f.api.rest('DELETE', `column-content-summaries/${row.id}`, { token: f.tokenOf('platformAdmin') })
    expect(deleted.status).toBe(403)
    expect((await f.payload.findByID({ collection: 'column-content-summaries', id: row.id, overrideAccess: true })).publishedCount).toBe(row.publishedCount)
  })

  it('lets platform admins read them, and not site staff or visitors', async () => {
    expect((await f.api.rest('GET', 'column-content-summaries', { token: f.tokenOf('platformAdmin') })).body.totalDocs).toBeGreaterThan(0)
    for (const persona of ['anonymous', 'editorA', 'siteAdminA', 'reviewerA'] as const) {
      expect((await f.api.rest('GET', 'column-content-summaries', { token: f.tokenOf(persona) })).status, persona).toBe(403)
    }
  })
})
