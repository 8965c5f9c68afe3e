import type { CollectionAfterLoginHook, CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { Refusal } from '../shared/refusal'
import { auditAccountEvent } from './account-audit'
import { forgiveAttempt, throttleAttempt } from './account-throttle'
import { isUserLocked } from './is-user-locked'
import { loginRefused, spendPasswordCheck } from './login-refusal'
import { manageableUsers } from './manageable-users'
import { passwordPolicyOnReset } from './password-policy-hooks'
import { dropSessionOfSecondFactorReset, markPasswordReset, rememberSubmittedCode } from './totp/totp-login'

type Data = Record<string, unknown> | undefined

const emailOf = (data: Data) => (typeof data?.email === 'string' ? data.email.toLowerCase().trim() : '')

/** Unknown and locked accounts get the wrong-password answer, after the same work. */
async function guardLogin(req: PayloadRequest, data: Data): Promise<void> {
  throttleAttempt(req, 'loginFailures')
  rememberSubmittedCode(req, data)
  const email = emailOf(data)
  if (!email || typeof data?.password !== 'string' || !data.password) return
  const user = await req.payload.db.findOne<{ id: string; lockUntil?: string | null }>({ collection: 'users', where: { email: { equals: email } }, req })
  if (!user || isUserLocked(user.lockUntil)) {
    await spendPasswordCheck(data.password)
    throw loginRefused()
  }
}

/** Unlocking is for platform admins, and site admins for their own sites' staff; others (and other accounts) get a coded 403. */
async function guardUnlock(req: PayloadRequest, data: Data, overrideAccess: boolean | undefined): Promise<void> {
  if (overrideAccess) return
  const scope = await manageableUsers(req)
  if (scope === true) return
  const allowed =
    scope !== false &&
    (await req.payload.count({ collection: 'users', where: { and: [scope, { email: { equals: emailOf(data) } }] }, overrideAccess: true, req })).totalDocs > 0
  if (!allowed) throw new Refusal(403, 'account.manage_forbidden', '只有平台管理员或该账户所属站点的站点管理员可以解锁账户')
}

/**
 * Every auth operation on REST, GraphQL, the admin and the Local API passes here first
 * (R-SEC-ACCOUNTS): per-address throttles, no account enumeration, password policy on reset,
 * who may unlock, and no password reset without outgoing mail.
 */
export function authOperationGuards(options: { mailEnabled: boolean }): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    const { data, overrideAccess } = args as { data?: Data; overrideAccess?: boolean }
    if (operation === 'login') await guardLogin(req, data)
    if (operation === 'unlock') await guardUnlock(req, data, overrideAccess)
    if (operation === 'resetPassword') {
      await passwordPolicyOnReset(req, data ?? {})
      markPasswordReset(req)
    }
    if (operation === 'forgotPassword') {
      throttleAttempt(req, 'passwordResets')
      throttleAttempt(req, 'passwordResetsPerAccount', emailOf(data))
      if (!options.mailEnabled && !(args as { disableEmail?: boolean }).disableEmail) {
        throw new Refusal(503, 'mail.disabled', '平台尚未配置邮件发送（SMTP），暂时无法通过邮件找回密码，请联系平台管理员重置')
      }
    }
    return args
  }
}

/** A successful sign-in does not count against its address. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  forgiveAttempt(req, 'loginFailures')
  return user
}

/** Unlocks and resets by e-mail link go into the audit log; a reset never skips the second factor. */
export const auditAuthOperations: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation === 'unlock' && result) {
    const email = emailOf((args as { data?: Data }).data)
    const { docs } = await req.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true, req })
    if (docs[0]) await auditAccountEvent(req, 'account-unlock', docs[0])
  }
  if (operation === 'resetPassword' && result && typeof result === 'object' && 'user' in result && result.user) {
    await auditAccountEvent(req, 'password-reset', result.user as { id: string; name?: string; email?: string })
    await dropSessionOfSecondFactorReset(req, result as { token?: string; user: { id: string } })
  }
  return result
}
