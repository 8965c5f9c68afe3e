import type { GlobalConfig } from 'payload'

import { loadTotpState } from '../accounts/totp/totp-state'
import { isPlatformAdmin, platformAdminOnly } from '../access/roles'
import { Refusal } from '../shared/refusal'

/**
 * 账户安全 (R-SEC-ACCOUNTS): platform-wide sign-in rules, for platform admins only. Turning on
 * "platform admins must use two-factor sign-in" needs the admin doing it to be enrolled, so the
 * platform is never left with no admin able to sign in; other admins enrol at their next sign-in.
 */
export const AccountSecuritySettings: GlobalConfig = {
  slug: 'account-security',
  label: { zh: '账户安全', en: 'Account security' },
  admin: { group: { zh: '平台管理', en: 'Platform' }, hidden: ({ user }) => !isPlatformAdmin(user) },
  access: { read: platformAdminOnly, update: platformAdminOnly },
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const turningOn = data.requireTotpForPlatformAdmins === true && originalDoc?.requireTotpForPlatformAdmins !== true
        if (turningOn && req.user) {
          const own = await loadTotpState(req, String(req.user.id))
          if (!own.totpEnabled) {
            throw new Refusal(409, 'totp.enrol_before_requiring', '请先在“我的账户”中为自己启用两步验证，再要求所有平台管理员使用')
          }
        }
        return data
      },
    ],
  },
  fields: [
    {
      name: 'requireTotpForPlatformAdmins',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '平台管理员必须使用两步验证登录', en: 'Platform admins must use two-factor sign-in' },
      admin: {
        description: {
          zh: '开启后，未绑定身份验证器的平台管理员登录时须先扫码绑定；开启前请先为自己绑定。',
          en: 'Platform admins without an authenticator must enrol at sign-in. Enrol yourself first.',
        },
      },
    },
  ],
}
