import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, DEMO_SITE, seedDemo } from '../../src/seed/seed-demo'
import { bootPayload, type TestPayload } from './boot-payload'

describe('demo seed', () => {
  let ctx: TestPayload
  let payload: Payload

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
  })

  afterAll(async () => ctx?.cleanup())

  it('seeds the portal site and three accounts on an empty database', async () => {
    expect(await seedDemo(payload, 'demo-password-2026')).toBe('seeded')
    const sites = await payload.find({ collection: 'sites' })
    expect(sites.docs).toHaveLength(1)
    expect(sites.docs[0]).toMatchObject({ slug: DEMO_SITE.slug, englishDomain: 'www.example.gov.cn', status: 'online' })

    const users = await payload.find({ collection: 'users', sort: 'email', depth: 0 })
    expect(users.docs.map((user) => user.email)).toEqual([
      'admin@example.gov.cn',
      'editor@example.gov.cn',
      'reviewer@example.gov.cn',
    ])
    const byEmail = Object.fromEntries(users.docs.map((user) => [user.email, user]))
    expect(byEmail['admin@example.gov.cn']?.platformRole).toBe('platform-admin')
    expect(byEmail['editor@example.gov.cn']?.siteRoles).toEqual([
      expect.objectContaining({ site: sites.docs[0]!.id, role: 'editor' }),
    ])
    expect(byEmail['reviewer@example.gov.cn']?.siteRoles).toEqual([
      expect.objectContaining({ site: sites.docs[0]!.id, role: 'reviewer' }),
    ])
  })

  it('lets every demo account log in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const result = await payload.login({ collection: 'users', data: { email: account.email, password: 'demo-password-2026' } })
      expect(result.user?.email).toBe(account.email)
    }
  })

  it('never seeds twice', async () => {
    expect(await seedDemo(payload, 'demo-password-2026')).toBe('skipped')
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(3)
    expect((await payload.count({ collection: 'sites' })).totalDocs).toBe(1)
  })
})
