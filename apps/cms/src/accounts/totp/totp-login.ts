import type { CollectionBeforeLoginHook, PayloadRequest } from 'payload'

import { currentTime } from '../../shared/clock'
import { isPlatformAdmin } from '../../access/roles'
import { Refusal } from '../../shared/refusal'
import { auditAccountEvent } from '../account-audit'
import { forgiveAttempt } from '../account-throttle'
import { setEnrolmentCookie } from './enrolment-ticket'
import { hashRecoveryCode, looksLikeRecoveryCode, totpStep } from './totp-code'
import { loadTotpState, platformAdminsNeedTotp, saveTotpState, type TotpState } from './totp-state'

/** REST and the admin send the code as `totp` in the login body; GraphQL and other clients may use this header. */
export const TOTP_HEADER = 'x-govsite-totp'
const CODE_CONTEXT_KEY = 'govsiteTotpCode'
const RESET_CONTEXT_KEY = 'govsitePasswordReset'
const NO_SESSION_CONTEXT_KEY = 'govsiteResetWithoutSession'

/**
 * A password reset by e-mail link signs the account in, which would skip the second factor: for
 * an enrolled account the reset goes through, but the session it opens is dropped, so the new
 * password is used together with a code at the next sign-in.
 */
export function markPasswordReset(req: PayloadRequest): void {
  req.context[RESET_CONTEXT_KEY] = true
}

export async function dropSessionOfSecondFactorReset(req: PayloadRequest, result: { token?: string; user?: { id: string | number } }): Promise<void> {
  if (!req.context[NO_SESSION_CONTEXT_KEY] || !result.user) return
  const id = String(result.user.id)
  // The whole row, as Payload's own session updates write it: a partial write would drop the account's other arrays (its site roles).
  const user = await req.payload.db.findOne<{ id: string; sessions?: unknown[] }>({ collection: 'users', where: { id: { equals: id } }, req })
  if (user) await req.payload.db.updateOne({ collection: 'users', id, data: { ...user, sessions: [] }, req, returning: false })
  delete result.token
}

/** Keep the code the caller sent (Local API data, REST body or header) for the check after the password. */
export function rememberSubmittedCode(req: PayloadRequest, data: Record<string, unknown> | undefined): void {
  const fromBody = (req.data as Record<string, unknown> | undefined)?.totp
  const code = data?.totp ?? fromBody ?? req.headers?.get(TOTP_HEADER)
  req.context[CODE_CONTEXT_KEY] = typeof code === 'string' ? code.trim() : ''
}

/**
 * The second step (R-SEC-ACCOUNTS), after Payload accepted the password: an enrolled account
 * needs a fresh RFC 6238 code or an unused recovery code; a platform admin without enrolment is
 * refused while the platform requires two-factor sign-in, with a ticket to enrol first.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  const state = await loadTotpState(req, String(user.id))
  if (req.context[RESET_CONTEXT_KEY]) {
    if (state.totpEnabled) req.context[NO_SESSION_CONTEXT_KEY] = true
    return user
  }
  if (!state.totpEnabled || !state.totpSecret) {
    if (isPlatformAdmin(state) && (await platformAdminsNeedTotp(req))) {
      forgiveAttempt(req, 'loginFailures')
      setEnrolmentCookie(req, state.id)
      throw new Refusal(403, 'auth.totp_enrolment_required', '平台要求平台管理员使用两步验证：请先用身份验证器扫描二维码完成绑定，然后再登录')
    }
    return user
  }
  const code = String(req.context[CODE_CONTEXT_KEY] ?? '')
  if (!code) {
    forgiveAttempt(req, 'loginFailures')
    throw new Refusal(401, 'auth.totp_required', '请输入身份验证器上的 6 位动态验证码（或一个恢复码）')
  }
  if (!(await acceptCode(req, state, code))) {
    throw new Refusal(401, 'auth.totp_invalid', '动态验证码不正确或已经用过，请输入身份验证器上新的验证码')
  }
  return user
}

/** Accept a code once: a TOTP step after the last one used, or a recovery code not used before. */
async function acceptCode(req: PayloadRequest, state: TotpState, code: string): Promise<boolean> {
  const step = totpStep(state.totpSecret!, code, currentTime())
  if (step !== null) {
    if (step <= (state.totpLastStep ?? -1)) return false
    await saveTotpState(req, state.id, { totpLastStep: step })
    return true
  }
  if (!looksLikeRecoveryCode(code)) return false
  const hashed = hashRecoveryCode(code)
  const remaining = state.totpRecoveryCodes ?? []
  if (!remaining.includes(hashed)) return false
  await saveTotpState(req, state.id, { totpRecoveryCodes: remaining.filter((entry) => entry !== hashed) })
  await auditAccountEvent(req, 'totp-recovery-used', state, `剩余 ${remaining.length - 1} 个恢复码`)
  return true
}
