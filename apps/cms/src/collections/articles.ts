import type { CollectionConfig } from 'payload'

import { attachmentsField, bodyField, keywordsField, slugField } from '../content/common-fields'
import { placementFields, validatePlacement } from '../content/placement'
import { publishableCollection } from '../workflow/publishable-collection'
import { scoped } from '../access/relationship-scope'

/** 文章: news and the general columns' content. Publish time is set by the system (R-NO-BACKDATING). */
export const Articles: CollectionConfig = publishableCollection({
  slug: 'articles',
  labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', 'column', 'reviewState', '_status', 'publishedAt'],
    group: { zh: '内容管理', en: 'Content' },
  },
  hooks: { beforeChange: [validatePlacement('articles')] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    ...placementFields('articles'),
    { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' } },
    bodyField,
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: { zh: '来源', en: 'Source' } },
        { name: 'byline', type: 'text', label: { zh: '作者', en: 'Byline' } },
      ],
    },
    { name: 'cover', type: 'upload', relationTo: 'media', custom: scoped('same-site'), label: { zh: '封面图片', en: 'Cover image' } },
    attachmentsField,
    keywordsField(),
    slugField,
  ],
})
