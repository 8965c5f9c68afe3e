import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from './boot-payload'

const PASSWORD = 'correct-horse-battery-staple'

describe('accounts (R-SEC-ACCOUNTS)', () => {
  let ctx: TestPayload
  let payload: Payload

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
  })

  afterAll(async () => ctx?.cleanup())

  it('makes the very first account the platform administrator, and only the first', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.gov.cn', name: '首位用户', password: PASSWORD },
    })
    expect(first.platformRole).toBe('platform-admin')
    const second = await payload.create({
      collection: 'users',
      data: { email: 'second@example.gov.cn', name: '第二位', password: PASSWORD },
    })
    expect(second.platformRole ?? null).toBeNull()
  })

  it('does not let a user grant themselves the platform role', async () => {
    const user = await payload.findByID({
      collection: 'users',
      id: (await payload.find({ collection: 'users', where: { email: { equals: 'second@example.gov.cn' } } })).docs[0]!.id,
    })
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { platformRole: 'platform-admin', name: '改名' },
      user,
      overrideAccess: false,
    })
    expect(updated.name).toBe('改名')
    expect(updated.platformRole ?? null).toBeNull()
  })

  it('locks an account after five failed logins, even for the right password', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'victim@example.gov.cn', name: '被攻击者', password: PASSWORD },
    })
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(payload.login({ collection: 'users', data: { email: 'victim@example.gov.cn', password: 'wrong-password' } })).rejects.toThrow()
    }
    await expect(payload.login({ collection: 'users', data: { email: 'victim@example.gov.cn', password: PASSWORD } })).rejects.toMatchObject({
      status: 401,
      code: 'auth.login_failed',
    })
    const stillWorks = await payload.login({ collection: 'users', data: { email: 'first@example.gov.cn', password: PASSWORD } })
    expect(stillWorks.token).toBeTruthy()
  })
})
