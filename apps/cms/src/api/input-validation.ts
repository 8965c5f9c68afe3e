import { whereProblem, type WhereField } from '@govsite/domain'
import {
  getFieldByPath,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type Plugin,
  type SanitizedConfig,
} from 'payload'

import { Refusal } from '../shared/refusal'

function labelOf(field: FlattenedField, path: string): string {
  const label = 'label' in field ? field.label : undefined
  const text = typeof label === 'string' ? label : label && typeof label === 'object' ? (label as Record<string, string>).zh : undefined
  return text ? `${text}（${path}）` : path
}

/** `where` paths of one collection → their fields, through relationships; version queries prefix `version.`. */
function fieldResolver(config: SanitizedConfig, fields: FlattenedField[]) {
  const resolve = (path: string) => getFieldByPath({ config, fields, path, includeRelationships: true })?.field ?? null
  return (path: string): WhereField | null => {
    const field = resolve(path) ?? (path.startsWith('version.') ? resolve(path.slice('version.'.length)) : null)
    return field ? { type: field.type, label: labelOf(field, path) } : null
  }
}

function refuseMalformed(where: unknown, config: SanitizedConfig, fields: FlattenedField[]): void {
  const problem = whereProblem(where, fieldResolver(config, fields))
  if (problem) throw new Refusal(400, problem.code, problem.message)
}

/**
 * Refuses, with 400 and a code, `where` filters the database cannot run (unsupported operators,
 * dates that are no dates) — in the query itself and in each join's — before they reach the
 * adapter, which would fail with a 500. Only the query's form is judged here, never access.
 */
const refuseMalformedWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const config = req.payload.config
  const { where, joins } = args as { where?: unknown; joins?: unknown }
  refuseMalformed(where, config, collection.flattenedFields)
  if (!joins || typeof joins !== 'object') return args
  for (const [name, join] of Object.entries(joins as Record<string, unknown>)) {
    const joinField = getFieldByPath({ config, fields: collection.flattenedFields, path: name })?.field
    const joined = joinField?.type === 'join' && typeof joinField.collection === 'string' ? req.payload.collections[joinField.collection] : undefined
    if (joined && join && typeof join === 'object') refuseMalformed((join as { where?: unknown }).where, config, joined.config.flattenedFields)
  }
  return args
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A write needs a document: a request without a body, or whose JSON is `null`, a number, a string
 * or an array, would reach the operation as its data and fail there with a 500.
 */
function refuseNonObjectData(data: unknown): void {
  if (!isObject(data)) throw new Refusal(400, 'request.document_missing', '请求中缺少要保存的内容：须是一个 JSON 对象（字段和值）')
}

const refuseCollectionWriteWithoutDocument: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'create' || operation === 'update') refuseNonObjectData((args as { data?: unknown }).data)
  return args
}

const refuseGlobalWriteWithoutDocument: GlobalBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update') refuseNonObjectData((args as { data?: unknown }).data)
  return args
}

/**
 * Checks the form of what clients send, on every collection and global ahead of their own hooks:
 * `where` filters the database can run, and a document object on every write.
 */
export const inputValidation: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMalformedWhere, refuseCollectionWriteWithoutDocument, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [refuseGlobalWriteWithoutDocument, ...(global.hooks?.beforeOperation ?? [])] },
  })),
})
