import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const WEAK = [
  { password: 'short-pw1', code: 'password.too_short' },
  { password: 'password1234', code: 'password.too_common' },
]

describe('password policy on every path (R-SEC-ACCOUNTS)', () => {
  let fx: WorkflowFixture

  beforeAll(async () => {
    fx = await workflowFixture()
  })
  afterAll(async () => fx?.cleanup())

  const errorCode = (body: Record<string, unknown>) => (body.errors as { data?: { code?: string } }[] | undefined)?.[0]?.data?.code

  it('refuses weak passwords when a platform admin creates an account (REST and GraphQL)', async () => {
    const cases = [...WEAK, { password: 'new.colleague@example.gov.cn-2026', code: 'password.contains_email' }]
    for (const { password, code } of cases) {
      const rest = await fx.api.rest('POST', 'users', {
        token: fx.tokenOf('platformAdmin'),
        body: { email: 'new.colleague@example.gov.cn', name: '新同事', password },
      })
      expect(rest.status, password).toBe(400)
      expect(errorCode(rest.body), password).toBe(code)
      const graphql = await fx.api.graphql(
        'mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }',
        { data: { email: 'new.colleague@example.gov.cn', name: '新同事', password } },
        fx.tokenOf('platformAdmin'),
      )
      expect(JSON.stringify(graphql.body.errors), password).toContain(code)
    }
    expect((await fx.payload.count({ collection: 'users', where: { email: { equals: 'new.colleague@example.gov.cn' } } })).totalDocs).toBe(0)
    const created = await fx.api.rest('POST', 'users', {
      token: fx.tokenOf('platformAdmin'),
      body: { email: 'new.colleague@example.gov.cn', name: '新同事', password: '春风又绿江南岸-2026' },
    })
    expect(created.status).toBe(201)
  })

  it('refuses weak passwords when staff change their own (REST PATCH, GraphQL, Local API) and audits a change', async () => {
    const id = fx.users.editorA.id
    for (const { password, code } of [...WEAK, { password: 'my-name-is-editora!', code: 'password.contains_email' }]) {
      const rest = await fx.api.rest('PATCH', `users/${id}`, { token: fx.tokenOf('editorA'), body: { password } })
      expect(rest.status, password).toBe(400)
      expect(errorCode(rest.body), password).toBe(code)
      const graphql = await fx.api.graphql(
        'mutation ($id: String!, $password: String!) { updateUser(id: $id, data: { password: $password }) { id } }',
        { id, password },
        fx.tokenOf('editorA'),
      )
      expect(JSON.stringify(graphql.body.errors), password).toContain(code)
      await expect(fx.payload.update({ collection: 'users', id, data: { password } })).rejects.toMatchObject({ status: 400 })
    }
    // The old password still works: nothing was changed.
    await expect(fx.payload.login({ collection: 'users', data: { email: 'editora@example.gov.cn', password: PASSWORD } })).resolves.toMatchObject({
      token: expect.any(String),
    })

    expect((await fx.api.rest('PATCH', `users/${id}`, { token: fx.tokenOf('editorA'), body: { password: '一个足够长的新密码-2026' } })).status).toBe(200)
    const audit = await fx.payload.find({ collection: 'audit-logs', where: { action: { equals: 'password-change' } }, overrideAccess: true })
    expect(audit.docs.map((entry) => [entry.actorName, entry.documentId])).toEqual([['editorA', id]])
  })

  it('refuses weak passwords on reset by token (REST and GraphQL), leaving the token usable', async () => {
    const token = await fx.payload.forgotPassword({ collection: 'users', data: { email: 'reviewera@example.gov.cn' }, disableEmail: true })
    for (const { password, code } of [...WEAK, { password: 'reviewera-forever-2026', code: 'password.contains_email' }]) {
      const rest = await fx.api.rest('POST', 'users/reset-password', { body: { token, password } })
      expect(rest.status, password).toBe(400)
      expect(errorCode(rest.body), password).toBe(code)
      const graphql = await fx.api.graphql(
        'mutation ($token: String!, $password: String!) { resetPasswordUser(token: $token, password: $password) { token } }',
        { token, password },
      )
      expect(JSON.stringify(graphql.body.errors), password).toContain(code)
    }
    const reset = await fx.api.rest('POST', 'users/reset-password', { body: { token, password: '重新设置的强密码-2026' } })
    expect(reset.status).toBe(200)
    await expect(
      fx.payload.login({ collection: 'users', data: { email: 'reviewera@example.gov.cn', password: '重新设置的强密码-2026' } }),
    ).resolves.toMatchObject({
      token: expect.any(String),
    })
    const audit = await fx.payload.find({ collection: 'audit-logs', where: { action: { equals: 'password-reset' } }, overrideAccess: true })
    expect(audit.docs.map((entry) => entry.summary)).toEqual(['reviewerA：通过邮件重置密码（reviewerA）'])
  })
})
