import type { Access, CollectionConfig } from 'payload'

/** Visitors read published articles only; signed-in staff also see drafts. */
const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } })

const signedIn: Access = ({ req }) => Boolean(req.user)

/**
 * 文章: the first publishable collection. Drafts and versions (`_status`) are the publication
 * mechanism; the review workflow and the full content model extend this collection.
 */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', '_status', 'updatedAt'],
    group: { zh: '内容管理', en: 'Content' },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrSignedIn,
    create: signedIn,
    update: signedIn,
    delete: signedIn,
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
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
  ],
}
