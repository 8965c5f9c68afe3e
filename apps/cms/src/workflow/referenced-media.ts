import { documentIdsInRichText, type MediaFingerprint } from '@govsite/domain'
import type { CollectionBeforeChangeHook, CollectionSlug, Field, FlattenedField, PayloadRequest } from 'payload'

import type { Media } from '../payload-types'
import { idOf } from '../shared/relation-id'
import { scoped } from '../access/relationship-scope'

export const MEDIA_COLLECTION = 'media'

/** Derived from the content on every save, so "who references this file" is one indexed query. */
export const MEDIA_REFS_FIELD = 'mediaRefs'

type Data = Record<string, unknown>

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Media ids of an upload or relationship value: one id, a list, or polymorphic `{ relationTo, value }`. */
function relationIds(relationTo: string | string[], value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value]
  if (typeof relationTo === 'string') {
    return relationTo === MEDIA_COLLECTION ? values.map(idOf).filter((id): id is string => id !== null) : []
  }
  return values
    .filter((item): item is Data => isData(item) && item.relationTo === MEDIA_COLLECTION)
    .map((item) => idOf(item.value))
    .filter((id): id is string => id !== null)
}

function collect(fields: readonly FlattenedField[], data: Data, ids: Set<string>): void {
  for (const field of fields) {
    if (field.name === MEDIA_REFS_FIELD) continue
    const value = data[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'upload':
      case 'relationship':
        relationIds(field.relationTo, value).forEach((id) => ids.add(id))
        break
      case 'richText':
        documentIdsInRichText(value, MEDIA_COLLECTION).forEach((id) => ids.add(id))
        break
      case 'group':
      case 'tab':
        if (isData(value)) collect(field.flattenedFields, value, ids)
        break
      case 'array':
        if (Array.isArray(value)) value.filter(isData).forEach((row) => collect(field.flattenedFields, row, ids))
        break
      case 'blocks':
        if (Array.isArray(value)) {
          for (const row of value.filter(isData)) {
            const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
            if (block) collect(block.flattenedFields, row, ids)
          }
        }
        break
      default:
        break
    }
  }
}

/**
 * The media a document references (R-REVIEW-BEFORE-PUBLISH): upload fields (single and hasMany,
 * at any depth of groups, tabs, arrays and blocks) and upload nodes, relationship nodes and
 * internal links inside its rich text. Read from the collection's fields, so a field added later
 * is covered.
 */
export function referencedMediaIds(fields: readonly FlattenedField[], doc: Data): string[] {
  const ids = new Set<string>()
  collect(fields, doc, ids)
  return [...ids]
}

export const fieldsOf = (req: PayloadRequest, collection: string): FlattenedField[] =>
  req.payload.collections[collection as CollectionSlug]?.config.flattenedFields ?? []

async function findMedia(req: PayloadRequest, ids: readonly string[]): Promise<Map<string, Media>> {
  if (ids.length === 0) return new Map()
  const found = await req.payload.find({
    collection: MEDIA_COLLECTION,
    where: { id: { in: [...ids] } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(found.docs.map((doc) => [String(doc.id), doc]))
}

/**
 * What the public gets of each referenced media document, loaded in the request's transaction.
 * A referenced id whose document is gone stays in the list with nothing but its id.
 */
export async function loadMediaFingerprints(req: PayloadRequest, ids: readonly string[]): Promise<MediaFingerprint[]> {
  const byId = await findMedia(req, ids)
  return ids.map((id) => {
    const doc = byId.get(id)
    return {
      id,
      sha256: doc?.sha256 ?? null,
      filename: doc?.filename ?? null,
      mimeType: doc?.mimeType ?? null,
      alt: doc?.alt ?? null,
      caption: doc?.caption ?? null,
    }
  })
}

/** The media `doc` of `collection` references, with what the public gets of each. */
export async function loadReferencedMedia(req: PayloadRequest, collection: string, doc: Data): Promise<MediaFingerprint[]> {
  return loadMediaFingerprints(req, referencedMediaIds(fieldsOf(req, collection), doc))
}

/** Every publishable collection stores the media it references, for the binding check and the public file rule. */
export const mediaRefsField: Field = {
  name: MEDIA_REFS_FIELD,
  type: 'relationship',
  relationTo: MEDIA_COLLECTION,
  hasMany: true,
  hidden: true,
  // Derived from the content on every save (recordMediaRefs), never sent by a client.
  custom: scoped('engine-only'),
  label: { zh: '引用的媒体文件', en: 'Referenced media' },
  admin: { readOnly: true },
}

/**
 * Recompute `mediaRefs` from the saved content on every write (client or workflow engine,
 * draft or published version). Only existing media are stored: a reference to a deleted file
 * is still part of the content hash, but nothing can bind it.
 */
export const recordMediaRefs: CollectionBeforeChangeHook = async ({ data, originalDoc, collection, req }) => {
  const ids = referencedMediaIds(collection.flattenedFields, { ...(originalDoc ?? {}), ...data })
  const existing = await findMedia(req, ids)
  return { ...data, [MEDIA_REFS_FIELD]: ids.filter((id) => existing.has(id)) }
}
