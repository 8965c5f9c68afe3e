import {
  findRoleSeparationConflicts,
  PLATFORM_ROLES,
  ROLE_LABELS,
  ROLE_SEPARATION_MESSAGE,
  SITE_ROLES,
  type SiteRole,
} from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { isPlatformAdmin, platformAdminOnly, platformAdminOnlyField, platformAdminOrSelf } from '../access/roles'
import { scoped } from '../access/relationship-scope'

const FIFTEEN_MINUTES = 15 * 60 * 1000

const roleOption = (value: keyof typeof ROLE_LABELS) => ({ value, label: ROLE_LABELS[value] })

/** Personal accounts only (R-SEC-ACCOUNTS): login lockout after repeated failures. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES,
    tokenExpiration: 2 * 60 * 60,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'platformRole', 'updatedAt'],
    group: { zh: '平台管理', en: 'Platform' },
    // Platform management is for platform admins; staff reach their own account from the avatar menu.
    hidden: ({ user }) => !isPlatformAdmin(user),
  },
  access: {
    read: platformAdminOrSelf,
    create: platformAdminOnly,
    update: platformAdminOrSelf,
    delete: platformAdminOnly,
  },
  hooks: {
    beforeChange: [
      // The very first account (created from the admin's first-user screen) runs the platform.
      async ({ data, operation, req }) => {
        if (operation !== 'create' || isPlatformAdmin(req.user)) return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req })
        return totalDocs === 0 ? { ...data, platformRole: 'platform-admin' } : data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'phone',
      type: 'text',
      label: { zh: '联系电话', en: 'Phone' },
      validate: (value: null | string | undefined) =>
        !value || /^[0-9+\-() ]{5,20}$/.test(value) ? true : '请输入有效的电话号码',
    },
    {
      name: 'platformRole',
      type: 'select',
      label: { zh: '平台角色', en: 'Platform role' },
      options: PLATFORM_ROLES.map(roleOption),
      access: { create: platformAdminOnlyField, update: platformAdminOnlyField },
    },
    {
      name: 'siteRoles',
      type: 'array',
      label: { zh: '站点角色', en: 'Site roles' },
      labels: { singular: { zh: '站点角色', en: 'Site role' }, plural: { zh: '站点角色', en: 'Site roles' } },
      access: { create: platformAdminOnlyField, update: platformAdminOnlyField },
      // R-ROLE-SEPARATE: 信息审核人员 and 编辑发布人员 are different people on each site.
      validate: (rows: unknown) => {
        const assignments = (Array.isArray(rows) ? rows : []).map((row: { site?: unknown; role?: unknown }) => ({
          site: String(typeof row.site === 'object' && row.site ? (row.site as { id: unknown }).id : row.site),
          role: row.role as SiteRole,
        }))
        return findRoleSeparationConflicts(assignments).length > 0 ? ROLE_SEPARATION_MESSAGE : true
      },
      fields: [
        { name: 'site', type: 'relationship', relationTo: 'sites', required: true, custom: scoped('platform-admin'), label: { zh: '站点', en: 'Site' } },
        {
          name: 'role',
          type: 'select',
          required: true,
          label: { zh: '角色', en: 'Role' },
          options: SITE_ROLES.map(roleOption),
        },
      ],
    },
  ],
}
