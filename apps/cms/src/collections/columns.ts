import { COLUMN_KIND_LABELS, COLUMN_KINDS } from '@govsite/domain'
import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { validateSlug } from '../content/common-fields'
import { notifyColumnChanged, notifyColumnDeleted } from '../site-notify/site-change-notify'
import { idOf } from '../shared/relation-id'
import { publicOrOwnSites, siteAdminsOfOwnSites } from '../access/site-scoped-access'
import { scoped } from '../access/relationship-scope'
import { columnSupervisionFields } from '../compliance/supervision-fields'

/** A column's parent is a column of the same site, never itself; its slug is unique within the site. */
const validateColumn: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const column = { ...originalDoc, ...data } as Record<string, unknown>
  const siteId = idOf(column.site)
  const errors: { path: string; message: string }[] = []
  let parentId = idOf(column.parent)
  const seen = new Set<string>(originalDoc?.id ? [String(originalDoc.id)] : [])
  while (parentId) {
    if (seen.has(parentId)) {
      errors.push({ path: 'parent', message: '上级栏目不能是本栏目或其下级栏目' })
      break
    }
    seen.add(parentId)
    const parent = await req.payload.findByID({ collection: 'columns', id: parentId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!parent || idOf(parent.site) !== siteId) {
      errors.push({ path: 'parent', message: '上级栏目必须属于同一站点' })
      break
    }
    parentId = idOf(parent.parent)
  }
  // Without a site or slug there is nothing to compare; the required-field checks report them.
  const sameSlug =
    siteId && typeof column.slug === 'string'
      ? await req.payload.count({
          collection: 'columns',
          where: {
            and: [{ site: { equals: siteId } }, { slug: { equals: column.slug } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
          },
          overrideAccess: true,
          req,
        })
      : { totalDocs: 0 }
  if (sameSlug.totalDocs > 0) errors.push({ path: 'slug', message: `本站点已有标识为“${String(column.slug)}”的栏目` })
  if (errors.length > 0) throw new ValidationError({ collection: 'columns', errors, req }, req.t)
  return data
}

/** 栏目: a per-site tree; the kind decides what content it holds and its freshness rule. */
export const Columns: CollectionConfig = {
  slug: 'columns',
  labels: { singular: { zh: '栏目', en: 'Column' }, plural: { zh: '栏目', en: 'Columns' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'site', 'kind', 'order', 'showOnHomepage'],
    group: { zh: '内容管理', en: 'Content' },
  },
  defaultSort: 'order',
  access: { read: publicOrOwnSites('site'), create: siteAdminsOfOwnSites, update: siteAdminsOfOwnSites, delete: siteAdminsOfOwnSites },
  hooks: { beforeChange: [validateColumn], afterChange: [notifyColumnChanged], afterDelete: [notifyColumnDeleted] },
  fields: [
    { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, custom: scoped('own-site'), label: { zh: '所属站点', en: 'Site' } },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'columns',
      custom: scoped('same-site'),
      label: { zh: '上级栏目', en: 'Parent column' },
      filterOptions: ({ data }) => (data?.site ? { site: { equals: data.site } } : true),
    },
    { name: 'name', type: 'text', required: true, label: { zh: '栏目名称', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '标识（英文）', en: 'Slug' },
      validate: validateSlug,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { zh: '栏目类型', en: 'Kind' },
      options: COLUMN_KINDS.map((value) => ({ value, label: COLUMN_KIND_LABELS[value] })),
    },
    { name: 'description', type: 'textarea', label: { zh: '栏目说明', en: 'Description' } },
    { name: 'order', type: 'number', defaultValue: 0, label: { zh: '排序', en: 'Order' }, admin: { position: 'sidebar' } },
    {
      name: 'showOnHomepage',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '在首页显示', en: 'Show on homepage' },
      admin: { position: 'sidebar' },
    },
    ...columnSupervisionFields,
  ],
}
