import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import {
  collectionOfType,
  documentPath,
  PUBLIC_COLLECTIONS,
  PUBLIC_DETAIL_SCHEMAS,
  PUBLIC_LISTED_SCHEMAS,
  publicColumnSchema,
  publicMediaSchema,
  publicSiteSchema,
  type PublicColumn,
  type PublicSite,
} from '@govsite/domain'
import { createLocalReq, type CollectionSlug, type Payload, type SanitizedConfig } from 'payload'
import prettier from 'prettier'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest'
import type { z } from 'zod'

import { createContentClient, type ContentClient } from '../../../site/src/cms/content-client'
import { collectionFor, readColumnPage, readHomepage } from '../../../site/src/cms/page-reads'
import { searchCms } from '../../../site/src/cms/search-client'
import { askKnowledgeBase } from '../../../site/src/interaction/qa-client'
import { resolveSiteByHost, resolveSiteBySlug } from '../../../site/src/site-resolution'
import type { Article, Column, Faq, Interpretation, Media, Notice, PolicyDocument, Site, User } from '../../src/payload-types'
import { buildSearchIndex } from '../../src/search/build-search-index'
import { lexicalText } from '../../src/seed/lexical-text'
import { publishThroughWorkflow } from '../../src/seed/publish-as'
import { DEMO_ACCOUNTS, seedDemo } from '../../src/seed/seed-demo'
import { bootPayload, type TestPayload } from './boot-payload'
import { serveRest, type RestServer } from './rest-server'
import { withClockFrom } from './shifted-clock'
import { comparable, labelled, readSiteAnswers, unlabelledIds, type SiteAnswers } from './site-answers'

/**
 * The contract between the CMS and the public site (packages/domain/src/content), checked on
 * the real CMS: Payload's REST over loopback with the demo platform seeded, read by the site's
 * own client code for every page type. The site's tests replay what it answers
 * (apps/site/tests/recorded/seed-answers.json); `npm run fixtures -w @govsite/cms` rewrites that
 * file from this test, and this test fails when it no longer matches.
 */
const FIXTURES = fileURLToPath(new URL('../../../site/tests/recorded/seed-answers.json', import.meta.url))
const WRITE_FIXTURES = process.env.GOVSITE_WRITE_FIXTURES === '1'
/** The seed runs on this clock (advancing from here), so 文号, 索引号 and every date are the same on every run. */
const SEEDED_AT = new Date('2026-06-15T02:00:00.000Z')
/** When the site reads: after the seeding, inside every pin window it set. */
const READ_AT = new Date(SEEDED_AT.getTime() + 60 * 60 * 1000)
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64')

describe('the public site’s contract with the CMS, on the seeded demo platform', () => {
  let booted: TestPayload
  let payload: Payload
  let rest: RestServer
  let client: ContentClient
  /** Every answer the site's client code received, with its URL. */
  const raw: { url: URL; body: unknown }[] = []
  let answers: SiteAnswers
  let sites: PublicSite[]

  beforeAll(async () => {
    booted = await bootPayload()
    payload = booted.payload
    expect(await withClockFrom(SEEDED_AT, () => seedDemo(payload, 'contract-test-password'))).toBe('seeded')
    // As at start-up: the index is built once the seed has committed.
    await buildSearchIndex(payload)
    const { default: config } = await import('../../src/payload.config')
    rest = await serveRest(config as Promise<SanitizedConfig>)
    const realFetch = globalThis.fetch
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const response = await realFetch(input, init)
      const url = new URL(String(input))
      if (url.origin === rest.url) raw.push({ url, body: await response.clone().json() })
      return response
    })
    client = createContentClient(rest.url)
    const seeded = await payload.find({ collection: 'sites', sort: 'slug', depth: 0, limit: 0 })
    answers = await readSiteAnswers(
      client,
      seeded.docs.map((site) => site.slug),
    )
    sites = answers.sites as unknown as PublicSite[]
  })

  afterAll(async () => {
    vi.restoreAllMocks()
    await rest?.close()
    await booted?.cleanup()
  })

  const contextOf = (site: PublicSite) => ({
    site,
    columns: (answers.columns as unknown as PublicColumn[]).filter((column) => column.site === site.id),
    now: READ_AT,
  })
  const siteNamed = (slug: string) => sites.find((site) => site.slug === slug) ?? expect.fail(`no site ${slug}`)

  it('answers every site, column and published document in the contract’s shapes, each field the contract names one the CMS shows visitors', async () => {
    expect(sites.map((site) => site.slug)).toEqual(['county', 'fgw', 'jyj', 'portal'])
    for (const collection of PUBLIC_COLLECTIONS) {
      const published = await payload.count({ collection, where: { _status: { equals: 'published' } } })
      expect(answers[collection].length, collection).toBe(published.totalDocs)
      expect(published.totalDocs, collection).toBeGreaterThan(0)
    }
    // The client parsed each answer with the contract; each field it names must also be one the CMS has and shows visitors.
    const shapes: [string, z.ZodObject][] = [
      ['sites', publicSiteSchema],
      ['columns', publicColumnSchema],
      ['media', publicMediaSchema],
      ...PUBLIC_COLLECTIONS.map((collection) => [collection, PUBLIC_DETAIL_SCHEMAS[collection]] as [string, z.ZodObject]),
    ]
    const unknown = shapes.flatMap(([slug, shape]) => {
      const fields = payload.collections[slug as CollectionSlug].config.flattenedFields
      const readable = new Set(['id', ...fields.filter((field) => !('hidden' in field && field.hidden) && !field.access?.read).map((field) => field.name)])
      return Object.keys(shape.shape).flatMap((name) => (readable.has(name) ? [] : [`${slug}.${name}`]))
    })
    expect(unknown).toEqual([])
  })

  it('reads every page type as the site does: homepage, column pages with paging, every document page, the site map', async () => {
    for (const site of sites) {
      const ctx = contextOf(site)
      const home = await readHomepage(client, ctx)
      for (const [collection, docs] of [
        ['articles', home.news],
        ['notices', home.notices],
        ['policy-documents', home.policies],
        ['interpretations', home.interpretations],
      ] as const) {
        for (const doc of docs) expect(PUBLIC_LISTED_SCHEMAS[collection].parse(doc)).toEqual(doc)
        expect(docs.map((doc) => doc.publishedAt)).toEqual(
          docs
            .map((doc) => doc.publishedAt)
            .sort()
            .reverse(),
        )
      }
      expect(home.notices.length, site.slug).toBeGreaterThan(0)
      for (const column of ctx.columns) {
        const first = await readColumnPage(client, ctx, column, 1)
        const listed = [...first.pinned, ...first.list.docs]
        expect(first.list.totalDocs).toBe(first.list.docs.length)
        expect(listed.every((doc) => answers[collectionFor(column)].some((recorded) => recorded.id === doc.id))).toBe(true)
        if (first.list.totalDocs >= 3) {
          const second = await client.list(first.collection, site.id, { columnIds: [column.id], page: 2, limit: 2 })
          const whole = await client.list(first.collection, site.id, { columnIds: [column.id], limit: 1000 })
          expect({ page: second.page, totalPages: second.totalPages, ids: second.docs.map((doc) => doc.id) }).toEqual({
            page: 2,
            totalPages: Math.ceil(whole.docs.length / 2),
            ids: whole.docs.slice(2, 4).map((doc) => doc.id),
          })
        }
      }
      // Site map: every column's parent is a column of the same site.
      for (const column of ctx.columns) if (column.parent) expect(ctx.columns.map((entry) => entry.id)).toContain(column.parent)
    }
    const county = siteNamed('county')
    const pinned = (await readHomepage(client, contextOf(county))).pinned
    expect(pinned.map((notice) => answers.notices.find((doc) => doc.id === notice.id)?.kind)).toContain('opening')
  })

  it('populates what the policy and interpretation pages link to, in the link shapes: revision, interpretations and the policies they interpret', async () => {
    const policies = answers['policy-documents'] as unknown as z.infer<(typeof PUBLIC_DETAIL_SCHEMAS)['policy-documents']>[]
    const revised = policies.find((policy) => policy.validity === 'revised') ?? expect.fail('the seed has a revised policy')
    expect(revised.supersededBy).toMatchObject({ id: expect.any(String), title: expect.any(String) })
    const interpreted = policies.find((policy) => (policy.interpretations?.docs ?? []).length > 0) ?? expect.fail('the seed has an interpreted policy')
    for (const link of interpreted.interpretations?.docs ?? [])
      expect(link).toMatchObject({ id: expect.any(String), title: expect.any(String), publishedAt: expect.any(String) })
    for (const interpretation of answers.interpretations)
      for (const link of interpretation.policies as unknown[]) expect(link).toMatchObject({ id: expect.any(String), title: expect.any(String) })
  })

  it('resolves sites by host and by slug, a planned site as none', async () => {
    const portal = siteNamed('portal')
    expect(await resolveSiteByHost(client, portal.englishDomain)).toEqual(portal)
    expect(await resolveSiteByHost(client, 'localhost:3001')).toEqual(portal)
    expect(await resolveSiteBySlug(client, 'county')).toEqual(siteNamed('county'))
    expect(await resolveSiteByHost(client, 'www.unknown.gov.cn')).toBeNull()
    await payload.create({
      collection: 'sites',
      data: { name: '示例市筹建网站', slug: 'planned', kind: 'department', parent: portal.id, englishDomain: 'planned.example.gov.cn', status: 'planned' },
    })
    expect(await resolveSiteBySlug(client, 'planned')).toBeNull()
    expect(await resolveSiteByHost(client, 'planned.example.gov.cn')).toBeNull()
  })

  it('search and Q&A answer in the contract, each hit at the URL the index holds for its type and id', async () => {
    for (const collection of ['articles', 'policy-documents', 'interpretations', 'notices'] as const) {
      const doc = answers[collection][0] ?? expect.fail(collection)
      const result = await searchCms(rest.url, { q: String(doc.title), site: idOfSite(doc), page: 1, pageSize: 10 })
      if ('refused' in result) return expect.fail(result.refused)
      expect(result.hits.map((hit) => hit.id)).toContain(doc.id)
      expect(result.hits.every((hit) => hit.site.id === idOfSite(doc))).toBe(true)
    }
    const everywhere = await searchCms(rest.url, { q: '示例', page: 1, pageSize: 50 })
    if ('refused' in everywhere) return expect.fail(everywhere.refused)
    expect(new Set(everywhere.hits.map((hit) => hit.site.slug)).size).toBeGreaterThan(1)
    const faq = answers.faqs[0] ?? expect.fail('the seed has FAQ entries')
    const answer = await askKnowledgeBase(rest.url, 'portal', String(faq.question))
    expect(answer.hits.map((hit) => hit.id)).toContain(faq.id)
    const hits = raw
      .filter(({ url }) => url.pathname === '/api/search' || url.pathname === '/api/qa')
      .flatMap(({ body }) => (body as { hits: { id: string; type: never; url: string }[] }).hits)
    expect(hits.length).toBeGreaterThan(4)
    for (const hit of hits) expect(hit.url).toBe(documentPath(collectionOfType(hit.type), hit.id))
  })

  it('media lookup: a published attachment and body image in the contract, also as the article page populates them', async () => {
    const portal = siteNamed('portal')
    const account = (email: string) => payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 }).then(({ docs }) => docs[0] as User)
    const editor = await account(DEMO_ACCOUNTS[1].email)
    const reviewer = await account(DEMO_ACCOUNTS[2].email)
    const image = await payload.create({
      collection: 'media',
      data: { site: portal.id, alt: '会议现场' },
      file: { data: PNG, mimetype: 'image/png', name: '会议现场.png', size: PNG.length },
      user: editor,
      overrideAccess: false,
    })
    const news = contextOf(portal).columns.find((column) => column.slug === 'news') ?? expect.fail('news column')
    const body = lexicalText('会议现场。') as { root: { children: unknown[] } }
    body.root.children.push({ type: 'upload', version: 3, relationTo: 'media', value: image.id, fields: null, format: '' })
    const req = await createLocalReq({}, payload)
    const id = await publishThroughWorkflow(req, { editor, reviewer }, 'articles', {
      site: portal.id,
      column: news.id,
      title: '附图片的新闻',
      body: body as Article['body'],
      attachments: [image.id],
    })
    const media = await client.media(portal.id, '会议现场.png')
    expect(media).toMatchObject({
      id: image.id,
      filename: '会议现场.png',
      mimeType: 'image/png',
      alt: '会议现场',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    expect(publicMediaSchema.parse(media)).toEqual(media)
    const article = await client.one('articles', portal.id, id)
    expect(article?.attachments).toEqual([media])
    expect(await client.media(siteNamed('county').id, '会议现场.png')).toBeNull()
  })

  it('the committed site fixtures are what the seeded CMS answers (npm run fixtures -w @govsite/cms rewrites them)', async () => {
    const recorded = labelled(answers)
    expect(unlabelledIds(recorded)).toEqual([])
    if (WRITE_FIXTURES) {
      const json = JSON.stringify({
        generatedBy: 'npm run fixtures -w @govsite/cms',
        seededAt: SEEDED_AT.toISOString(),
        readAt: READ_AT.toISOString(),
        answers: recorded,
      })
      await writeFile(FIXTURES, await prettier.format(json, { ...(await prettier.resolveConfig(FIXTURES)), parser: 'json' }))
    }
    const committed = JSON.parse(await readFile(FIXTURES, 'utf8')) as { seededAt: string; readAt: string; answers: SiteAnswers }
    expect({ seededAt: committed.seededAt, readAt: committed.readAt }).toEqual({ seededAt: SEEDED_AT.toISOString(), readAt: READ_AT.toISOString() })
    expect(comparable(recorded, SEEDED_AT)).toEqual(comparable(committed.answers, SEEDED_AT))
  })

  it('is stated over the collections Payload generates: renaming or retyping a field the site reads fails typecheck', () => {
    expectTypeOf<Pick<Site, keyof z.input<typeof publicSiteSchema>>>().toExtend<z.input<typeof publicSiteSchema>>()
    expectTypeOf<Pick<Column, keyof z.input<typeof publicColumnSchema>>>().toExtend<z.input<typeof publicColumnSchema>>()
    expectTypeOf<Pick<Media, keyof z.input<typeof publicMediaSchema>>>().toExtend<z.input<typeof publicMediaSchema>>()
    expectTypeOf<Pick<Article, keyof z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['articles']>>>().toExtend<z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['articles']>>()
    expectTypeOf<Pick<Notice, keyof z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['notices']>>>().toExtend<z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['notices']>>()
    expectTypeOf<Pick<PolicyDocument, keyof z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['policy-documents']>>>().toExtend<
      z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['policy-documents']>
    >()
    expectTypeOf<Pick<Interpretation, keyof z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['interpretations']>>>().toExtend<
      z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['interpretations']>
    >()
    expectTypeOf<Pick<Faq, keyof z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['faqs']>>>().toExtend<z.input<(typeof PUBLIC_DETAIL_SCHEMAS)['faqs']>>()
  })
})

function idOfSite(doc: Record<string, unknown>): string {
  return typeof doc.site === 'string' ? doc.site : (doc.site as { id: string }).id
}
