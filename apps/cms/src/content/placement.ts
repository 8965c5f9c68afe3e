import { acceptedColumnKindLabels, COLUMN_KINDS, columnAccepts, type ColumnKind } from '@govsite/domain'
import { ValidationError, type CollectionBeforeChangeHook, type CollectionSlug, type Field, type Where } from 'payload'

import { isEngineWrite } from '../shared/context-flags'
import { idOf } from '../shared/relation-id'
import { sitesWritableBy } from '../access/roles'
import { scoped } from '../access/relationship-scope'

/**
 * The site and column every piece of content belongs to. Readers compare them by id only, so
 * they are never populated (`maxDepth: 0`): a public page read at depth 1 (for its attachments
 * and linked documents) skips two lookups.
 */
export function placementFields(collection: string): Field[] {
  return [
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      required: true,
      index: true,
      maxDepth: 0,
      custom: scoped('own-site'),
      label: { zh: '所属站点', en: 'Site' },
      // Most staff work on one site: preselect it.
      defaultValue: ({ user }: { user?: unknown }) => {
        const sites = sitesWritableBy(user)
        return sites.length === 1 ? sites[0] : undefined
      },
    },
    {
      name: 'column',
      type: 'relationship',
      relationTo: 'columns',
      required: true,
      index: true,
      maxDepth: 0,
      custom: scoped('same-site'),
      label: { zh: '所属栏目', en: 'Column' },
      filterOptions: ({ data }): Where => {
        const ofKind: Where = { kind: { in: acceptedKinds(collection) } }
        return data?.site ? { and: [{ site: { equals: data.site } }, ofKind] } : ofKind
      },
    },
  ]
}

const acceptedKinds = (collection: string) => COLUMN_KINDS.filter((kind) => columnAccepts(kind, collection))

/**
 * Content goes into a column of its own site whose kind holds this type of content, and its
 * slug (when it has one) is unique within the site.
 */
export function validatePlacement(collection: string): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, context }) => {
    // The engine's transitions change workflow fields only; the placement was checked on save.
    if (isEngineWrite(context)) return data
    const doc = { ...originalDoc, ...data } as Record<string, unknown>
    const errors: { path: string; message: string }[] = []
    const columnId = idOf(doc.column)
    const column = columnId
      ? await req.payload.findByID({ collection: 'columns', id: columnId, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
    if (columnId && !column) errors.push({ path: 'column', message: '所选栏目不存在' })
    if (column && idOf(column.site) !== idOf(doc.site)) errors.push({ path: 'column', message: '栏目必须属于内容所在的站点' })
    if (column && !columnAccepts(column.kind as ColumnKind, collection)) {
      errors.push({ path: 'column', message: `该类内容只能放在以下类型的栏目中：${acceptedColumnKindLabels(collection).join('、')}` })
    }
    if (typeof doc.slug === 'string' && doc.slug) {
      const taken = await req.payload.count({
        collection: collection as CollectionSlug,
        where: {
          and: [{ site: { equals: idOf(doc.site) } }, { slug: { equals: doc.slug } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
        },
        overrideAccess: true,
        req,
      })
      if (taken.totalDocs > 0) errors.push({ path: 'slug', message: `本站点已有网址标识为“${doc.slug}”的内容` })
    }
    if (errors.length > 0) throw new ValidationError({ collection, errors, req }, req.t)
    return data
  }
}
