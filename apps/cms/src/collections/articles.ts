import type { CollectionConfig } from 'payload'

import { publishableCollection } from '../workflow/publishable-collection'

/** 文章: the first publishable collection; the full content model extends it. */
export const Articles: CollectionConfig = publishableCollection(
  {
    slug: 'articles',
    labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'site', 'reviewState', '_status', 'updatedAt'],
      group: { zh: '内容管理', en: 'Content' },
    },
    fields: [
      { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
      {
        name: 'site',
        type: 'relationship',
        relationTo: 'sites',
        required: true,
        index: true,
        label: { zh: '所属站点', en: 'Site' },
      },
      { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' } },
      { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    ],
  },
  { checkable: (doc) => ({ texts: [doc.title as string, doc.summary as string], richText: [doc.body] }) },
)
