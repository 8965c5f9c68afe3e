import { MESSAGE_ANSWER_PERIOD, MESSAGE_CATEGORIES, MESSAGE_CATEGORY_LABELS } from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { guardReceivedFields, onMessagePublish, syncHandlingSite } from '../interaction/message-hooks'
import { toFaqEndpoint } from '../interaction/to-faq-endpoint'
import { nobody, platformAdminOnly } from '../access/roles'
import { readMessagesOfOwnSites, readMessageVersionsOfOwnSites, writeMessagesOfOwnSites } from '../access/staff-access'
import { publicWhen, staffOnlyField } from '../workflow/public-fields'
import { publishableCollection } from '../workflow/publishable-collection'
import { scoped } from '../access/relationship-scope'

const received = { readOnly: true }
// What goes public of the visitor's own text: only what they agreed to publish with the answer.
const publicWithAnswer = publicWhen((doc) => doc.publicAnswer === true)

/**
 * 留言 (咨询 / 投诉 / 建议), R-MSG-5WD and R-MSG-3M: received through the public site, answered
 * through the review workflow by the handling site. Never readable anonymously: visitors use the
 * tracking code and the public list of `/api/public/messages`.
 */
export const Messages: CollectionConfig = publishableCollection(
  {
    slug: 'messages',
    labels: { singular: { zh: '留言', en: 'Message' }, plural: { zh: '留言', en: 'Messages' } },
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'category', 'handlingSite', 'receivedAt', 'dueDate', 'answeredAt', 'spam', 'reviewState'],
      group: { zh: '互动交流', en: 'Interaction' },
      listSearchableFields: ['subject', 'trackingCode'],
    },
    access: {
      read: readMessagesOfOwnSites,
      readVersions: readMessageVersionsOfOwnSites,
      create: nobody,
      update: writeMessagesOfOwnSites,
      delete: platformAdminOnly,
    },
    hooks: { beforeChange: [guardReceivedFields], afterChange: [syncHandlingSite] },
    endpoints: [toFaqEndpoint],
    fields: [
      {
        type: 'collapsible',
        label: { zh: '来信内容', en: 'Message' },
        fields: [
          { name: 'subject', type: 'text', required: true, label: { zh: '标题', en: 'Subject' }, admin: received, ...publicWithAnswer },
          {
            type: 'row',
            fields: [
              {
                name: 'category',
                type: 'select',
                required: true,
                index: true,
                label: { zh: '类型', en: 'Category' },
                options: MESSAGE_CATEGORIES.map((value) => ({ value, label: MESSAGE_CATEGORY_LABELS[value] })),
                admin: received,
              },
              {
                name: 'site',
                type: 'relationship',
                relationTo: 'sites',
                required: true,
                index: true,
                custom: scoped('engine-only'),
                label: { zh: '收信站点', en: 'Received by' },
                admin: received,
              },
              // Shown only to the visitor who holds it.
              {
                name: 'trackingCode',
                type: 'text',
                required: true,
                unique: true,
                index: true,
                label: { zh: '查询码', en: 'Tracking code' },
                admin: received,
                custom: { public: false },
              },
            ],
          },
          { name: 'content', type: 'textarea', required: true, label: { zh: '留言内容', en: 'Content' }, admin: received, ...publicWithAnswer },
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', required: true, ...staffOnlyField, label: { zh: '姓名', en: 'Name' }, admin: received },
              { name: 'phone', type: 'text', ...staffOnlyField, label: { zh: '联系电话', en: 'Phone' }, admin: received },
              { name: 'email', type: 'text', ...staffOnlyField, label: { zh: '电子邮箱', en: 'E-mail' }, admin: received },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'publicAnswer',
                type: 'checkbox',
                defaultValue: false,
                index: true,
                label: { zh: '同意公开答复', en: 'Public answer allowed' },
                admin: received,
              },
              {
                name: 'receivedAt',
                type: 'date',
                required: true,
                index: true,
                label: { zh: '收信时间', en: 'Received at' },
                admin: { ...received, date: { pickerAppearance: 'dayAndTime' } },
              },
              {
                name: 'dueDate',
                type: 'text',
                required: true,
                index: true,
                label: { zh: '办理期限', en: 'Due date' },
                admin: {
                  ...received,
                  description: { zh: `收信次日起 ${MESSAGE_ANSWER_PERIOD.zh}（北京时间）`, en: `${MESSAGE_ANSWER_PERIOD.en} after receipt` },
                },
              },
              { name: 'clientIp', type: 'text', ...staffOnlyField, label: { zh: '来源 IP', en: 'Client IP' }, admin: received },
            ],
          },
        ],
      },
      {
        type: 'collapsible',
        label: { zh: '办理与答复', en: 'Handling and reply' },
        fields: [
          {
            name: 'handlingSite',
            type: 'relationship',
            relationTo: 'sites',
            required: true,
            index: true,
            // 转办: any site of the platform may be asked to answer.
            custom: scoped('platform-site'),
            label: { zh: '承办单位（站点）', en: 'Handled by' },
            admin: { description: { zh: '可转交部门或县区站点办理，其编辑起草答复、审核人员审核', en: 'The site whose staff answer' } },
          },
          { name: 'reply', type: 'richText', label: { zh: '答复内容', en: 'Reply' } },
          {
            name: 'toFaq',
            type: 'ui',
            label: { zh: '加入知识库', en: 'Add to knowledge base' },
            admin: { components: { Field: '/interaction/admin/to-faq-button#ToFaqButton' } },
          },
          {
            type: 'row',
            fields: [
              {
                name: 'answeredAt',
                type: 'date',
                index: true,
                label: { zh: '答复时间', en: 'Answered at' },
                admin: {
                  readOnly: true,
                  date: { pickerAppearance: 'dayAndTime' },
                  description: { zh: '答复首次发布时由系统记录', en: 'Set at first publication' },
                },
              },
              {
                name: 'handlingWorkingDays',
                type: 'number',
                index: true,
                label: { zh: '办理用时（工作日）', en: 'Handling time (working days)' },
                admin: { readOnly: true },
              },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'spam', type: 'checkbox', defaultValue: false, index: true, label: { zh: '疑似垃圾信息', en: 'Suspected spam' } },
              {
                name: 'spamFindings',
                type: 'json',
                ...staffOnlyField,
                label: { zh: '预审发现', en: 'Findings' },
                admin: { readOnly: true, condition: (data) => Boolean(data?.spamFindings) },
              },
            ],
          },
          { name: 'handlingNote', type: 'textarea', ...staffOnlyField, label: { zh: '内部办理记录', en: 'Internal note' } },
        ],
      },
    ],
  },
  {
    systemFields: ['answeredAt', 'handlingWorkingDays'],
    onPublish: onMessagePublish,
    siteField: 'handlingSite',
  },
)
