import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { totpCodeAt } from '../../src/accounts/totp/totp-code'
import { setClock } from '../../src/shared/clock'
import { CLIENT_IP_HEADER } from '../../src/shared/client-ip'
import { PASSWORD, workflowFixture, type Persona, type WorkflowFixture } from './workflow-fixture'

const START = new Date('2026-11-24T02:00:00.000Z')
const later = (seconds: number) => new Date(START.getTime() + seconds * 1000)

describe('two-factor sign-in with TOTP (R-SEC-ACCOUNTS)', () => {
  let fx: WorkflowFixture
  let now = START
  let editorSecret = ''
  let recoveryCodes: string[] = []

  beforeAll(async () => {
    fx = await workflowFixture()
    setClock(() => now)
  })
  afterEach(() => {
    now = START
  })
  afterAll(async () => {
    setClock(() => new Date())
    await fx?.cleanup()
  })

  const post = (path: string, options: { persona?: Persona; body?: unknown; headers?: Record<string, string> } = {}) =>
    fx.api.rest('POST', path, { token: options.persona ? fx.tokenOf(options.persona) : undefined, body: options.body ?? {}, headers: options.headers })
  const login = (email: string, extra: Record<string, unknown> = {}, password = PASSWORD) =>
    fx.api.rest('POST', 'users/login', { body: { email, password, ...extra }, headers: { [CLIENT_IP_HEADER]: '192.0.2.77' } })
  const codeOf = (body: Record<string, unknown>) => body.code ?? (body.errors as { data?: { code?: string } }[] | undefined)?.[0]?.data?.code

  it('enrols: a server-made secret as an otpauth URI and QR code, confirmed by a first code, answering ten recovery codes once', async () => {
    const setup = await post('users/totp/setup', { persona: 'editorA' })
    expect(setup.status).toBe(200)
    editorSecret = setup.body.secret as string
    expect(editorSecret).toMatch(/^[A-Z2-7]{32}$/)
    expect(setup.body.uri).toBe(`otpauth://totp/GovSite:editora%40example.gov.cn?issuer=GovSite&secret=${editorSecret}&algorithm=SHA1&digits=6&period=30`)
    expect(setup.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
    expect(setup.headers.get('cache-control')).toBe('no-store')

    expect(await post('users/totp/confirm', { persona: 'editorA', body: { code: '12345' } })).toMatchObject({
      status: 400,
      body: { code: 'totp.code_invalid' },
    })
    const wrong = totpCodeAt(editorSecret, later(-600))
    expect(await post('users/totp/confirm', { persona: 'editorA', body: { code: wrong } })).toMatchObject({ status: 400, body: { code: 'totp.code_wrong' } })
    const confirmed = await post('users/totp/confirm', { persona: 'editorA', body: { code: totpCodeAt(editorSecret, now) } })
    expect(confirmed.status).toBe(200)
    recoveryCodes = confirmed.body.recoveryCodes as string[]
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)
    expect(await post('users/totp/setup', { persona: 'editorA' })).toMatchObject({ status: 409, body: { code: 'totp.already_enabled' } })
  })

  it('never lets the secret, counter or recovery codes be read back, by the owner or a platform admin, on any API', async () => {
    const id = fx.users.editorA.id
    for (const persona of ['editorA', 'platformAdmin'] as const) {
      const rest = await fx.api.rest('GET', `users/${id}`, { token: fx.tokenOf(persona) })
      expect(rest.body.totpEnabled, persona).toBe(true)
      for (const field of ['totpSecret', 'totpPendingSecret', 'totpLastStep', 'totpRecoveryCodes'])
        expect(rest.body, `${persona} ${field}`).not.toHaveProperty(field)
      const graphql = await fx.api.graphql(`query { User(id: "${id}") { totpEnabled totpSecret totpRecoveryCodes } }`, {}, fx.tokenOf(persona))
      expect(graphql.body.data, persona).toEqual({ User: { totpEnabled: true, totpSecret: null, totpRecoveryCodes: null } })
    }
    const local = await fx.payload.findByID({ collection: 'users', id, overrideAccess: false, user: await fx.userDoc('platformAdmin') })
    expect(local).not.toHaveProperty('totpSecret')
    const patched = await fx.api.rest('PATCH', `users/${id}`, {
      token: fx.tokenOf('editorA'),
      body: { totpEnabled: false, totpSecret: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    })
    expect(patched.status).toBe(200)
    expect((await login('editora@example.gov.cn')).status).toBe(401)
  })

  it('asks for the code after the password, refuses wrong and replayed codes, accepts the next one', async () => {
    expect(codeOf((await login('editora@example.gov.cn')).body)).toBe('auth.totp_required')
    expect(codeOf((await login('editora@example.gov.cn', { totp: '000000' })).body)).toBe('auth.totp_invalid')
    // The code used to confirm enrolment cannot sign in: its time step is spent.
    expect(codeOf((await login('editora@example.gov.cn', { totp: totpCodeAt(editorSecret, now) })).body)).toBe('auth.totp_invalid')
    // A wrong password with a right code is still the one wrong-password answer.
    now = later(30)
    expect(codeOf((await login('editora@example.gov.cn', { totp: totpCodeAt(editorSecret, now) }, 'not-the-password!')).body)).toBe('auth.login_failed')
    const signedIn = await login('editora@example.gov.cn', { totp: totpCodeAt(editorSecret, now) })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.token).toEqual(expect.any(String))
    // Replay of that code within its 30-second window (and the ±1 step tolerance) is refused.
    now = later(45)
    expect(codeOf((await login('editora@example.gov.cn', { totp: totpCodeAt(editorSecret, later(30)) })).body)).toBe('auth.totp_invalid')
    now = later(60)
    expect((await login('editora@example.gov.cn', { totp: totpCodeAt(editorSecret, now) })).status).toBe(200)
  })

  it('takes the code on GraphQL (header) and on the Local API (data.totp)', async () => {
    now = later(90)
    const query = 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
    const without = await fx.api.graphql(query, { email: 'editora@example.gov.cn', password: PASSWORD })
    expect(JSON.stringify(without.body.errors)).toContain('auth.totp_required')
    const withCode = await fx.api.graphql(query, { email: 'editora@example.gov.cn', password: PASSWORD }, undefined, {
      'x-govsite-totp': totpCodeAt(editorSecret, now),
    })
    expect((withCode.body.data as { loginUser: { token: string } }).loginUser.token).toEqual(expect.any(String))
    now = later(120)
    await expect(fx.payload.login({ collection: 'users', data: { email: 'editora@example.gov.cn', password: PASSWORD } })).rejects.toMatchObject({
      status: 401,
    })
    await expect(
      fx.payload.login({ collection: 'users', data: { email: 'editora@example.gov.cn', password: PASSWORD, totp: totpCodeAt(editorSecret, now) } as never }),
    ).resolves.toMatchObject({ token: expect.any(String) })
  })

  it('accepts each recovery code once instead of a code, and audits its use', async () => {
    expect((await login('editora@example.gov.cn', { totp: recoveryCodes[0]!.toUpperCase() })).status).toBe(200)
    expect(codeOf((await login('editora@example.gov.cn', { totp: recoveryCodes[0] })).body)).toBe('auth.totp_invalid')
    const audit = await fx.payload.find({
      collection: 'audit-logs',
      where: { action: { in: ['totp-enrol', 'totp-recovery-used'] } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(audit.docs.map((entry) => [entry.action, entry.documentId, entry.comment ?? null])).toEqual([
      ['totp-enrol', fx.users.editorA.id, null],
      ['totp-recovery-used', fx.users.editorA.id, '剩余 9 个恢复码'],
    ])
  })

  it('resets a forgotten password of an enrolled account without opening a session that skipped the code', async () => {
    const token = await fx.payload.forgotPassword({ collection: 'users', data: { email: 'editora@example.gov.cn' }, disableEmail: true })
    const reset = await post('users/reset-password', { body: { token, password: '两步验证用户的新密码-2026' } })
    expect(reset.status).toBe(200)
    expect(reset.body).not.toHaveProperty('token')
    const sessionCookie = (reset.headers.get('set-cookie') ?? '').split(';')[0]!
    const after = await fx.payload.findByID({ collection: 'users', id: fx.users.editorA.id, depth: 0 })
    expect(after.siteRoles?.map((row) => row.role)).toEqual(['editor'])
    expect((await fx.api.rest('GET', 'users/me', { headers: { cookie: sessionCookie } })).body.user ?? null).toBeNull()
    expect(codeOf((await login('editora@example.gov.cn', {}, '两步验证用户的新密码-2026')).body)).toBe('auth.totp_required')
    now = later(180)
    expect((await login('editora@example.gov.cn', { totp: totpCodeAt(editorSecret, now) }, '两步验证用户的新密码-2026')).status).toBe(200)
    // A reset (and a password change) ends every earlier session, the fixture's too: sign in again.
    await fx.payload.update({ collection: 'users', id: fx.users.editorA.id, data: { password: PASSWORD } })
    now = later(210)
    fx.users.editorA.token = (await login('editora@example.gov.cn', { totp: totpCodeAt(editorSecret, now) })).body.token as string
  })

  it('lets platform admins and the site admin reset a lost authenticator (audited), nobody else, and not one’s own', async () => {
    const id = fx.users.editorA.id
    expect(await post(`users/${id}/totp/reset`, { persona: 'editorB' })).toMatchObject({ status: 403, body: { code: 'account.manage_forbidden' } })
    expect(await post(`users/${id}/totp/reset`)).toMatchObject({ status: 401, body: { code: 'auth.login_required' } })
    expect(await post(`users/${id}/totp/reset`, { persona: 'editorA' })).toMatchObject({ status: 409, body: { code: 'totp.reset_self' } })
    expect(await post(`users/${fx.users.platformAdmin.id}/totp/reset`, { persona: 'siteAdminA' })).toMatchObject({ status: 403 })
    expect(await post(`users/${id}/totp/reset`, { persona: 'siteAdminA' })).toMatchObject({ status: 200, body: { enabled: false } })
    expect((await login('editora@example.gov.cn')).status).toBe(200)
    const audit = await fx.payload.find({ collection: 'audit-logs', where: { action: { equals: 'totp-reset' } }, overrideAccess: true })
    expect(audit.docs.map((entry) => entry.summary)).toEqual(['siteAdminA：重置两步验证（editorA）'])
  })

  it('turns off with a current code', async () => {
    const setup = await post('users/totp/setup', { persona: 'reviewerA' })
    const secret = setup.body.secret as string
    await post('users/totp/confirm', { persona: 'reviewerA', body: { code: totpCodeAt(secret, now) } })
    expect(await post('users/totp/disable', { persona: 'reviewerA', body: { code: totpCodeAt(secret, now) } })).toMatchObject({
      status: 400,
      body: { code: 'totp.code_wrong' },
    })
    now = later(30)
    expect(await post('users/totp/disable', { persona: 'reviewerA', body: { code: totpCodeAt(secret, now) } })).toMatchObject({
      status: 200,
      body: { enabled: false },
    })
    expect((await login('reviewera@example.gov.cn')).status).toBe(200)
  })

  describe('required for platform admins when the platform turns it on', () => {
    let adminSecret = ''

    it('refuses to turn the requirement on for an admin who is not enrolled, and to anyone but platform admins', async () => {
      const setting = (persona: Persona) =>
        fx.api.rest('POST', 'globals/account-security', { token: fx.tokenOf(persona), body: { requireTotpForPlatformAdmins: true } })
      expect((await setting('siteAdminA')).status).toBe(403)
      const refused = await setting('platformAdmin')
      expect(refused.status).toBe(409)
      expect(codeOf(refused.body)).toBe('totp.enrol_before_requiring')

      const setup = await post('users/totp/setup', { persona: 'platformAdmin' })
      adminSecret = setup.body.secret as string
      expect((await post('users/totp/confirm', { persona: 'platformAdmin', body: { code: totpCodeAt(adminSecret, now) } })).status).toBe(200)
      expect((await setting('platformAdmin')).status).toBe(200)
      expect((await fx.api.rest('GET', 'globals/account-security', { token: fx.tokenOf('editorA') })).status).toBe(403)
    })

    it('refuses an unenrolled platform admin’s sign-in with a way to enrol, then signs them in with a code', async () => {
      await fx.payload.create({
        collection: 'users',
        data: { email: 'second.admin@example.gov.cn', name: '第二位管理员', password: PASSWORD, platformRole: 'platform-admin' },
      })
      const refused = await login('second.admin@example.gov.cn')
      expect(refused.status).toBe(403)
      expect(codeOf(refused.body)).toBe('auth.totp_enrolment_required')
      const cookie = refused.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/^govsite-totp-enrolment=[^;]+; Path=\/api\/users\/totp; Max-Age=600; HttpOnly; SameSite=Strict/)
      const ticket = cookie.split(';')[0]!

      // The ticket opens only enrolment, only for ten minutes, and is not a session.
      expect((await fx.api.rest('GET', 'users/me', { headers: { cookie: ticket } })).body.user ?? null).toBeNull()
      expect(await post('users/totp/setup', { headers: { cookie: 'govsite-totp-enrolment=forged.9999999999999.abc' } })).toMatchObject({ status: 401 })
      now = later(601)
      expect(await post('users/totp/setup', { headers: { cookie: ticket } })).toMatchObject({ status: 401 })
      now = later(30)

      const setup = await post('users/totp/setup', { headers: { cookie: ticket } })
      expect(setup.status).toBe(200)
      const secret = setup.body.secret as string
      expect((await post('users/totp/confirm', { headers: { cookie: ticket }, body: { code: totpCodeAt(secret, now) } })).status).toBe(200)
      now = later(60)
      expect((await login('second.admin@example.gov.cn', { totp: totpCodeAt(secret, now) })).status).toBe(200)
    })

    it('does not let a platform admin turn it off for themselves while it is required; staff remain optional', async () => {
      now = later(150)
      expect(await post('users/totp/disable', { persona: 'platformAdmin', body: { code: totpCodeAt(adminSecret, now) } })).toMatchObject({
        status: 409,
        body: { code: 'totp.required_for_admins' },
      })
      expect((await login('editorb@example.gov.cn')).status).toBe(200)
    })
  })
})
