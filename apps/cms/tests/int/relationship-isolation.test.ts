import { randomUUID } from 'node:crypto'

import { COLUMN_KINDS, columnAccepts, DERIVED_FIELD_NAMES, type RelationshipScope } from '@govsite/domain'
import { createLocalReq, type CollectionSlug, type FlattenedField, type Where } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { isolateCollection, isolateGlobal } from '../../src/access/isolate-relationships'
import { scoped, scopeOf } from '../../src/access/relationship-scope'
import { receiveMessage } from '../../src/interaction/message-intake'
import { TRANSITION_FLAG } from '../../src/shared/context-flags'
import type { PublishableSlug } from '../../src/workflow/workflow-options'
import { lexical } from './interaction-fixture'
import { INSPECTION_WRITE } from '../../src/rectification/inspection-write'
import { FULL_CHECKLIST, NOW, PERSONAS, workflowFixture, type Persona } from './workflow-fixture'

/**
 * Site isolation on every relationship (R-ROLE-SEPARATE), as a matrix generated from the
 * sanitized Payload config: every relationship/upload field (at any depth) and every join ×
 * every persona, for writes (another site's document, an unreadable or missing one, an allowed
 * one) and for queries through the relationship (`where`, versions, `sort`). A field added later
 * is in the matrix without touching this file; a new collection needs a document builder below.
 */

type Doc = Record<string, unknown>
type Site = 'A' | 'B'
interface Segment {
  name: string
  /** The array's row fields, when this segment is an array. */
  row?: FlattenedField[]
}
interface ReferenceInfo {
  collection: string
  segments: Segment[]
  path: string
  relationTo: string
  hasMany: boolean
  scope: RelationshipScope | undefined
}

const f = await workflowFixture()
afterAll(async () => f.cleanup())

function referencesOf(collection: string, fields: FlattenedField[], prefix: Segment[] = []): ReferenceInfo[] {
  return fields.flatMap((field): ReferenceInfo[] => {
    if (field.type === 'relationship' || field.type === 'upload') {
      const segments = [...prefix, { name: field.name }]
      return [
        {
          collection,
          segments,
          path: segments.map((s) => s.name).join('.'),
          relationTo: String(field.relationTo),
          hasMany: Boolean(field.hasMany),
          scope: scopeOf(field),
        },
      ]
    }
    if (field.type === 'group' || field.type === 'tab') return referencesOf(collection, field.flattenedFields, [...prefix, { name: field.name }])
    if (field.type === 'array') return referencesOf(collection, field.flattenedFields, [...prefix, { name: field.name, row: field.flattenedFields }])
    if (field.type === 'blocks') return field.blocks.flatMap((block) => referencesOf(collection, block.flattenedFields, [...prefix, { name: field.name }]))
    return []
  })
}

const collections = f.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
const REFERENCES = collections.flatMap((collection) => referencesOf(collection.slug, collection.flattenedFields))
const JOINS = collections.flatMap((collection) =>
  collection.flattenedFields
    .filter((field) => field.type === 'join')
    .map((field) => ({ collection: collection.slug, field: field as FlattenedField & { collection: string; on: string } })),
)
const configOf = (slug: string) => f.config.collections.find((collection) => collection.slug === slug)!
const hasDrafts = (slug: string) => Boolean(configOf(slug).versions)
const siteId = (site: Site) => (site === 'A' ? f.siteA : f.siteB)
const other = (site: Site): Site => (site === 'A' ? 'B' : 'A')
const homeOf = (persona: Persona): Site => (persona === 'editorB' || persona === 'reviewerB' ? 'B' : 'A')

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64')
let serial = 0
const unique = (text: string) => `${text}${(serial += 1)}号`

const trusted = { overrideAccess: true, depth: 0 } as const
/** Raw rows, as if stored before the rule: the engine's flag keeps the workflow guard from resetting bookkeeping. */
const raw = { ...trusted, context: { [TRANSITION_FLAG]: 'fixture' } }
const create = async (collection: string, data: Doc, draft = hasDrafts(collection)) =>
  String((await f.payload.create({ collection: collection as CollectionSlug, data: data as never, draft, ...raw })).id)

const columns = new Map<string, string>()
/** A column of `site` that holds `owner`'s content (any kind for columns themselves). */
async function columnFor(site: Site, owner: string, fresh = false): Promise<string> {
  const kind = COLUMN_KINDS.find((candidate) => columnAccepts(candidate, owner)) ?? 'other'
  const key = `${site}:${kind}`
  if (!fresh && columns.has(key)) return columns.get(key)!
  const id = await create('columns', { site: siteId(site), name: unique('栏目'), slug: `c${(serial += 1)}`, kind })
  if (!fresh) columns.set(key, id)
  return id
}

/**
 * A fresh document of each collection on a site — trusted writes, as the seed and intake make
 * them. `extra` overrides fields (used to write rows that break the rule, as data stored before it).
 */
type Builder = (site: Site, owner: string, extra?: Doc) => Promise<string>
const BUILDERS: Record<Exclude<CollectionSlug, `payload-${string}`>, Builder> = {
  users: (_site, _owner, extra) =>
    create('users', { email: `u${(serial += 1)}@example.gov.cn`, name: unique('用户'), password: 'relationship-isolation-pass', ...extra }),
  // A development zone with a portal-style domain may sit under either portal.
  sites: (site, _owner, extra) =>
    extra
      ? create('sites', {
          name: unique('开发区'),
          slug: `z${(serial += 1)}`,
          kind: 'development-zone',
          englishDomain: `www.zone${serial}.gov.cn`,
          status: 'planned',
          ...extra,
        })
      : Promise.resolve(siteId(site)),
  columns: (site, owner, extra) =>
    extra ? create('columns', { site: siteId(site), name: unique('栏目'), slug: `c${(serial += 1)}`, kind: 'news', ...extra }) : columnFor(site, owner, true),
  media: async (site, _owner, extra) =>
    String(
      (
        await f.payload.create({
          collection: 'media',
          data: { site: siteId(site), alt: unique('图片'), ...extra },
          file: { data: PNG, mimetype: 'image/png', name: `p${(serial += 1)}.png`, size: PNG.length },
          ...trusted,
        })
      ).id,
    ),
  articles: async (site, _owner, extra) =>
    create('articles', { title: unique('文章'), site: siteId(site), column: await columnFor(site, 'articles'), ...extra }),
  'policy-documents': async (site, _owner, extra) =>
    create('policy-documents', {
      title: unique('政策文件'),
      site: siteId(site),
      column: await columnFor(site, 'policy-documents'),
      issuingAgency: '示例市人民政府',
      validity: 'expired',
      ...extra,
    }),
  interpretations: async (site, _owner, extra) =>
    create('interpretations', {
      title: unique('政策解读'),
      site: siteId(site),
      column: await columnFor(site, 'interpretations'),
      policies: [await BUILDERS['policy-documents'](site, 'interpretations')],
      ...extra,
    }),
  notices: async (site, _owner, extra) =>
    create('notices', { title: unique('公告'), kind: 'general', site: siteId(site), column: await columnFor(site, 'notices'), ...extra }),
  // Received by `extra.site` when given (then handled by `site`), as the public intake stores it.
  messages: async (site, _owner, extra) => {
    const { site: receivedBy, ...rest } = extra ?? {}
    const req = await createLocalReq({}, f.payload)
    const message = await receiveMessage(
      req,
      {
        siteId: receivedBy ? String(receivedBy) : siteId(site),
        clientIp: null,
        name: unique('张'),
        phone: `138${String((serial += 1)).padStart(8, '0')}`,
        category: 'consultation',
        subject: unique('咨询'),
        content: unique('留言内容'),
        publicAnswer: false,
      } as never,
      NOW,
    )
    const handling = receivedBy ? { handlingSite: siteId(site), ...rest } : rest
    if (Object.keys(handling).length > 0) await f.payload.update({ collection: 'messages', id: message.id, data: handling as never, ...raw })
    return message.id
  },
  faqs: (site, _owner, extra) => create('faqs', { question: unique('问题'), site: siteId(site), answer: lexical('答案'), ...extra }),
  surveys: (site, _owner, extra) =>
    create('surveys', {
      title: unique('调查'),
      site: siteId(site),
      opensAt: '2026-11-01T00:00:00.000Z',
      closesAt: '2026-12-01T00:00:00.000Z',
      questions: [{ label: '您的意见', kind: 'text' }],
      ...extra,
    }),
  'survey-responses': async (site, _owner, extra) =>
    create('survey-responses', { survey: await BUILDERS.surveys(site, 'survey-responses'), site: siteId(site), answers: {}, ...extra }),
  'error-reports': (site, _owner, extra) =>
    create('error-reports', {
      site: siteId(site),
      url: 'https://www.example.gov.cn/x',
      description: unique('错别字'),
      receivedAt: '2026-11-24T02:00:00.000Z',
      ...extra,
    }),
  // Automatic orders are written by the inspection only.
  'rectification-orders': async (site, _owner, extra) =>
    String(
      (
        await f.payload.create({
          collection: 'rectification-orders',
          data: {
            title: unique('整改'),
            site: siteId(site),
            rule: 'R-VETO-EMPTY-5',
            findingKey: unique('column:'),
            source: 'automatic',
            severity: 'warning',
            summary: '空白栏目',
            deadline: NOW.toISOString(),
            ...extra,
          } as never,
          context: { [INSPECTION_WRITE]: { note: '监测发现', at: NOW } },
          overrideAccess: true,
        })
      ).id,
    ),
  'audit-logs': (site, _owner, extra) =>
    create('audit-logs', { at: NOW.toISOString(), action: 'submit', targetCollection: 'articles', documentId: randomUUID(), site: siteId(site), ...extra }),
  // One summary per column and type: each on a column of its own.
  'column-content-summaries': async (site, _owner, extra) =>
    create('column-content-summaries', {
      site: siteId(site),
      column: await columnFor(site, 'articles', true),
      collection: 'articles',
      publishedCount: 0,
      ...extra,
    }),
  'inspection-snapshots': (site, _owner, extra) =>
    create('inspection-snapshots', { site: siteId(site), date: '2026-11-24', status: 'pass', failing: [], warning: [], evaluation: {}, ...extra }),
  // The monitors' records, as their jobs store them.
  'availability-days': (site, _owner, extra) =>
    create('availability-days', { site: siteId(site), date: `day-${(serial += 1)}`, checks: 1, failures: 0, ...extra }),
  'link-findings': (site, _owner, extra) =>
    create('link-findings', {
      site: siteId(site),
      pageUrl: `https://www.example.gov.cn/p${(serial += 1)}`,
      targetUrl: 'https://www.example.gov.cn/missing',
      outcome: 'broken-confirmed',
      firstFoundAt: NOW.toISOString(),
      lastCheckedAt: NOW.toISOString(),
      ...extra,
    }),
  'link-check-runs': (site, _owner, extra) => create('link-check-runs', { site: siteId(site), scope: 'homepage', startedAt: NOW.toISOString(), ...extra }),
  'channel-checks': (site, _owner, extra) =>
    create('channel-checks', { site: siteId(site), checkedAt: NOW.toISOString(), formWorks: true, intakeWorks: true, ...extra }),
  'content-quality-findings': (site, _owner, extra) =>
    create('content-quality-findings', {
      site: siteId(site),
      key: unique('问题标识'),
      list: 'typo',
      wrong: '再接再励',
      right: '再接再厉',
      documentCollection: 'articles',
      documentId: unique('文章'),
      firstFoundAt: NOW.toISOString(),
      lastCheckedAt: NOW.toISOString(),
      ...extra,
    }),
  'content-quality-runs': (_site, _owner, extra) => create('content-quality-runs', { reason: 'daily', requestedAt: NOW.toISOString(), ...extra }),
  notifications: (site, _owner, extra) =>
    create('notifications', {
      recipient: f.users.platformAdmin.id,
      kind: 'review-awaiting',
      title: unique('通知'),
      site: siteId(site),
      ...extra,
    }),
  'notification-sends': (site, _owner, extra) =>
    create('notification-sends', {
      slot: unique('发送位'),
      dedupeKey: unique('去重键'),
      kind: 'review-awaiting',
      channel: 'inbox',
      title: unique('通知'),
      status: 'sent',
      site: siteId(site),
      ...extra,
    }),
  'quarterly-results': (_site, _owner, extra) =>
    create('quarterly-results', {
      quarter: `${2000 + (serial += 1)}-Q4`,
      title: unique('季度检查结果公开'),
      documentCollection: 'notices',
      documentId: 'none',
      requestedAt: NOW.toISOString(),
      ...extra,
    }),
}
const builders = new Map<string, Builder>(Object.entries(BUILDERS))

/** The builder of a collection the config walk found (a relationship's or join's target). */
function builderOf(collection: string): Builder {
  const builder = builders.get(collection)
  if (!builder) throw new Error(`no builder for the collection ${collection}`)
  return builder
}

/** Targets are only pointed at, never changed: one per collection, site and owner is enough. */
const targets = new Map<string, Promise<string>>()
function targetOn(collection: string, site: Site, owner: string): Promise<string> {
  const key = `${collection}:${site}:${owner}`
  if (!targets.has(key)) targets.set(key, builderOf(collection)(site, owner))
  return targets.get(key)!
}

/** Request body setting the reference at `segments` to `value` (array rows get their required selects). */
function bodyFor(segments: Segment[], value: unknown): Doc {
  const [head, ...tail] = segments
  if (!head) throw new Error('a reference has at least one segment')
  const inner = tail.length === 0 ? value : bodyFor(tail, value)
  if (!head.row) return { [head.name]: inner }
  const filled = Object.fromEntries(
    head.row
      .filter((field) => field.type === 'select' && field.required)
      .map((field) => [field.name, (field as { options: { value: string }[] }).options[0]?.value]),
  )
  return { [head.name]: [{ ...filled, ...(inner as Doc) }] }
}

/** Every id stored at `segments` (through arrays and groups). */
function storedIds(doc: unknown, segments: Segment[]): string[] {
  if (doc === null || doc === undefined) return []
  if (Array.isArray(doc)) return doc.flatMap((item) => storedIds(item, segments))
  const [head, ...tail] = segments
  if (!head) return [typeof doc === 'object' ? String((doc as Doc).id) : String(doc)]
  return storedIds((doc as Doc)[head.name], tail)
}

const stored = async (collection: string, id: string, segments: Segment[]) =>
  storedIds(await f.payload.findByID({ collection: collection as CollectionSlug, id, draft: true, ...trusted }), segments)

const draftQuery = (collection: string) => (hasDrafts(collection) ? 'draft=true&' : '')

describe('the matrix covers the config', () => {
  it('finds relationship fields at every depth, and every one declares a scope', () => {
    expect(REFERENCES.map((ref) => `${ref.collection}.${ref.path}`)).toEqual(
      expect.arrayContaining(['users.siteRoles.site', 'faqs.sourceMessage', 'interpretations.policies', 'articles.approval.by', 'messages.handlingSite']),
    )
    expect(REFERENCES.filter((ref) => !ref.scope).map((ref) => `${ref.collection}.${ref.path}`)).toEqual([])
    expect(JOINS.map((join) => `${join.collection}.${join.field.name}`)).toEqual(['policy-documents.interpretations'])
  })

  it('refuses a config where a relationship or upload field, at any depth, declares no scope', () => {
    const unscoped = { name: 'related', type: 'relationship', relationTo: 'sites' } as const
    const nestings = [
      [unscoped],
      [{ name: 'rows', type: 'array', fields: [unscoped] }],
      [{ type: 'tabs', tabs: [{ label: 'x', fields: [{ type: 'collapsible', label: 'y', fields: [{ type: 'row', fields: [unscoped] }] }] }] }],
      [{ name: 'group', type: 'group', fields: [{ name: 'file', type: 'upload', relationTo: 'media' }] }],
      [{ name: 'blocks', type: 'blocks', blocks: [{ slug: 'b', fields: [unscoped] }] }],
    ]
    for (const fields of nestings) {
      expect(() => isolateCollection({ slug: 'probe', fields: fields as never })).toThrow(/declares its scope/)
    }
    expect(() => isolateCollection({ slug: 'probe', fields: [{ ...unscoped, custom: scoped('same-site') }] })).toThrow(/top-level `site` field/)
    expect(() => isolateCollection({ slug: 'probe', fields: [{ ...unscoped, custom: scoped('platform-site') }] })).not.toThrow()
    expect(() => isolateGlobal({ slug: 'probe', fields: [{ ...unscoped, custom: scoped('platform-site') }] })).toThrow(/globals cannot hold/)
  })

  it('has a document builder for every collection, so every field is exercised', () => {
    expect(collections.map((collection) => collection.slug).filter((slug) => !builders.has(slug))).toEqual([])
  })
})

describe('writes: a reference points only where its scope allows, for every field × persona', () => {
  for (const ref of REFERENCES) {
    it(`${ref.collection}.${ref.path} (${ref.scope})`, async () => {
      for (const persona of PERSONAS) {
        const home = homeOf(persona)
        const hostId = ref.collection === 'users' && persona !== 'anonymous' ? f.users[persona].id : await builderOf(ref.collection)(home, ref.collection, {})
        const url = `${ref.collection}/${hostId}${hasDrafts(ref.collection) ? '?draft=true' : ''}`
        const token = f.tokenOf(persona)
        const canWrite = (await f.api.rest('PATCH', url, { token, body: {} })).status === 200
        const targets = {
          home: await targetOn(ref.relationTo, home, ref.collection),
          other: await targetOn(ref.relationTo, other(home), ref.collection),
          missing: randomUUID(),
        }
        for (const [kind, target] of Object.entries(targets) as [keyof typeof targets, string][]) {
          const before = await stored(ref.collection, hostId, ref.segments)
          const response = await f.api.rest('PATCH', url, { token, body: bodyFor(ref.segments, ref.hasMany ? [target] : target) })
          const after = await stored(ref.collection, hostId, ref.segments)
          const where = `${persona} → ${kind} target`
          expect(response.status, where).toBeLessThan(500)
          // Accepted: the write went through and the reference is stored (a document's own site may already be it).
          const accepted = response.status === 200 && after.includes(target)
          const changed = after.includes(target) && !before.includes(target)
          const applied = accepted && (changed || before.includes(target))
          if (!canWrite || kind === 'missing') {
            expect(changed, where).toBe(false)
            if (canWrite && ref.scope === 'same-site')
              expect(response.body.errors, where).toMatchObject([{ data: { code: 'relationship.target_unavailable' } }])
            continue
          }
          const admin = persona === 'platformAdmin'
          switch (ref.scope) {
            case 'engine-only':
              expect(changed, where).toBe(false)
              break
            case 'platform-admin':
              if (admin) expect(applied, where).toBe(true)
              else expect(changed, where).toBe(false)
              break
            case 'platform-site':
              expect(applied, where).toBe(true)
              break
            case 'own-site':
              if (kind === 'home') expect(applied, where).toBe(true)
              else if (!admin) expect(changed, where).toBe(false)
              break
            case 'same-site':
              if (kind === 'home') expect(applied, where).toBe(true)
              else expect(changed, where).toBe(false)
              if (kind === 'other') {
                expect(response.body.errors, where).toMatchObject([{ data: { code: admin ? 'relationship.other_site' : 'relationship.target_unavailable' } }])
              }
              break
            default:
              throw new Error(`no scope declared on ${ref.collection}.${ref.path}`)
          }
        }
      }
    })
  }
})

/** The first text value of a document a query can filter on (title, name, subject, filename …). */
async function textFieldOf(collection: string, id: string): Promise<{ name: string; value: string }> {
  const doc = (await f.payload.findByID({ collection: collection as CollectionSlug, id, ...trusted })) as unknown as Doc
  const field = configOf(collection).flattenedFields.find(
    (candidate) => ['text', 'textarea', 'email'].includes(candidate.type) && typeof doc[candidate.name] === 'string' && doc[candidate.name] !== '',
  )
  if (!field) throw new Error(`no text field to query on ${collection}`)
  return { name: field.name, value: String(doc[field.name]) }
}

const userDocOf = async (persona: Persona) => (persona === 'anonymous' ? null : await f.userDoc(persona))
/** How many documents of `collection` (matching `where`) a persona reads; none when the collection is closed to them. */
const countAs = async (persona: Persona, collection: string, where?: Where) => {
  try {
    return (await f.payload.count({ collection: collection as CollectionSlug, where, overrideAccess: false, user: await userDocOf(persona) })).totalDocs
  } catch {
    return 0
  }
}
const canRead = async (persona: Persona, collection: string, id: string) => (await countAs(persona, collection, { id: { equals: id } })) > 0
const readsAll = async (persona: Persona, collection: string) =>
  (await countAs(persona, collection)) === (await f.payload.count({ collection: collection as CollectionSlug, overrideAccess: true })).totalDocs

const totalOf = async (path: string, persona: Persona) => {
  const response = await f.api.rest('GET', path, { token: f.tokenOf(persona) })
  expect(response.status, `${persona}: ${path}`).toBeLessThan(500)
  return { status: response.status, total: response.status === 200 ? Number(response.body.totalDocs) : null }
}

/**
 * A document of site A points at a document of site B (stored before the rule); a condition on
 * the related document's text must answer the same whether it matches or not, for everyone who
 * cannot read the related document — on list queries and version queries alike.
 */
async function expectNoOracle(
  collection: string,
  path: string,
  relatedCollection: string,
  relatedId: string,
  field: { name: string; value: string },
  hostStored: boolean,
) {
  for (const persona of PERSONAS) {
    const readable = await canRead(persona, relatedCollection, relatedId)
    const variants = [
      (value: string) => `${collection}?${draftQuery(collection)}where[${path}.${field.name}][equals]=${encodeURIComponent(value)}`,
      (value: string) => `${collection}?${draftQuery(collection)}where[${path}.${field.name}][like]=${encodeURIComponent(value)}`,
      ...(hasDrafts(collection) ? [(value: string) => `${collection}/versions?where[version.${path}.${field.name}][equals]=${encodeURIComponent(value)}`] : []),
    ]
    for (const variant of variants) {
      const match = await totalOf(variant(field.value), persona)
      const miss = await totalOf(variant(`${field.value}不存在`), persona)
      if (!readable) expect(match, `${persona} must not tell: ${variant(field.value)}`).toEqual(miss)
      else if (persona === 'platformAdmin' && hostStored) expect(match.total ?? 0, `${persona}: the query itself works`).toBeGreaterThan(0)
    }
    const sorted = await f.api.rest('GET', `${collection}?${draftQuery(collection)}sort=${path}.${field.name}`, { token: f.tokenOf(persona) })
    expect(sorted.status, `${persona}: sort by ${path}.${field.name}`).toBeLessThan(500)
    if (sorted.status === 200) expect(await readsAll(persona, relatedCollection), `${persona} may sort only by what they read in full`).toBe(true)
    // A derived field is hidden: for those who could sort through it, Payload itself refuses the path.
    else if (sorted.status === 400)
      expect((DERIVED_FIELD_NAMES as readonly string[]).includes(path) ? ['query.sort_forbidden', 'query.invalid_path'] : ['query.sort_forbidden']).toContain(
        sorted.body.code,
      )
    else expect(sorted.status, `${persona}: the collection itself is closed`).toBe(403)
  }
}

describe('queries: a path through a relationship tells nothing about documents the user cannot read', () => {
  for (const ref of REFERENCES) {
    it(`${ref.collection}.${ref.path} → ${ref.relationTo}`, async () => {
      const relatedId = await builderOf(ref.relationTo)('B', ref.collection)
      const value = ref.hasMany ? [relatedId] : relatedId
      const hostData = bodyFor(ref.segments, value)
      // Users hold no site; others sit on site A, pointing at site B. Some rules refuse such a row even from trusted code.
      // A derived field (mediaRefs) is recomputed from the content on save, so the host does not keep the pointer.
      const derived = (DERIVED_FIELD_NAMES as readonly string[]).includes(ref.path)
      // The query must work for the platform admin where they read the host (an inbox entry only its recipient reads).
      const hostStored = await builderOf(ref.collection)('A', ref.collection, hostData).then(
        async (id) => !derived && (await canRead('platformAdmin', ref.collection, id)),
        () => false,
      )
      await expectNoOracle(ref.collection, ref.path, ref.relationTo, relatedId, await textFieldOf(ref.relationTo, relatedId), hostStored)
    })
  }

  for (const join of JOINS) {
    it(`join ${join.collection}.${join.field.name} → ${join.field.collection}`, async () => {
      const host = await builderOf(join.collection)('A', join.collection)
      const on = configOf(join.field.collection).flattenedFields.find((field) => field.name === join.field.on) as { hasMany?: boolean }
      const joined = await builderOf(join.field.collection)('B', join.collection, { [join.field.on]: on.hasMany ? [host] : host })
      const field = await textFieldOf(join.field.collection, joined)
      await expectNoOracle(join.collection, join.field.name, join.field.collection, joined, field, true)
    })
  }
})

describe('the reproductions from the report, on REST, GraphQL and the Local API', () => {
  const asUser = async (persona: Exclude<Persona, 'anonymous'>) => ({ overrideAccess: false, user: await f.userDoc(persona) })

  it('a department editor cannot point an FAQ at another site’s message, and cannot tell whether it exists', async () => {
    const portalMessage = await BUILDERS.messages('A', 'faqs')
    const body = (sourceMessage: string) => ({ question: '居住证怎么办？', site: f.siteB, answer: lexical('见办事指南'), sourceMessage })
    const refused = await f.api.rest('POST', 'faqs?draft=true', { token: f.tokenOf('editorB'), body: body(portalMessage) })
    const missing = await f.api.rest('POST', 'faqs?draft=true', { token: f.tokenOf('editorB'), body: body(randomUUID()) })
    expect(refused).toMatchObject({
      status: 400,
      body: { errors: [{ data: { code: 'relationship.target_unavailable' }, message: expect.stringContaining('来源留言') }] },
    })
    expect(missing).toEqual(refused)

    const graphql = await f.api.graphql(
      'mutation ($m: String!, $s: String!) { createFaq(draft: true, data: { question: "问", site: $s, answer: {}, sourceMessage: $m }) { id } }',
      { m: portalMessage, s: f.siteB },
      f.tokenOf('editorB'),
    )
    expect(JSON.stringify(graphql.body.errors)).toContain('来源留言')
    await expect(f.payload.create({ collection: 'faqs', data: body(portalMessage) as never, draft: true, ...(await asUser('editorB')) })).rejects.toMatchObject(
      { status: 400, data: { code: 'relationship.target_unavailable' } },
    )
  })

  it('what a rich text points at is checked like a relationship: another site’s media or message is refused, the own site’s media is kept', async () => {
    const portalImage = await BUILDERS.media('A', 'articles')
    const countyImage = await BUILDERS.media('B', 'articles')
    const portalMessage = await BUILDERS.messages('A', 'faqs')
    const body = (...nodes: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: nodes } })
    const upload = (id: string) => ({ type: 'upload', version: 3, format: '', relationTo: 'media', value: id, fields: null })
    const article = (nodes: unknown[]) => ({ title: '县里的新闻', site: f.siteB, column: f.columnB, body: body(...nodes) })

    const foreignImage = await f.api.rest('POST', 'articles?draft=true', { token: f.tokenOf('editorB'), body: article([upload(portalImage)]) })
    const missingImage = await f.api.rest('POST', 'articles?draft=true', { token: f.tokenOf('editorB'), body: article([upload(randomUUID())]) })
    expect(foreignImage).toMatchObject({
      status: 400,
      body: { errors: [{ data: { code: 'relationship.target_unavailable' }, message: expect.stringContaining('正文') }] },
    })
    expect(missingImage).toEqual(foreignImage)
    const relationship = { type: 'relationship', version: 2, format: '', relationTo: 'messages', value: portalMessage }
    await expect(
      f.payload.create({ collection: 'articles', data: article([relationship]) as never, draft: true, ...(await asUser('editorB')) }),
    ).rejects.toMatchObject({ status: 400, data: { code: 'relationship.target_unavailable' } })

    const own = await f.api.rest('POST', 'articles?draft=true', { token: f.tokenOf('editorB'), body: article([upload(countyImage)]) })
    expect(own.status).toBe(201)
    // A platform admin reads both sites, but one site's content still cannot show another site's files.
    const crossed = await f.api.rest('PATCH', `articles/${String((own.body.doc as Doc).id)}?draft=true`, {
      token: f.tokenOf('platformAdmin'),
      body: { body: body(upload(countyImage), upload(portalImage)) },
    })
    expect(crossed).toMatchObject({ status: 400, body: { errors: [{ data: { code: 'relationship.other_site' } }] } })
  })

  it('a row stored before the rule leaks no phone, name or text through where, like, contains, versions, sort or depth', async () => {
    const portalMessage = await BUILDERS.messages('A', 'faqs')
    const message = (await f.payload.findByID({ collection: 'messages', id: portalMessage, ...trusted })) as unknown as Doc
    const faq = await BUILDERS.faqs('B', 'faqs', { sourceMessage: portalMessage })
    const editorB = f.tokenOf('editorB')
    const total = async (path: string) => {
      const response = await f.api.rest('GET', path, { token: editorB })
      expect(response.status, path).toBe(200)
      return response.body.totalDocs
    }
    const pairs: [string, string][] = [
      [`faqs?draft=true&where[sourceMessage.phone][equals]=${message.phone}`, 'faqs?draft=true&where[sourceMessage.phone][equals]=13000000000'],
      [`faqs?where[sourceMessage.phone][equals]=${message.phone}`, 'faqs?where[sourceMessage.phone][equals]=13000000000'],
      [
        `faqs?draft=true&where[sourceMessage.name][like]=${encodeURIComponent(String(message.name))}`,
        `faqs?draft=true&where[sourceMessage.name][like]=${encodeURIComponent('无此人')}`,
      ],
      [
        `faqs?draft=true&where[sourceMessage.content][like]=${encodeURIComponent(String(message.content))}`,
        `faqs?draft=true&where[sourceMessage.content][like]=${encodeURIComponent('无此内容')}`,
      ],
      [
        `faqs?draft=true&where[sourceMessage][contains][phone][equals]=${message.phone}`,
        'faqs?draft=true&where[sourceMessage][contains][phone][equals]=13000000000',
      ],
      [`faqs/versions?where[version.sourceMessage.phone][equals]=${message.phone}`, 'faqs/versions?where[version.sourceMessage.phone][equals]=13000000000'],
      [`faqs?draft=true&where[sourceMessage__phone][equals]=${message.phone}`, 'faqs?draft=true&where[sourceMessage__phone][equals]=13000000000'],
    ]
    for (const [match, miss] of pairs) expect(await total(match), match).toBe(await total(miss))
    expect(await total(`faqs?draft=true&where[id][equals]=${faq}`)).toBe(1)

    expect(await f.api.rest('GET', 'faqs?draft=true&sort=sourceMessage.phone', { token: editorB })).toMatchObject({
      status: 400,
      body: { errors: [{ data: { code: 'query.sort_forbidden' } }] },
    })
    const graphqlSort = await f.api.graphql('{ Faqs(draft: true, sort: "sourceMessage.phone") { docs { id } } }', {}, editorB)
    expect(JSON.stringify(graphqlSort.body.errors)).toContain('不能按关联内容“来源留言”的字段排序')

    const populated = await f.api.rest('GET', `faqs/${faq}?draft=true&depth=2`, { token: editorB })
    expect(populated.body.sourceMessage).toBe(portalMessage)
    expect(JSON.stringify(populated.body)).not.toContain(String(message.phone))

    const local = await f.payload.find({
      collection: 'faqs',
      draft: true,
      where: { 'sourceMessage.phone': { equals: message.phone } },
      ...(await asUser('editorB')),
    })
    expect(local.totalDocs).toBe(0)
    await expect(f.payload.findDistinct({ collection: 'faqs', field: 'sourceMessage.phone', ...(await asUser('editorB')) })).rejects.toMatchObject({
      status: 400,
      data: { code: 'query.path_forbidden' },
    })

    // Bulk update selects by the same rule: the matching phone touches nothing.
    const bulk = await f.api.rest('PATCH', `faqs?draft=true&where[sourceMessage.phone][equals]=${message.phone}`, {
      token: editorB,
      body: { category: '户籍' },
    })
    expect(bulk).toMatchObject({ status: 200, body: { docs: [] } })
    expect((await f.payload.findByID({ collection: 'faqs', id: faq, draft: true, ...trusted })).category ?? null).toBeNull()
    // Platform admins read every message: the same query finds the FAQ, so the filter itself works.
    expect(await f.api.rest('GET', `faqs?draft=true&where[sourceMessage.phone][equals]=${message.phone}`, { token: f.tokenOf('platformAdmin') })).toMatchObject(
      { body: { totalDocs: 1 } },
    )
  })

  it('interpretations?where[policies.title][like] tells nothing about another site’s draft policies, nor do joins', async () => {
    const portalDraft = await BUILDERS['policy-documents']('A', 'interpretations', { title: '关于调整最低工资标准的通知（征求意见稿）' })
    await BUILDERS.interpretations('B', 'interpretations', { policies: [portalDraft] })
    const editorB = f.tokenOf('editorB')
    const like = (text: string) => f.api.rest('GET', `interpretations?draft=true&where[policies.title][like]=${encodeURIComponent(text)}`, { token: editorB })
    expect((await like('最低工资')).body.totalDocs).toBe((await like('不存在的标题')).body.totalDocs)

    const creating = await f.api.rest('POST', 'interpretations?draft=true', {
      token: editorB,
      body: { title: '解读', site: f.siteB, column: await columnFor('B', 'interpretations'), policies: [portalDraft] },
    })
    expect(creating).toMatchObject({ status: 400, body: { errors: [{ data: { code: 'relationship.target_unavailable' } }] } })

    // A portal policy's own interpretation that also points at a county draft: the join's where cannot probe the draft.
    const countyDraft = await BUILDERS['policy-documents']('B', 'interpretations', { title: '县级配套实施细则（内部稿）' })
    const portalPolicy = await BUILDERS['policy-documents']('A', 'interpretations')
    await BUILDERS.interpretations('A', 'interpretations', { policies: [portalPolicy, countyDraft] })
    const joined = async (text: string) =>
      (
        await f.api.rest('GET', `policy-documents/${portalPolicy}?joins[interpretations][where][policies.title][like]=${encodeURIComponent(text)}`, {
          token: f.tokenOf('editorA'),
        })
      ).body.interpretations as { docs: unknown[] }
    expect((await joined('实施细则')).docs.length).toBe((await joined('不存在的标题')).docs.length)
    // The filter itself works: on a join Payload matches the linking relationship row, here the portal policy.
    const ownTitle = String((await f.payload.findByID({ collection: 'policy-documents', id: portalPolicy, ...trusted })).title)
    const admin = await f.api.rest(
      'GET',
      `policy-documents/${portalPolicy}?joins[interpretations][where][policies.title][like]=${encodeURIComponent(ownTitle)}`,
      {
        token: f.tokenOf('platformAdmin'),
      },
    )
    expect((admin.body.interpretations as { docs: unknown[] }).docs.length).toBe(1)
  })
})

describe('同步发布 publishes only the policy’s own site’s interpretations (R-POLICY-INTERP)', () => {
  const approveOnB = async (collection: PublishableSlug, id: string) => {
    await f.actOn('editorB', collection, id, 'submit')
    await f.actOn('reviewerB', collection, id, 'approve', { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } })
  }
  const state = async (id: string) => {
    const doc = await f.payload.findByID({ collection: 'interpretations', id, draft: true, ...trusted })
    return {
      reviewState: doc.reviewState,
      live:
        (
          await f.payload.count({
            collection: 'interpretations',
            where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
            overrideAccess: true,
          })
        ).totalDocs === 1,
    }
  }
  const importantPolicy = () => BUILDERS['policy-documents']('A', 'policy-documents', { important: true, validity: 'valid' })

  it('a department’s interpretation linked before the rule neither blocks the portal’s publish nor rides along', async () => {
    await f.payload.update({ collection: 'sites', id: f.siteA, data: { creditCode: '11610100MB2955123X' }, overrideAccess: true })
    const policy = await importantPolicy()
    const foreign = await BUILDERS.interpretations('B', 'interpretations', { policies: [policy] })
    await approveOnB('interpretations', foreign)
    const own = await BUILDERS.interpretations('A', 'interpretations', { policies: [policy] })
    await f.approve('interpretations', own)
    await f.approve('policy-documents', policy)

    expect(await f.actOn('editorA', 'policy-documents', policy, 'publish')).toMatchObject({ live: true })
    expect(await state(own)).toEqual({ reviewState: 'published', live: true })
    expect(await state(foreign)).toEqual({ reviewState: 'approved', live: false })
  })

  it('another site’s interpretation does not satisfy the rule, and a platform admin does not publish it either', async () => {
    const policy = await importantPolicy()
    const foreign = await BUILDERS.interpretations('B', 'interpretations', { policies: [policy] })
    await approveOnB('interpretations', foreign)
    await f.approve('policy-documents', policy)
    for (const persona of ['editorA', 'platformAdmin'] as const) {
      await expect(f.actOn(persona, 'policy-documents', policy, 'publish')).rejects.toMatchObject({ code: 'policy.interpretation_required' })
    }
    expect(await state(foreign)).toEqual({ reviewState: 'approved', live: false })
  })

  it('a platform admin cannot link one site’s interpretation to another site’s policy', async () => {
    const policy = await importantPolicy()
    const interpretation = await BUILDERS.interpretations('B', 'interpretations')
    const response = await f.api.rest('PATCH', `interpretations/${interpretation}?draft=true`, {
      token: f.tokenOf('platformAdmin'),
      body: { policies: [policy] },
    })
    expect(response).toMatchObject({
      status: 400,
      body: { errors: [{ data: { code: 'relationship.other_site' }, message: expect.stringContaining('所解读的政策文件') }] },
    })
  })

  it('a companion that cannot go live is named, with what to do', async () => {
    const policy = await importantPolicy()
    const unpublished = await BUILDERS['policy-documents']('A', 'interpretations')
    const companion = await BUILDERS.interpretations('A', 'interpretations', { title: '配套政策问答', policies: [policy, unpublished] })
    await f.approve('interpretations', companion)
    await f.approve('policy-documents', policy)
    const refusal = f.actOn('editorA', 'policy-documents', policy, 'publish')
    await expect(refusal).rejects.toMatchObject({ code: 'interpretation.policy_unpublished', message: expect.stringContaining('《配套政策问答》') })
    await expect(refusal).rejects.toMatchObject({ message: expect.stringContaining('取消它与本政策文件的关联') })
    expect(await state(companion)).toEqual({ reviewState: 'approved', live: false })
  })
})
