import type { CollectionConfig } from 'payload'

import { staffOnlyField } from '../workflow/public-fields'
import { publishableCollection } from '../workflow/publishable-collection'
import { scoped } from '../access/relationship-scope'

/**
 * 知识库 (R-KB): questions and answers published through the review workflow; answered messages
 * feed it ("加入知识库" on a message). The Q&A box and search read the published entries.
 */
export const Faqs: CollectionConfig = publishableCollection({
  slug: 'faqs',
  labels: { singular: { zh: '知识库问答', en: 'FAQ' }, plural: { zh: '知识库', en: 'Knowledge base' } },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'category', 'site', 'reviewState', '_status'],
    group: { zh: '互动交流', en: 'Interaction' },
  },
  fields: [
    { name: 'question', type: 'text', required: true, label: { zh: '问题', en: 'Question' } },
    { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, custom: scoped('own-site'), label: { zh: '站点', en: 'Site' } },
    {
      name: 'category',
      type: 'text',
      index: true,
      label: { zh: '分类', en: 'Category' },
      admin: { description: { zh: '如 社会保障、户籍办理、教育', en: 'e.g. 社会保障' } },
    },
    { name: 'answer', type: 'richText', required: true, label: { zh: '答案', en: 'Answer' } },
    {
      name: 'sourceMessage',
      type: 'relationship',
      relationTo: 'messages',
      ...staffOnlyField,
      custom: { ...staffOnlyField.custom, ...scoped('same-site') },
      label: { zh: '来源留言', en: 'Source message' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
})
