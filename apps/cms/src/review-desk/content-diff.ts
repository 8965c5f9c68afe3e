import { formatChinaDate, NON_CONTENT_FIELDS } from '@govsite/domain'
import { diffWords } from 'diff'
import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import type { StoredDoc } from '../shared/stored-doc'
import { idOf } from '../shared/relation-id'
import { loadForActor } from '../workflow/engine'
import { publicFieldContents } from '../workflow/public-fields'
import type { PublishableSlug } from '../workflow/workflow-options'

export interface DiffPart {
  text: string
  kind: 'same' | 'added' | 'removed'
}

export interface FieldDiff {
  field: string
  changed: boolean
  parts: DiffPart[]
}

export interface ContentDiff {
  /** Whether a live version exists; without one everything under review is new. */
  live: boolean
  changedFields: number
  fields: FieldDiff[]
}

/** Chinese has no spaces between words: the segmenter finds them, so a changed word is marked whole. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

type Lines = Map<string, string>

const zh = (label: unknown, fallback: string): string =>
  typeof label === 'string' ? label : typeof (label as { zh?: unknown } | null)?.zh === 'string' ? (label as { zh: string }).zh : fallback

const isPublic = (field: FlattenedField): boolean => (field.custom as { public?: unknown } | undefined)?.public !== false

/** Titles of related documents by id, for the metadata and attachment lines (one query per collection). */
async function titlesOf(req: PayloadRequest, collection: CollectionSlug, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { config } = req.payload.collections[collection]
  const title = collection === 'media' ? 'filename' : (config.admin?.useAsTitle ?? 'id')
  const { docs } = await req.payload.find({ collection, where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, req })
  return new Map(docs.map((doc) => [String(doc.id), String(Reflect.get(doc, title) ?? doc.id)]))
}

/**
 * What a reviewer compares of a version: the public texts (title, summary, body, every text the
 * pre-review checks read, with the links in the body), the attached files by name and the
 * metadata (choices, dates, related documents such as the column), each line named by its label.
 */
async function contentLines(req: PayloadRequest, collection: PublishableSlug, doc: StoredDoc): Promise<Lines> {
  const { fields, flattenedFields } = req.payload.collections[collection].config
  const lines: Lines = new Map()
  for (const content of publicFieldContents(fields, doc)) {
    lines.set(content.field, [...content.texts, ...content.links.map((link) => `链接：${link}`)].join('\n'))
  }
  for (const field of flattenedFields) {
    if (NON_CONTENT_FIELDS.includes(field.name) || !isPublic(field)) continue
    const value = doc[field.name]
    const label = zh(field.label, field.name)
    if (value === null || value === undefined || value === '') continue
    if (field.type === 'upload' || field.type === 'relationship') {
      const relation = Array.isArray(field.relationTo) ? null : field.relationTo
      const ids = (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is string => id !== null)
      if (!relation || relation === 'users' || ids.length === 0) continue
      const titles = await titlesOf(req, relation, ids)
      lines.set(label, ids.map((id) => titles.get(id) ?? id).join('\n'))
    } else if (field.type === 'select' || field.type === 'radio') {
      const chosen = (Array.isArray(value) ? value : [value]).map((entry) => {
        const option = field.options.find((candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === entry)
        return typeof option === 'object' ? zh(option.label, String(entry)) : String(entry)
      })
      lines.set(label, chosen.join('、'))
    } else if (field.type === 'date') {
      lines.set(label, formatChinaDate(String(value)))
    } else if (field.type === 'checkbox') {
      lines.set(label, value ? '是' : '否')
    } else if (field.type === 'number') {
      lines.set(label, String(value))
    }
  }
  return lines
}

function compare(field: string, before: string, after: string): FieldDiff {
  const parts = diffWords(before, after, { intlSegmenter: segmenter }).map((change): DiffPart => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }))
  return { field, changed: before !== after, parts }
}

/**
 * The version under review (the latest) against the live one, field by field, with insertions
 * and deletions marked in the text; staff who may see the document only.
 */
export async function contentDiff(req: PayloadRequest, collection: PublishableSlug, id: string): Promise<ContentDiff> {
  const { doc, live } = await loadForActor(req, collection, id)
  const published = live ? ((await req.payload.findByID({ collection, id, draft: false, depth: 0, overrideAccess: true, req })) as unknown as StoredDoc) : null
  const after = await contentLines(req, collection, doc)
  const before = published ? await contentLines(req, collection, published) : new Map<string, string>()
  const labels = [...new Set([...after.keys(), ...before.keys()])]
  const fields = labels.map((label) => compare(label, before.get(label) ?? '', after.get(label) ?? ''))
  return { live, changedFields: fields.filter((field) => field.changed).length, fields }
}
