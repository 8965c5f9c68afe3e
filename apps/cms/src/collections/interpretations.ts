import { INTERPRETATION_FORM_LABELS, INTERPRETATION_FORMS } from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { bodyField } from '../content/common-fields'
import { placementFields, validatePlacement } from '../content/placement'
import { onInterpretationPublish } from '../content/policy-publishing'
import { publishableCollection } from '../workflow/publishable-collection'
import { scoped } from '../access/relationship-scope'

/** 政策解读: linked to the policies it interprets; they list it back through a join. */
export const Interpretations: CollectionConfig = publishableCollection(
  {
    slug: 'interpretations',
    labels: { singular: { zh: '政策解读', en: 'Interpretation' }, plural: { zh: '政策解读', en: 'Interpretations' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'form', 'policies', 'reviewState', '_status'],
      group: { zh: '内容管理', en: 'Content' },
    },
    hooks: { beforeChange: [validatePlacement('interpretations')] },
    fields: [
      { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
      ...placementFields('interpretations'),
      {
        name: 'form',
        type: 'select',
        required: true,
        defaultValue: 'text',
        label: { zh: '解读形式', en: 'Form' },
        options: INTERPRETATION_FORMS.map((value) => ({ value, label: INTERPRETATION_FORM_LABELS[value] })),
      },
      {
        name: 'policies',
        type: 'relationship',
        relationTo: 'policy-documents',
        hasMany: true,
        required: true,
        minRows: 1,
        index: true,
        custom: scoped('same-site'),
        label: { zh: '所解读的政策文件', en: 'Interpreted policies' },
      },
      bodyField,
      { name: 'media', type: 'upload', relationTo: 'media', hasMany: true, custom: scoped('same-site'), label: { zh: '图片、视频等媒体', en: 'Media' } },
    ],
  },
  {
    onPublish: async (args) => {
      await onInterpretationPublish(args)
    },
  },
)
