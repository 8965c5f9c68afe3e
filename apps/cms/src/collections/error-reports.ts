import { ERROR_REPORT_STATE_LABELS, ERROR_REPORT_STATES } from '@govsite/domain'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { nobody, platformAdminOnly } from '../access/roles'
import { editorsOfSite, staffOfSite } from '../access/staff-access'
import { idOf } from '../shared/relation-id'
import { Refusal } from '../shared/refusal'
import { scoped } from '../access/relationship-scope'

const REPORTED_FIELDS = ['site', 'url', 'description', 'contact', 'receivedAt'] as const

/** What the visitor reported stays as reported; staff set the state and notes. */
const keepReport: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update') return data
  const same = (name: (typeof REPORTED_FIELDS)[number]) =>
    name === 'site' ? idOf(data.site) === idOf(originalDoc?.site) : (data[name] ?? null) === (originalDoc?.[name] ?? null)
  if (REPORTED_FIELDS.some((name) => name in data && !same(name))) {
    throw new Refusal(403, 'error-report.report_locked', '网民提交的纠错内容不能修改，只能填写处理状态和处理说明')
  }
  return data
}

const submitted = { readOnly: true }

/** 我为政府网站找错 (R-SITE-IDENT footer link): visitors' error reports, handled by the site's staff. */
export const ErrorReports: CollectionConfig = {
  slug: 'error-reports',
  labels: { singular: { zh: '网站纠错', en: 'Error report' }, plural: { zh: '网站纠错', en: 'Error reports' } },
  admin: { useAsTitle: 'url', defaultColumns: ['url', 'site', 'state', 'receivedAt'], group: { zh: '互动交流', en: 'Interaction' } },
  access: { read: staffOfSite, create: nobody, update: editorsOfSite, delete: platformAdminOnly },
  hooks: { beforeChange: [keepReport] },
  fields: [
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      required: true,
      index: true,
      custom: scoped('engine-only'),
      label: { zh: '站点', en: 'Site' },
      admin: submitted,
    },
    { name: 'url', type: 'text', required: true, label: { zh: '出错页面', en: 'Page' }, admin: submitted },
    { name: 'description', type: 'textarea', required: true, label: { zh: '问题描述', en: 'Description' }, admin: submitted },
    { name: 'contact', type: 'text', label: { zh: '联系方式', en: 'Contact' }, admin: submitted },
    // R-ERROR-REPORT counts a month from here: the CMS clock on receipt (the intake sets it), not the row's `createdAt`.
    {
      name: 'receivedAt',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '收到时间', en: 'Received at' },
      admin: { ...submitted, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: { zh: '处理状态', en: 'State' },
      options: ERROR_REPORT_STATES.map((value) => ({ value, label: ERROR_REPORT_STATE_LABELS[value] })),
    },
    { name: 'handlerNotes', type: 'textarea', label: { zh: '处理说明', en: 'Handler notes' } },
  ],
}
