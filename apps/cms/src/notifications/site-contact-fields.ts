import type { Field } from 'payload'

/** The people told of a site's supervision alerts besides its administrators (on `sites`, set by platform admins). */
export const alertContactFields: Field = {
  name: 'alertContacts',
  type: 'array',
  label: { zh: '监测告警联系人', en: 'Alert contacts' },
  labels: { singular: { zh: '联系人', en: 'Contact' }, plural: { zh: '联系人', en: 'Contacts' } },
  admin: {
    description: {
      zh: '站点出现预警、单项否决、无法访问、危险链接或严重错误时，除站点管理员外另行邮件通知的人员',
      en: 'Mailed with the site administrators on supervision alerts',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
        { name: 'email', type: 'email', required: true, label: { zh: '邮箱', en: 'E-mail' } },
      ],
    },
  ],
}
