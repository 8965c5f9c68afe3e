import type { CollectionConfig } from 'payload'

import { anyone, isPlatformAdmin, platformAdminOnly } from '../access/roles'

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9\u4e00-\u9fa5](?:[a-z0-9\u4e00-\u9fa5-]{0,61}[a-z0-9\u4e00-\u9fa5])?\.)+[a-z\u4e00-\u9fa5]{2,63}$/

/** A tenant of the platform: the city portal, a department site or a county portal. */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: { zh: '站点', en: 'Site' }, plural: { zh: '站点', en: 'Sites' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: { zh: '平台管理', en: 'Platform' },
    // Platform management is for platform admins; staff reach their own account from the avatar menu.
    hidden: ({ user }) => !isPlatformAdmin(user),
  },
  access: {
    // Site identity (name, domains) is public: the public site resolves requests by domain.
    read: anyone,
    create: platformAdminOnly,
    update: platformAdminOnly,
    delete: platformAdminOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '网站名称', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '标识（英文）', en: 'Slug' },
      validate: (value: null | string | undefined) =>
        value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : '标识只能包含小写字母、数字和连字符',
    },
    {
      name: 'domains',
      type: 'array',
      label: { zh: '域名', en: 'Domains' },
      labels: { singular: { zh: '域名', en: 'Domain' }, plural: { zh: '域名', en: 'Domains' } },
      fields: [
        {
          name: 'domain',
          type: 'text',
          required: true,
          label: { zh: '域名', en: 'Domain' },
          validate: (value: null | string | undefined) =>
            value && HOSTNAME.test(value) ? true : '请输入有效的域名（小写，不含协议和路径），例如 www.example.gov.cn',
        },
      ],
    },
  ],
}
