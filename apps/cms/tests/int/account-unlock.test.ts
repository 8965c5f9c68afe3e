import { CLIENT_IP_HEADER } from '../../src/shared/client-ip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, workflowFixture, type Persona, type WorkflowFixture } from './workflow-fixture'

const lockState = async (fx: WorkflowFixture, email: string) => {
  const user = await fx.payload.db.findOne<{ id: string; lockUntil?: string | null; loginAttempts?: number | null }>({
    collection: 'users',
    where: { email: { equals: email } },
  })
  return { locked: Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now()), attempts: user?.loginAttempts ?? 0 }
}

async function lock(fx: WorkflowFixture, email: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await fx.payload.login({ collection: 'users', data: { email, password: 'wrong-password-guess' } }).catch(() => undefined)
  }
  expect((await lockState(fx, email)).locked).toBe(true)
}

describe('unlocking accounts (R-SEC-ACCOUNTS, issue hole 7)', () => {
  let fx: WorkflowFixture
  let mixedEmail: string

  beforeAll(async () => {
    fx = await workflowFixture()
    // Editor on site A and reviewer on site B: belongs to two sites.
    mixedEmail = 'mixed@example.gov.cn'
    await fx.payload.create({
      collection: 'users',
      data: {
        email: mixedEmail,
        name: '跨站用户',
        password: PASSWORD,
        siteRoles: [
          { site: fx.siteA, role: 'editor' },
          { site: fx.siteB, role: 'reviewer' },
        ],
      },
    })
  })
  afterAll(async () => fx?.cleanup())

  const unlockRest = (persona: Persona, email: string) => fx.api.rest('POST', 'users/unlock', { token: fx.tokenOf(persona), body: { email } })

  it('refuses every persona but admins with a coded 403, and the account stays locked (REST)', async () => {
    await lock(fx, 'platformadmin@example.gov.cn')
    const answers = []
    for (const persona of ['anonymous', 'editorA', 'reviewerA', 'editorB', 'reviewerB', 'siteAdminA'] as const) {
      const answer = await unlockRest(persona, 'platformadmin@example.gov.cn')
      expect([persona, answer.status, (await lockState(fx, 'platformadmin@example.gov.cn')).locked]).toEqual([persona, 403, true])
      answers.push(answer)
    }
    for (const answer of answers) expect(JSON.stringify(answer.body)).toContain('account.manage_forbidden')
  })

  it('refuses the county editor on GraphQL and on the Local API with a user', async () => {
    const graphql = await fx.api.graphql('mutation { unlockUser(email: "platformadmin@example.gov.cn") }', {}, fx.tokenOf('editorB'))
    expect(JSON.stringify(graphql.body.errors)).toContain('account.manage_forbidden')
    await expect(
      fx.payload.unlock({
        collection: 'users',
        data: { email: 'platformadmin@example.gov.cn' } as { email: string; password: string },
        overrideAccess: false,
        req: { user: { ...(await fx.userDoc('editorB')), collection: 'users' } },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await lockState(fx, 'platformadmin@example.gov.cn')).locked).toBe(true)
  })

  it('lets a site admin unlock only accounts that work on their own sites alone', async () => {
    await lock(fx, 'editora@example.gov.cn')
    await lock(fx, 'editorb@example.gov.cn')
    await lock(fx, mixedEmail)
    for (const email of ['editorb@example.gov.cn', mixedEmail, 'platformadmin@example.gov.cn', 'nobody@example.gov.cn']) {
      const refused = await unlockRest('siteAdminA', email)
      expect(refused.status, email).toBe(403)
      expect(JSON.stringify(refused.body), email).toContain('account.manage_forbidden')
    }
    expect((await lockState(fx, 'editorb@example.gov.cn')).locked).toBe(true)
    expect((await lockState(fx, mixedEmail)).locked).toBe(true)

    expect(await unlockRest('siteAdminA', 'editora@example.gov.cn')).toMatchObject({ status: 200 })
    expect(await lockState(fx, 'editora@example.gov.cn')).toEqual({ locked: false, attempts: 0 })
  })

  it('lets a platform admin unlock anyone, and writes the unlock into the audit log', async () => {
    const platformAdmin = fx.users.platformAdmin
    for (const email of ['editorb@example.gov.cn', mixedEmail]) {
      expect(await fx.api.rest('POST', 'users/unlock', { token: platformAdmin.token, body: { email } })).toMatchObject({ status: 200 })
      expect((await lockState(fx, email)).locked).toBe(false)
    }
    const audit = await fx.payload.find({ collection: 'audit-logs', where: { action: { equals: 'account-unlock' } }, sort: 'at', overrideAccess: true })
    expect(audit.docs.map((entry) => [entry.actorName, entry.summary])).toEqual([
      ['siteAdminA', 'siteAdminA：解锁账户（editorA）'],
      ['platformAdmin', 'platformAdmin：解锁账户（editorB）'],
      ['platformAdmin', 'platformAdmin：解锁账户（跨站用户）'],
    ])
  })

  it('tells the admin UI who may unlock (the access endpoint)', async () => {
    const unlockPermission = async (persona: Persona) => {
      const answer = await fx.api.rest('GET', 'access', { token: fx.tokenOf(persona) })
      const unlock = (answer.body.collections as Record<string, { unlock?: boolean | { permission: boolean } }>).users?.unlock
      return unlock === true || (typeof unlock === 'object' && unlock.permission)
    }
    expect(await unlockPermission('editorB')).toBe(false)
    // A site admin's permission is a query (their own staff), which the access endpoint reports as not granted up front.
    expect(await unlockPermission('platformAdmin')).toBe(true)
  })

  it('keeps the other auth endpoints closed: first-register, verify, me, refresh and logout', async () => {
    const firstRegister = await fx.api.rest('POST', 'users/first-register', {
      body: { email: 'intruder@example.gov.cn', password: 'a-long-intruder-password', name: '入侵者' },
    })
    expect(firstRegister.status).toBe(403)
    expect(await fx.payload.count({ collection: 'users', where: { email: { equals: 'intruder@example.gov.cn' } } })).toMatchObject({ totalDocs: 0 })

    expect(await fx.api.rest('POST', 'users/verify/some-token')).toMatchObject({ status: 404, body: { code: 'auth.verify_disabled' } })
    expect(JSON.stringify((await fx.api.graphql('mutation { verifyEmailUser(token: "some-token") }')).body.errors)).toContain('auth.verify_disabled')

    const me = await fx.api.rest('GET', 'users/me', { token: fx.tokenOf('editorB') })
    expect(me.status).toBe(200)
    const meUser = me.body.user as Record<string, unknown>
    expect(meUser.email).toBe('editorb@example.gov.cn')
    for (const secret of ['hash', 'salt', 'totpSecret', 'totpPendingSecret', 'totpRecoveryCodes', 'totpLastStep', 'resetPasswordToken'])
      expect(meUser).not.toHaveProperty(secret)

    const anonymousMe = await fx.api.rest('GET', 'users/me')
    expect(anonymousMe.body.user ?? null).toBeNull()
    const anonymousRefresh = await fx.api.rest('POST', 'users/refresh-token')
    expect(anonymousRefresh.status).toBeGreaterThanOrEqual(400)
    expect(anonymousRefresh.status).toBeLessThan(500)

    const { token } = await fx.payload.login({ collection: 'users', data: { email: 'reviewerb@example.gov.cn', password: PASSWORD } })
    expect((await fx.api.rest('POST', 'users/logout', { token })).status).toBe(200)
    expect((await fx.api.rest('GET', 'users/me', { token })).body.user ?? null).toBeNull()
  })

  it('answers forgot-password with 503 mail.disabled when no SMTP server is configured, and throttles it per address', async () => {
    const headers = { [CLIENT_IP_HEADER]: '198.51.100.20' }
    const answer = await fx.api.rest('POST', 'users/forgot-password', { body: { email: 'editora@example.gov.cn' }, headers })
    expect(answer.status).toBe(503)
    expect(JSON.stringify(answer.body)).toContain('mail.disabled')
    for (let attempt = 1; attempt < 5; attempt += 1)
      await fx.api.rest('POST', 'users/forgot-password', { body: { email: `nobody${attempt}@example.gov.cn` }, headers })
    const flooded = await fx.api.rest('POST', 'users/forgot-password', { body: { email: 'editora@example.gov.cn' }, headers })
    expect(flooded.status).toBe(429)
    expect(JSON.stringify(flooded.body)).toContain('auth.rate_limited')
  })
})
