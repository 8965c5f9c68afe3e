import type { CollectionConfig } from 'payload'

import { nobody, platformAdminOnly } from '../access/roles'
import { staffOfSite } from '../access/staff-access'
import { scoped } from '../access/relationship-scope'

/** Answers to a survey. Written only by the public API; staff of the survey's site read them. */
export const SurveyResponses: CollectionConfig = {
  slug: 'survey-responses',
  labels: { singular: { zh: '调查答卷', en: 'Survey response' }, plural: { zh: '调查答卷', en: 'Survey responses' } },
  admin: { defaultColumns: ['survey', 'createdAt'], group: { zh: '互动交流', en: 'Interaction' } },
  access: { read: staffOfSite, create: nobody, update: nobody, delete: platformAdminOnly },
  fields: [
    {
      name: 'survey',
      type: 'relationship',
      relationTo: 'surveys',
      required: true,
      index: true,
      custom: scoped('engine-only'),
      label: { zh: '调查', en: 'Survey' },
      admin: { readOnly: true },
    },
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      required: true,
      index: true,
      custom: scoped('engine-only'),
      label: { zh: '站点', en: 'Site' },
      admin: { readOnly: true },
    },
    { name: 'answers', type: 'json', required: true, label: { zh: '答案', en: 'Answers' }, admin: { readOnly: true } },
    // Keyed hashes (HMAC with the CMS secret): enough to spot a repeat, useless to identify anyone.
    { name: 'visitorKeyHash', type: 'text', index: true, label: { zh: '访客标识摘要', en: 'Visitor key hash' }, admin: { readOnly: true } },
    { name: 'clientHash', type: 'text', index: true, label: { zh: 'IP 与浏览器摘要', en: 'IP + user agent hash' }, admin: { readOnly: true } },
  ],
}
