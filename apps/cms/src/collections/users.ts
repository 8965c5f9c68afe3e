import { findRoleSeparationConflicts, PLATFORM_ROLES, ROLE_LABELS, ROLE_SEPARATION_MESSAGE, SITE_ROLES, type SiteRole } from '@govsite/domain'
import type { CollectionConfig, Field } from 'payload'

import { auditAuthOperations, authOperationGuards, forgiveSuccessfulLogin } from '../accounts/auth-operation-guards'
import { verifyEndpoint } from '../accounts/email-verification-off'
import { manageableUsers } from '../accounts/manageable-users'
import { auditPasswordChange, notePasswordChange, passwordPolicyOnChange } from '../accounts/password-policy-hooks'
import { totpEndpoints } from '../accounts/totp/totp-endpoints'
import { requireSecondFactor } from '../accounts/totp/totp-login'
import { isPlatformAdmin, nobody, platformAdminOnly, platformAdminOrSelf } from '../access/roles'
import { scoped } from '../access/relationship-scope'
import { passwordResetHtml, PASSWORD_RESET_SUBJECT } from '../mail/password-reset-mail'
import { notificationPreferenceFields } from '../notifications/preference-fields'

const FIFTEEN_MINUTES = 15 * 60 * 1000

const roleOption = (value: keyof typeof ROLE_LABELS) => ({ value, label: ROLE_LABELS[value] })

/** Two-factor secrets and counters: written only by the server's own endpoints, never readable through any API. */
const secretField = (name: string, type: 'text' | 'number' | 'json'): Field =>
  ({ name, type, hidden: true, access: { read: nobody, create: nobody, update: nobody } }) as Field

export interface UsersOptions {
  /** R-SEC-ACCOUNTS: `SESSION_LIFETIME_MINUTES`. */
  sessionLifetimeMinutes: number
  /** Outgoing mail is configured (`SMTP_HOST`); without it password reset answers 503. */
  mailEnabled: boolean
  /** `CMS_PUBLIC_URL`, where reset links point. */
  publicUrl: string
}

/** Personal accounts only (R-SEC-ACCOUNTS): lockout, per-address throttles, password policy, optional two-factor sign-in, audited changes. */
export function usersCollection(options: UsersOptions): CollectionConfig {
  return {
    slug: 'users',
    labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
    auth: {
      maxLoginAttempts: 5,
      lockTime: FIFTEEN_MINUTES,
      // Also the cookie's lifetime: Payload sets its expiry from the token's.
      tokenExpiration: options.sessionLifetimeMinutes * 60,
      forgotPassword: {
        // Payload's own per-account interval writes outside the request's transaction, which
        // deadlocks SQLite (every reset answered 500); the per-address and per-account limits in
        // account-throttle.ts replace it on every database.
        minRequestInterval: 0,
        generateEmailHTML: passwordResetHtml(options.publicUrl),
        generateEmailSubject: () => PASSWORD_RESET_SUBJECT,
      },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'email', 'platformRole', 'totpEnabled', 'updatedAt'],
      group: { zh: '平台管理', en: 'Platform' },
      // Platform management is for platform admins; staff reach their own account from the avatar menu.
      hidden: ({ user }) => !isPlatformAdmin(user),
    },
    access: {
      read: platformAdminOrSelf,
      create: platformAdminOnly,
      update: platformAdminOrSelf,
      delete: platformAdminOnly,
      unlock: ({ req }) => manageableUsers(req),
    },
    endpoints: [...totpEndpoints, verifyEndpoint],
    hooks: {
      beforeOperation: [authOperationGuards({ mailEnabled: options.mailEnabled })],
      afterOperation: [auditAuthOperations],
      beforeLogin: [requireSecondFactor],
      afterLogin: [forgiveSuccessfulLogin],
      beforeValidate: [passwordPolicyOnChange, notePasswordChange],
      beforeChange: [
        // The very first account (created from the admin's first-user screen) runs the platform.
        async ({ data, operation, req }) => {
          if (operation !== 'create' || isPlatformAdmin(req.user)) return data
          const { totalDocs } = await req.payload.count({ collection: 'users', req })
          return totalDocs === 0 ? { ...data, platformRole: 'platform-admin' } : data
        },
      ],
      afterChange: [auditPasswordChange],
    },
    fields: [
      { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
      {
        name: 'phone',
        type: 'text',
        label: { zh: '联系电话', en: 'Phone' },
        validate: (value: null | string | undefined) => (!value || /^[0-9+\-() ]{5,20}$/.test(value) ? true : '请输入有效的电话号码'),
      },
      {
        name: 'platformRole',
        type: 'select',
        label: { zh: '平台角色', en: 'Platform role' },
        options: PLATFORM_ROLES.map(roleOption),
        access: { create: platformAdminOnly, update: platformAdminOnly },
      },
      {
        name: 'siteRoles',
        type: 'array',
        label: { zh: '站点角色', en: 'Site roles' },
        labels: { singular: { zh: '站点角色', en: 'Site role' }, plural: { zh: '站点角色', en: 'Site roles' } },
        access: { create: platformAdminOnly, update: platformAdminOnly },
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
      {
        name: 'totpEnabled',
        type: 'checkbox',
        label: { zh: '两步验证', en: 'Two-factor sign-in' },
        access: { create: nobody, update: nobody },
        admin: {
          position: 'sidebar',
          readOnly: true,
          components: { Field: '/accounts/totp/admin/totp-panel#TotpPanel' },
        },
      },
      notificationPreferenceFields,
      secretField('totpSecret', 'text'),
      secretField('totpPendingSecret', 'text'),
      secretField('totpLastStep', 'number'),
      secretField('totpRecoveryCodes', 'json'),
    ],
  }
}
