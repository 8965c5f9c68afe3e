import { NON_CONTENT_FIELDS } from '@govsite/domain'
import { createLocalReq, type FlattenedField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createContentClient, type ContentClient } from '../../../site/src/cms/content-client'
import { readPinnedNotices } from '../../../site/src/pinned-notices'
import { setClock } from '../../src/shared/clock'
import { contentHash } from '../../src/workflow/content-hash'
import { TRANSITION_FLAG } from '../../src/shared/context-flags'
import { lexicalText } from '../../src/seed/lexical-text'
import { runScheduledPublishes } from '../../src/workflow/scheduled-publish'
import { serveRest, type RestServer } from './rest-server'
import { FULL_CHECKLIST, NOW, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const DAY = 24 * 60 * 60 * 1000
const at = (ms: number) => new Date(NOW.getTime() + ms)
const LOCKED_UNTIL = at(30 * DAY)
const SIGNED = { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } }
const body = (text: string) => lexicalText(text)

type Edit = { path: string; data: Record<string, unknown> }

describe('mandatory notices stay in the homepage’s pinned slot for 30 days (R-NOTICE-30D)', () => {
  let f: WorkflowFixture
  let rest: RestServer
  let site: ContentClient
  let columns: { notices: string; otherNotices: string; otherSite: string }

  beforeAll(async () => {
    f = await workflowFixture()
    const column = async (siteId: string, slug: string) =>
      (await f.payload.create({ collection: 'columns', data: { site: siteId, name: '通知公告', slug, kind: 'notices' } })).id
    columns = { notices: await column(f.siteA, 'notices'), otherNotices: await column(f.siteA, 'notices-2'), otherSite: await column(f.siteB, 'notices') }
    rest = await serveRest(f.config)
    site = createContentClient(rest.url)
  })

  afterAll(async () => {
    setClock(() => new Date())
    await rest?.close()
    await f?.cleanup()
  })

  /** An opening notice of site A, first published at NOW through the workflow. */
  const openingNotice = async (title = '关于示例市人民政府门户网站正式开通的公告') => {
    setClock(() => NOW)
    const id = (
      await f.payload.create({
        collection: 'notices',
        data: { title, site: f.siteA, column: columns.notices, kind: 'opening', body: body('网站正式开通。') },
        draft: true,
        user: await f.userDoc('editorA'),
        overrideAccess: false,
      })
    ).id
    await f.approve('notices', id, NOW)
    await f.actOn('editorA', 'notices', id, 'publish', {}, NOW)
    return id
  }

  /** What the public site shows: its homepage's pinned slot (its own query and selection), the notice column and the notice page. */
  const shownBySite = async (id: string, now: Date) => ({
    slot: (await readPinnedNotices(site, f.siteA, now, { limit: 20 })).some((notice) => notice.id === id),
    column: (await readPinnedNotices(site, f.siteA, now, { columnIds: [columns.notices], limit: 50 })).some((notice) => notice.id === id),
    page: (await site.one('notices', f.siteA, id)) !== null,
  })
  const EVERYWHERE = { slot: true, column: true, page: true }

  /** Edits of every field of the notices collection, read from the sanitized config, so a field added later is walked too. */
  function editsOf(fields: FlattenedField[], now: Date, prefix = ''): Edit[] {
    const wrap = (name: string, value: unknown): Record<string, unknown> => {
      const data: Record<string, unknown> = { [name]: value }
      return prefix ? { [prefix]: data } : data
    }
    return fields.flatMap((field): Edit[] => {
      const path = prefix ? `${prefix}.${field.name}` : field.name
      const edits = (values: unknown[]) => values.map((value) => ({ path, data: wrap(field.name, value) }))
      switch (field.type) {
        case 'text':
        case 'textarea':
          return edits(['修改后的内容', ''])
        case 'select':
          return edits([...field.options.map((option) => (typeof option === 'string' ? option : option.value)), null])
        case 'checkbox':
          return edits([true, false])
        case 'date':
          return edits([
            at(-40 * DAY).toISOString(),
            new Date(now.getTime() + 60 * 60 * 1000).toISOString(),
            '2027-01-01T00:00:00.000Z',
            at(10 * DAY).toISOString(),
            null,
          ])
        case 'relationship':
        case 'upload': {
          const candidates: Record<string, unknown[]> = {
            sites: [f.siteB],
            columns: [columns.otherNotices, columns.otherSite, f.columnA],
            users: [f.users.editorB.id],
            media: [],
          }
          const relationTo = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
          const values = relationTo.flatMap((slug) => candidates[slug] ?? expect.fail(`no candidate documents for ${slug} (${path})`))
          return edits(field.hasMany ? [[], ...values.map((value) => [value])] : [...values, null])
        }
        case 'richText':
          return edits([body('修改后的正文。'), null])
        case 'json':
          return edits([{ forged: true }, null])
        case 'group':
          return editsOf(field.flattenedFields, now, path)
        default:
          return expect.fail(`no edits generated for field type ${field.type} (${path}): add them here`)
      }
    })
  }

  it('property: within 30 days, no edit of any field on any save path, published through the workflow, takes the notice out of the slot, its column or the site', async () => {
    const id = await openingNotice()
    const now = at(10 * DAY)
    setClock(() => now)
    const edits = editsOf(f.payload.collections.notices.config.flattenedFields, now)
    expect(edits.map((edit) => edit.path)).toEqual(
      expect.arrayContaining(['title', 'site', 'column', 'kind', 'pinned', 'pinnedFrom', 'pinnedUntil', 'firstPublishedAt', 'publishedAt', '_status']),
    )
    let refused = 0
    let published = 0
    for (const edit of edits) {
      const saved = await f.api.rest('PATCH', `notices/${id}?draft=true`, { token: f.tokenOf('editorA'), body: edit.data })
      if (saved.status === 403 && JSON.stringify(saved.body).includes('notice.pin_locked')) refused++
      else if (saved.status === 200) {
        for (const [persona, action, payload] of [
          ['editorA', 'submit', {}],
          ['reviewerA', 'approve', SIGNED],
          ['editorA', 'publish', {}],
        ] as const) {
          const step = await f.actOn(persona, 'notices', id, action, payload, now).then(
            () => true,
            () => false,
          )
          if (!step) break
          if (action === 'publish') published++
        }
      }
      for (const t of [now, new Date(LOCKED_UNTIL.getTime() - 1000)]) {
        expect({ edit: edit.path, value: JSON.stringify(edit.data), at: t.toISOString(), shown: await shownBySite(id, t) }).toEqual({
          edit: edit.path,
          value: JSON.stringify(edit.data),
          at: t.toISOString(),
          shown: EVERYWHERE,
        })
      }
      // Start the next edit from the live version again.
      const [live, latest] = await Promise.all([
        f.payload.findByID({ collection: 'notices', id, depth: 0 }),
        f.payload.findByID({ collection: 'notices', id, depth: 0, draft: true }),
      ])
      if (latest.reviewState !== 'published') {
        const content = Object.fromEntries(Object.entries(live).filter(([name]) => !NON_CONTENT_FIELDS.includes(name)))
        await f.payload.update({ collection: 'notices', id, data: content, draft: true })
      }
    }
    // The fields that place the notice were refused at save (kind, site, column, pinned, later pinnedFrom, earlier pinnedUntil);
    // the others went live (a new title, body, a longer pin).
    expect(refused).toBeGreaterThanOrEqual(8)
    expect(published).toBeGreaterThanOrEqual(3)
  })

  it('refuses a later pin start on every save path and says until when (the 2027 pinnedFrom of the report)', async () => {
    const id = await openingNotice('关于示例县人民政府门户网站正式开通的公告')
    setClock(() => at(DAY))
    const later = '2027-01-01T00:00:00.000Z'
    const viaRest = await f.api.rest('PATCH', `notices/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { pinnedFrom: later } })
    expect(viaRest.status).toBe(403)
    expect(viaRest.body.errors).toMatchObject([
      { data: { code: 'notice.pin_locked' }, message: '开通公告须置顶并保持发布至少30天，2026年12月24日 10:00 后方可推迟置顶开始时间' },
    ])
    const viaGraphql = await f.api.graphql(
      `mutation ($id: String!) { updateNotice(id: $id, draft: true, data: { pinnedFrom: "${later}" }) { id } }`,
      { id },
      f.tokenOf('platformAdmin'),
    )
    expect(JSON.stringify(viaGraphql.body.errors)).toContain('后方可推迟置顶开始时间')
    await expect(f.payload.update({ collection: 'notices', id, data: { pinnedFrom: later }, draft: true })).rejects.toMatchObject({ code: 'notice.pin_locked' })
    for (const data of [{ site: f.siteB, column: columns.otherSite }, { column: columns.otherNotices }, { kind: 'general' }]) {
      const moved = await f.api.rest('PATCH', `notices/${id}?draft=true`, { token: f.tokenOf('platformAdmin'), body: data })
      expect(moved.status).toBe(403)
      expect(JSON.stringify(moved.body)).toContain('notice.pin_locked')
    }
    expect(await shownBySite(id, at(DAY))).toEqual(EVERYWHERE)
  })

  it('refuses a new opening notice that would start pinning after it is published', async () => {
    setClock(() => NOW)
    const response = await f.api.rest('POST', 'notices?draft=true', {
      token: f.tokenOf('editorA'),
      body: { title: '关于网站开通的公告', site: f.siteA, column: columns.notices, kind: 'opening', pinned: true, pinnedFrom: '2027-01-01T00:00:00.000Z' },
    })
    expect(response.status).toBe(403)
    expect(response.body.errors).toMatchObject([{ data: { code: 'notice.pin_locked' }, message: expect.stringContaining('置顶开始时间不得晚于发布时间') }])
  })

  it('checks again at submit, approval and (scheduled) publication: a version stored past the save check never goes live', async () => {
    const id = await openingNotice('关于网站临时变更的公告')
    const now = at(5 * DAY)
    setClock(() => now)
    // As if saved before this rule existed: a later pin start, approved with its matching content hash.
    const stored = await f.payload.findByID({ collection: 'notices', id, depth: 0, draft: true })
    const moved = { ...stored, pinnedFrom: '2027-01-01T00:00:00.000Z' }
    const movedHash = await contentHash(await createLocalReq({}, f.payload), 'notices', moved)
    await f.payload.update({
      collection: 'notices',
      id,
      draft: true,
      data: { pinnedFrom: moved.pinnedFrom, reviewState: 'draft' },
      context: { [TRANSITION_FLAG]: 'test-setup' },
    })
    await expect(f.actOn('editorA', 'notices', id, 'submit', {}, now)).rejects.toMatchObject({ status: 403, code: 'notice.pin_locked' })
    await f.payload.update({
      collection: 'notices',
      id,
      draft: true,
      data: {
        reviewState: 'approved',
        approval: { hash: movedHash, by: f.users.reviewerA.id, at: now.toISOString() },
        scheduledPublishAt: at(5 * DAY + 60_000).toISOString(),
        scheduledBy: f.users.editorA.id,
      },
      context: { [TRANSITION_FLAG]: 'test-setup' },
    })
    await expect(f.actOn('editorA', 'notices', id, 'publish', {}, now)).rejects.toMatchObject({ status: 403, code: 'notice.pin_locked' })
    const report = await runScheduledPublishes(f.payload, at(5 * DAY + 120_000))
    expect(report.failed).toEqual([{ id, reason: expect.stringContaining('后方可推迟置顶开始时间') }])
    expect(await shownBySite(id, at(6 * DAY))).toEqual(EVERYWHERE)
  })

  it('after 30 days allows moving the notice: a later pin start, another column, unpinning', async () => {
    const id = await openingNotice('关于网站改版的公告')
    const now = at(31 * DAY)
    setClock(() => now)
    const saved = await f.api.rest('PATCH', `notices/${id}?draft=true`, {
      token: f.tokenOf('editorA'),
      body: { pinnedFrom: '2027-06-01T00:00:00.000Z', column: columns.otherNotices },
    })
    expect(saved.status).toBe(200)
    await f.approve('notices', id, now)
    await f.actOn('editorA', 'notices', id, 'publish', {}, now)
    expect(await shownBySite(id, now)).toEqual({ slot: false, column: false, page: true })
    expect((await f.api.rest('PATCH', `notices/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { pinned: false } })).status).toBe(200)
  })
})
