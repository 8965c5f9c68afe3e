import type { CollectionBeforeOperationHook, CollectionSlug, FlattenedField, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { idOf } from '../shared/relation-id'
import { Refusal } from '../shared/refusal'
import { fieldAtPath, findCrossing, labelOf, type Crossing } from './relationship-fields'

/** More related documents than this in one condition is a query to narrow, not to run. */
export const MAX_RELATED_IDS = 5000

type Constraint = Record<string, unknown>
type JoinQuery = { where?: Where; sort?: string } | false

const forbidden = (code: string, message: string) => new Refusal(400, code, message)

/** Normalise a query path as Payload does (GraphQL writes `a__b` for `a.b`). */
const normalisePath = (path: string) => (path === '_id' ? 'id' : path.replace(/__/g, '.'))

/**
 * The fields a query path is resolved against. Version queries (`/api/<c>/versions`) name the
 * document's fields under `version.` and the document itself as `parent`.
 */
function queryFields(config: SanitizedCollectionConfig): FlattenedField[] {
  if (!config.versions) return config.flattenedFields
  const taken = new Set(config.flattenedFields.map((field) => field.name))
  const versionFields = [
    ...(taken.has('parent') ? [] : [{ name: 'parent', type: 'relationship', relationTo: config.slug, label: config.labels?.singular }]),
    ...(taken.has('version') ? [] : [{ name: 'version', type: 'group', flattenedFields: config.flattenedFields }]),
  ] as unknown as FlattenedField[]
  return [...config.flattenedFields, ...versionFields]
}

const collectionOf = (req: PayloadRequest, slug: string): SanitizedCollectionConfig => req.payload.collections[slug as CollectionSlug].config

/** Ids of the related documents the acting user may read and that match `where`. */
async function readableMatches(req: PayloadRequest, collection: string, where: Where, select?: string): Promise<Record<string, unknown>[]> {
  const found = await req.payload.find({
    collection: collection as CollectionSlug,
    where,
    depth: 0,
    limit: MAX_RELATED_IDS + 1,
    pagination: false,
    overrideAccess: false,
    req,
    ...(select ? { select: selectPath(select) } : {}),
  })
  if (found.docs.length > MAX_RELATED_IDS) {
    throw forbidden('query.related_too_broad', `关联内容的查询条件匹配的内容过多（超过 ${MAX_RELATED_IDS} 条），请缩小查询条件`)
  }
  return found.docs as unknown as Record<string, unknown>[]
}

/** `a.b` → `{ a: { b: true } }`, Payload's select shape. */
function selectPath(path: string): Record<string, unknown> {
  const [head, ...tail] = path.split('.')
  return { [head]: tail.length > 0 ? selectPath(tail.join('.')) : true }
}

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

const idsIn = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is string => id !== null)

/** A condition that matches nothing, for ids: ids are never empty strings. */
const inIds = (path: string, ids: string[]): Where => ({ [path]: { in: ids.length > 0 ? ids : [''] } })

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * One operator of a condition that crosses a relationship or join, answered by a sub-query on
 * the related collection with the acting user's read access, then replaced by the ids it found.
 * So the result depends only on documents the user may read, and on hasMany fields the whole
 * condition holds for one related document.
 */
async function resolveCrossing(req: PayloadRequest, crossing: Crossing, operator: string, value: unknown, owner: 'id' | 'parent'): Promise<Where> {
  const nested = operator === 'contains' && isPlainObject(value) ? (value as Where) : null
  if (crossing.kind === 'reference') {
    const { field, prefix, rest } = crossing
    if (typeof field.relationTo !== 'string') throw forbidden('query.path_forbidden', `不能按“${labelOf(field)}”关联内容的字段查询`)
    const where: Where = nested && !rest ? nested : { [rest ?? 'id']: { [operator]: value } }
    const matches = await readableMatches(req, field.relationTo, where)
    return inIds(
      prefix,
      matches.map((doc) => String(doc.id)),
    )
  }
  const { field, rest } = crossing
  if (typeof field.collection !== 'string') throw forbidden('query.path_forbidden', `不能按“${labelOf(field)}”查询`)
  const absent = operator === 'exists' && !rest && (value === false || value === 'false')
  const where: Where = nested && !rest ? nested : rest ? { [rest]: { [operator]: value } } : operator === 'exists' ? {} : { id: { [operator]: value } }
  const matches = await readableMatches(req, field.collection, where, field.on)
  const referenced = [...new Set(matches.flatMap((doc) => idsIn(valueAt(doc, field.on))))]
  return absent ? { [owner]: { not_in: referenced.length > 0 ? referenced : [''] } } : inIds(owner, referenced)
}

/**
 * Rewrite a `where` so that no condition reaches into a related collection past the acting
 * user's read access: each such condition becomes `<relationship> in [ids the user may read]`.
 */
export async function isolateWhere(req: PayloadRequest, config: SanitizedCollectionConfig, where: Where | undefined): Promise<Where | undefined> {
  if (!isPlainObject(where)) return where
  const fields = queryFields(config)
  const parts: Where[] = []
  for (const [key, constraint] of Object.entries(where)) {
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(constraint)) {
      parts.push({ [key]: await Promise.all(constraint.map((item) => isolateWhere(req, config, item as Where))) } as Where)
      continue
    }
    const path = normalisePath(key)
    const crossing = findCrossing(fields, path) ?? nestedContains(fields, path, constraint)
    if (!crossing || !isPlainObject(constraint)) {
      parts.push({ [key]: constraint } as Where)
      continue
    }
    // A join answers with the documents it belongs to: the document itself, or a version's `parent`.
    const owner = config.versions && path.startsWith('version.') ? 'parent' : 'id'
    for (const [operator, value] of Object.entries(constraint as Constraint)) parts.push(await resolveCrossing(req, crossing, operator, value, owner))
  }
  return parts.length === 1 ? parts[0] : { and: parts }
}

/** `{ policies: { contains: { title: … } } }`: Payload's nested form of a relationship condition. */
function nestedContains(fields: FlattenedField[], path: string, constraint: unknown): Crossing | null {
  if (!isPlainObject(constraint) || !isPlainObject(constraint.contains)) return null
  const field = fieldAtPath(fields, path)
  if (field?.type === 'relationship' || field?.type === 'upload') return { kind: 'reference', field, prefix: path, rest: null }
  if (field?.type === 'join') return { kind: 'join', field, rest: null }
  return null
}

/**
 * Sorting (or listing distinct values) through a relationship orders documents by data of the
 * related ones, which no filter can hide: allowed only where the user reads every collection on
 * the path without restriction (platform admins; visitors for public structure like columns).
 */
export async function assertUnrestrictedPath(
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  rawPath: string,
  what: 'sort' | 'distinct',
): Promise<void> {
  let current = config
  let path: string | null = normalisePath(rawPath.replace(/^-/, ''))
  while (path) {
    const crossing = findCrossing(queryFields(current), path)
    if (!crossing) return
    const target = crossing.kind === 'join' ? crossing.field.collection : crossing.field.relationTo
    const related = typeof target === 'string' ? collectionOf(req, target) : null
    const access = related ? await related.access.read({ req }) : false
    if (access !== true) {
      const label = labelOf(crossing.field)
      throw what === 'sort'
        ? forbidden('query.sort_forbidden', `不能按关联内容“${label}”的字段排序`)
        : forbidden('query.path_forbidden', `不能列出关联内容“${label}”的字段取值`)
    }
    current = related as SanitizedCollectionConfig
    path = crossing.rest
  }
}

const sortPaths = (sort: unknown): string[] => (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map(String).filter(Boolean)

/** The join queries of a find: each join's `where` isolated and its `sort` checked in the joined collection. */
async function isolateJoins(req: PayloadRequest, config: SanitizedCollectionConfig, joins: Record<string, JoinQuery> | false | undefined) {
  if (!isPlainObject(joins)) return joins
  const joinFields = Object.values(config.joins ?? {}).flat()
  const isolated: Record<string, JoinQuery> = {}
  for (const [joinPath, query] of Object.entries(joins as Record<string, JoinQuery>)) {
    const join = joinFields.find((candidate) => candidate.joinPath === joinPath)
    const target = join && typeof join.field.collection === 'string' ? collectionOf(req, join.field.collection) : null
    if (!target || !isPlainObject(query)) {
      isolated[joinPath] = query
      continue
    }
    for (const path of sortPaths(query.sort)) await assertUnrestrictedPath(req, target, path, 'sort')
    isolated[joinPath] = { ...query, where: await isolateWhere(req, target, query.where) }
  }
  return isolated
}

/**
 * Every operation that takes `where`, `sort`, `joins` or a distinct `field` (find, findByID,
 * count, findVersions, countVersions, findDistinct, bulk update and delete — REST, GraphQL and
 * the Local API with `overrideAccess: false`) passes through here before Payload builds its
 * query. Trusted server code (`overrideAccess`) queries as it likes.
 */
export const isolateQueries: CollectionBeforeOperationHook = async ({ args, overrideAccess, req, collection }) => {
  if (overrideAccess) return args
  const query = args as { where?: Where; sort?: unknown; joins?: Record<string, JoinQuery> | false; field?: string }
  for (const path of sortPaths(query.sort)) await assertUnrestrictedPath(req, collection, path, 'sort')
  if (typeof query.field === 'string') await assertUnrestrictedPath(req, collection, query.field, 'distinct')
  return {
    ...args,
    ...('where' in query ? { where: await isolateWhere(req, collection, query.where) } : {}),
    ...('joins' in query ? { joins: await isolateJoins(req, collection, query.joins) } : {}),
  }
}
