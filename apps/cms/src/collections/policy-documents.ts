import { POLICY_VALIDITY, POLICY_VALIDITY_LABELS, validatePolicyValidity, type PolicyValidity } from '@govsite/domain'
import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { attachmentsField, bodyField, keywordsField } from '../content/common-fields'
import { placementFields, validatePlacement } from '../content/placement'
import { afterPolicyPublish, onPolicyPublish } from '../content/policy-publishing'
import { publishableCollection } from '../workflow/publishable-collection'
import { idOf } from '../shared/relation-id'
import { scoped } from '../access/relationship-scope'

/** R-POLICY-VALIDITY: revised and repealed documents name their replacement. */
const checkValidity: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const doc = { ...originalDoc, ...data } as Record<string, unknown>
  const issues = validatePolicyValidity({
    id: idOf(originalDoc?.id),
    validity: (doc.validity as PolicyValidity | undefined) ?? 'valid',
    supersededBy: idOf(doc.supersededBy),
  })
  if (issues.length > 0) {
    throw new ValidationError({ collection: 'policy-documents', errors: issues.map((issue) => ({ path: issue.field, message: issue.message })), req }, req.t)
  }
  return data
}

const systemField = { readOnly: true, position: 'sidebar' as const }

/** 政策文件: policy documents with their disclosure metadata and two-way link to interpretations. */
export const PolicyDocuments: CollectionConfig = publishableCollection(
  {
    slug: 'policy-documents',
    labels: { singular: { zh: '政策文件', en: 'Policy document' }, plural: { zh: '政策文件', en: 'Policy documents' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'documentNumber', 'indexNumber', 'validity', 'reviewState', '_status'],
      group: { zh: '内容管理', en: 'Content' },
    },
    hooks: { beforeChange: [validatePlacement('policy-documents'), checkValidity] },
    fields: [
      { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
      ...placementFields('policy-documents'),
      {
        type: 'row',
        fields: [
          { name: 'documentNumber', type: 'text', label: { zh: '文号', en: 'Document number' }, admin: { placeholder: '旬政办发〔2022〕35号' } },
          { name: 'issuingAgency', type: 'text', required: true, label: { zh: '发布机构', en: 'Issuing agency' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'topic', type: 'text', label: { zh: '主题分类', en: 'Topic' } },
          { name: 'writtenOn', type: 'date', label: { zh: '成文日期', en: 'Written on' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'validity',
            type: 'select',
            required: true,
            defaultValue: 'valid',
            label: { zh: '有效性', en: 'Validity' },
            options: POLICY_VALIDITY.map((value) => ({ value, label: POLICY_VALIDITY_LABELS[value] })),
          },
          {
            name: 'supersededBy',
            type: 'relationship',
            relationTo: 'policy-documents',
            custom: scoped('same-site'),
            label: { zh: '替代文件', en: 'Superseded by' },
            admin: { condition: (data) => data?.validity && data.validity !== 'valid' },
          },
        ],
      },
      keywordsField({ zh: '主题词', en: 'Subject terms' }),
      { name: 'important', type: 'checkbox', defaultValue: false, label: { zh: '重要政策文件（须与解读同步发布）', en: 'Important policy' } },
      bodyField,
      attachmentsField,
      {
        name: 'interpretations',
        type: 'join',
        collection: 'interpretations',
        on: 'policies',
        label: { zh: '相关解读', en: 'Interpretations' },
      },
      { name: 'indexNumber', type: 'text', unique: true, index: true, label: { zh: '索引号', en: 'Index number' }, admin: systemField },
      { name: 'indexYear', type: 'number', index: true, admin: { hidden: true } },
      { name: 'indexSerial', type: 'number', admin: { hidden: true } },
    ],
  },
  {
    systemFields: ['indexNumber', 'indexYear', 'indexSerial'],
    onPublish: onPolicyPublish,
    afterPublish: afterPolicyPublish,
  },
)
