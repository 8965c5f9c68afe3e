import type { Field } from 'payload'
import { scoped } from '../access/relationship-scope'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Slugs appear in URLs: lower-case letters, digits and single hyphens. */
export const validateSlug = (value: null | string | undefined): string | true => (!value || SLUG.test(value) ? true : '标识只能包含小写字母、数字和连字符')

export const slugField: Field = {
  name: 'slug',
  type: 'text',
  index: true,
  label: { zh: '网址标识', en: 'Slug' },
  admin: { position: 'sidebar', description: { zh: '小写字母、数字和连字符，站点内唯一', en: 'Unique within the site' } },
  validate: validateSlug,
  // Slugs are unique within a site, so a duplicate starts without one.
  hooks: { beforeDuplicate: [() => null] },
}

export const bodyField: Field = { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } }

export const attachmentsField: Field = {
  name: 'attachments',
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  custom: scoped('same-site'),
  label: { zh: '附件', en: 'Attachments' },
}

export const keywordsField = (label: { zh: string; en: string } = { zh: '关键词', en: 'Keywords' }): Field => ({
  name: 'keywords',
  type: 'text',
  hasMany: true,
  label,
})
