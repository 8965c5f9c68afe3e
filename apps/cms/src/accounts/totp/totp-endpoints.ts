import type { Endpoint, PayloadRequest } from 'payload'
import QRCode from 'qrcode'

import { currentTime } from '../../shared/clock'
import { isPlatformAdmin } from '../../access/roles'
import { readJsonBody } from '../../shared/json-body'
import { answerRefusals } from '../../shared/refusal-shape'
import { Refusal } from '../../shared/refusal'
import { auditAccountEvent } from '../account-audit'
import { mayManageUser } from '../manageable-users'
import { clearEnrolmentCookie, enrolmentTicketUser } from './enrolment-ticket'
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep, totpUri } from './totp-code'
import { loadTotpState, platformAdminsNeedTotp, saveTotpState } from './totp-state'

const NO_STORE = { 'cache-control': 'no-store' }

/** The account enrolling: the signed-in user, or the platform admin holding an enrolment ticket from a refused sign-in. */
function enrollingUser(req: PayloadRequest): string {
  const id = req.user ? String(req.user.id) : enrolmentTicketUser(req)
  if (!id) throw new Refusal(401, 'auth.login_required', '请先登录')
  return id
}

async function codeFrom(req: PayloadRequest): Promise<string> {
  const body = (await readJsonBody(req, 'workflow.bad_json', {})) as { code?: unknown }
  const code = typeof body.code === 'string' ? body.code.trim() : ''
  if (!/^\d{6}$/.test(code)) throw new Refusal(400, 'totp.code_invalid', '请输入身份验证器上的 6 位数字验证码')
  return code
}

function endpoint(path: string, handler: (req: PayloadRequest) => Promise<Response>): Endpoint {
  return {
    path,
    method: 'post',
    handler: (req) => answerRefusals(() => handler(req)),
  }
}

/** `POST /api/users/totp/setup`: a new secret (pending until confirmed), as an otpauth URI, its QR code and the manual key. */
const setup = endpoint('/totp/setup', async (req) => {
  const id = enrollingUser(req)
  const state = await loadTotpState(req, id)
  if (state.totpEnabled) throw new Refusal(409, 'totp.already_enabled', '两步验证已经启用；如需更换手机，请先停用再重新绑定')
  const secret = newTotpSecret()
  await saveTotpState(req, id, { totpPendingSecret: secret })
  const uri = totpUri(secret, state.email)
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return Response.json({ secret, uri, qrSvg }, { headers: NO_STORE })
})

/** `POST /api/users/totp/confirm` `{ code }`: the first code proves the app holds the secret; answers the recovery codes, once. */
const confirm = endpoint('/totp/confirm', async (req) => {
  const id = enrollingUser(req)
  const code = await codeFrom(req)
  const state = await loadTotpState(req, id)
  if (state.totpEnabled) throw new Refusal(409, 'totp.already_enabled', '两步验证已经启用')
  if (!state.totpPendingSecret) throw new Refusal(409, 'totp.not_started', '请先生成二维码，再输入验证码')
  const step = totpStep(state.totpPendingSecret, code, currentTime())
  if (step === null) throw new Refusal(400, 'totp.code_wrong', '验证码不正确：请确认手机时间准确，并输入身份验证器上当前的验证码')
  const recoveryCodes = newRecoveryCodes()
  await saveTotpState(req, id, {
    totpEnabled: true,
    totpSecret: state.totpPendingSecret,
    totpPendingSecret: null,
    totpLastStep: step,
    totpRecoveryCodes: recoveryCodes.map(hashRecoveryCode),
  })
  await auditAccountEvent(req, 'totp-enrol', state)
  const headers = new Headers(NO_STORE)
  clearEnrolmentCookie(headers)
  return Response.json({ enabled: true, recoveryCodes }, { headers })
})

/** `POST /api/users/totp/disable` `{ code }`: the signed-in user turns it off with a current code (not platform admins while required). */
const disable = endpoint('/totp/disable', async (req) => {
  if (!req.user) throw new Refusal(401, 'auth.login_required', '请先登录')
  const code = await codeFrom(req)
  const state = await loadTotpState(req, String(req.user.id))
  if (!state.totpEnabled || !state.totpSecret) throw new Refusal(409, 'totp.not_enabled', '两步验证尚未启用')
  if (isPlatformAdmin(state) && (await platformAdminsNeedTotp(req))) {
    throw new Refusal(409, 'totp.required_for_admins', '平台要求平台管理员使用两步验证，不能停用')
  }
  const step = totpStep(state.totpSecret, code, currentTime())
  if (step === null || step <= (state.totpLastStep ?? -1)) throw new Refusal(400, 'totp.code_wrong', '验证码不正确或已经用过')
  await saveTotpState(req, state.id, { totpEnabled: false, totpSecret: null, totpLastStep: null, totpRecoveryCodes: null })
  await auditAccountEvent(req, 'totp-disable', state)
  return Response.json({ enabled: false }, { headers: NO_STORE })
})

/**
 * `POST /api/users/:id/totp/reset`: for staff who lost their phone and recovery codes — platform
 * admins for anyone, site admins for their own sites' staff (as for unlocking); audited. The
 * account enrols again at its next sign-in or from its account page.
 */
const reset = endpoint('/:id/totp/reset', async (req) => {
  const id = String(req.routeParams?.id ?? '')
  if (!req.user) throw new Refusal(401, 'auth.login_required', '请先登录')
  if (id === String(req.user.id)) throw new Refusal(409, 'totp.reset_self', '不能重置自己的两步验证：请在“我的账户”中用验证码停用，或请另一位平台管理员重置')
  if (!(await mayManageUser(req, id))) throw new Refusal(403, 'account.manage_forbidden', '只有平台管理员或该账户所属站点的站点管理员可以执行此操作')
  const state = await loadTotpState(req, id)
  await saveTotpState(req, id, { totpEnabled: false, totpSecret: null, totpPendingSecret: null, totpLastStep: null, totpRecoveryCodes: null })
  await auditAccountEvent(req, 'totp-reset', state)
  return Response.json({ enabled: false }, { headers: NO_STORE })
})

export const totpEndpoints: Endpoint[] = [setup, confirm, disable, reset]
