import { DEFAULT_INDEX_NUMBER_PATTERN, SITE_KIND_LABELS, SITE_KINDS, SITE_STATUS_LABELS, SITE_STATUSES } from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { isPlatformAdmin, platformAdminOnly } from '../access/roles'
import { validateSlug } from '../content/common-fields'
import { notifySiteChanged, notifySiteDeleted } from '../site-notify/site-change-notify'
import { publicOrOwnSites } from '../access/site-scoped-access'
import { validateSiteRules } from './site-rules-hook'
import { scoped } from '../access/relationship-scope'
import { homepageLayoutField } from '../compliance/supervision-fields'
import { alertContactFields } from '../notifications/site-contact-fields'

const option =
  <T extends string>(labels: Record<T, { zh: string; en: string }>) =>
  (value: T) => ({ value, label: labels[value] })

/**
 * A tenant of the platform: the city portal, a department site, a county portal or a
 * development zone (R-SITE-IDENT, R-SITE-DOMAIN). Content, columns and media belong to one site.
 */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: { zh: '站点', en: 'Site' }, plural: { zh: '站点', en: 'Sites' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'englishDomain', 'status', 'updatedAt'],
    group: { zh: '平台管理', en: 'Platform' },
    // Platform management is for platform admins; staff reach their own account from the avatar menu.
    hidden: ({ user }) => !isPlatformAdmin(user),
  },
  access: {
    // Site identity is public: the public site resolves requests by domain and shows the footer.
    read: publicOrOwnSites('id'),
    create: platformAdminOnly,
    update: platformAdminOnly,
    delete: platformAdminOnly,
  },
  hooks: { beforeChange: [validateSiteRules], afterChange: [notifySiteChanged], afterDelete: [notifySiteDeleted] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '网站名称', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '标识（英文）', en: 'Slug' },
      validate: validateSlug,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'city-portal',
          label: { zh: '网站类型', en: 'Kind' },
          options: SITE_KINDS.map(option(SITE_KIND_LABELS)),
        },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'sites',
          custom: scoped('platform-admin'),
          label: { zh: '上级门户', en: 'Parent portal' },
          filterOptions: { kind: { in: ['city-portal', 'county-portal'] } },
          admin: { condition: (data) => data?.kind === 'department' || data?.kind === 'development-zone' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'englishDomain', type: 'text', required: true, unique: true, index: true, label: { zh: '英文域名', en: 'English domain' } },
        { name: 'chineseDomain', type: 'text', unique: true, index: true, label: { zh: '中文域名', en: 'Chinese domain' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      label: { zh: '运行状态', en: 'Status' },
      options: SITE_STATUSES.map(option(SITE_STATUS_LABELS)),
    },
    {
      type: 'collapsible',
      label: { zh: '网站标识与备案', en: 'Identity and registration' },
      fields: [
        { name: 'siteCode', type: 'text', label: { zh: '政府网站标识码', en: 'Government site code' } },
        { name: 'icpNumber', type: 'text', label: { zh: 'ICP备案号', en: 'ICP number' } },
        { name: 'securityRecordNumber', type: 'text', label: { zh: '公安机关备案号', en: 'Public security record' } },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '主办与联系', en: 'Organisers and contact' },
      fields: [
        { name: 'hostOrganization', type: 'text', label: { zh: '主办单位', en: 'Host organisation' } },
        { name: 'operatorOrganization', type: 'text', label: { zh: '承办单位', en: 'Operating organisation' } },
        { name: 'contactPhone', type: 'text', label: { zh: '联系电话', en: 'Phone' } },
        { name: 'contactEmail', type: 'email', label: { zh: '联系邮箱', en: 'Email' } },
        { name: 'contactAddress', type: 'text', label: { zh: '联系地址', en: 'Address' } },
        alertContactFields,
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '政府信息公开', en: 'Information disclosure' },
      fields: [
        {
          name: 'creditCode',
          type: 'text',
          label: { zh: '主办单位统一社会信用代码', en: 'Unified social credit code' },
          admin: { description: { zh: '用于生成政策文件索引号', en: 'Used in index numbers' } },
        },
        {
          name: 'indexNumberPattern',
          type: 'text',
          defaultValue: DEFAULT_INDEX_NUMBER_PATTERN,
          label: { zh: '索引号规则', en: 'Index number pattern' },
          admin: { description: { zh: '可用 {creditCode} {year} {serial:5} {siteSlug}', en: 'Placeholders: {creditCode} {year} {serial:5} {siteSlug}' } },
        },
      ],
    },
    homepageLayoutField,
    {
      name: 'mourningMode',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '哀悼日置灰', en: 'Mourning mode (grayscale)' },
      admin: { position: 'sidebar' },
    },
  ],
}
