import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const COLLECTIONS = ['availability-days', 'link-findings', 'link-check-runs', 'channel-checks'] as const
const NOW = '2026-11-24T02:00:00.000Z'

let fx: WorkflowFixture
const tokens: Record<string, string> = {}

beforeAll(async () => {
  fx = await workflowFixture()
  const row = (site: string) => ({
    'availability-days': { site, date: '2026-11-24', checks: 20, failures: 1, failedChecks: [] },
    'link-findings': { site, pageUrl: `https://${site}.example/`, targetUrl: 'http://spam.example/', outcome: 'danger', firstFoundAt: NOW, lastCheckedAt: NOW },
    'link-check-runs': { site, scope: 'homepage', startedAt: NOW },
    'channel-checks': { site, checkedAt: NOW, formWorks: true, intakeWorks: true },
  })
  for (const site of [fx.siteA, fx.siteB]) {
    for (const collection of COLLECTIONS) await fx.payload.create({ collection, data: row(site)[collection] as never, overrideAccess: true })
  }
  for (const [name, roles] of [
    ['supervisor', { platformRole: 'supervisor' }],
    ['siteAdminB', { siteRoles: [{ site: fx.siteB, role: 'site-admin' }] }],
  ] as const) {
    const email = `${name.toLowerCase()}@example.gov.cn`
    await fx.payload.create({ collection: 'users', data: { email, name, password: PASSWORD, ...roles } as never, overrideAccess: true })
    tokens[name] = (await fx.payload.login({ collection: 'users', data: { email, password: PASSWORD } })).token ?? ''
  }
  for (const persona of ['platformAdmin', 'siteAdminA', 'editorA', 'reviewerA', 'editorB'] as const) tokens[persona] = fx.users[persona].token
})

afterAll(async () => {
  await fx?.cleanup()
})

const sitesSeen = async (collection: string, persona?: string) => {
  const response = await fx.api.rest('GET', `${collection}?depth=0&limit=100`, { token: persona ? tokens[persona] : undefined })
  if (response.status !== 200) return response.status
  return ((response.body.docs as { site: string }[]) ?? []).map((doc) => doc.site).sort()
}

describe('monitor records (R-DAILY-INSPECT): who reads them', () => {
  it('lets platform admins and supervisors read every site’s, site admins only their own sites’, and nobody else any', async () => {
    const both = [fx.siteA, fx.siteB].sort()
    for (const collection of COLLECTIONS) {
      expect(await sitesSeen(collection, 'platformAdmin')).toEqual(both)
      expect(await sitesSeen(collection, 'supervisor')).toEqual(both)
      expect(await sitesSeen(collection, 'siteAdminA')).toEqual([fx.siteA])
      expect(await sitesSeen(collection, 'siteAdminB')).toEqual([fx.siteB])
      for (const persona of ['editorA', 'reviewerA', 'editorB', undefined]) expect(await sitesSeen(collection, persona)).toBe(403)
    }
  })

  it('refuses another site’s finding by id to a site admin', async () => {
    const [findingOfB] = (await fx.payload.find({ collection: 'link-findings', where: { site: { equals: fx.siteB } }, overrideAccess: true })).docs
    expect((await fx.api.rest('GET', `link-findings/${findingOfB!.id}`, { token: tokens.siteAdminA })).status).toBe(404)
    expect((await fx.api.rest('GET', `link-findings/${findingOfB!.id}`, { token: tokens.siteAdminB })).status).toBe(200)
  })

  it('lets nobody write them through the API, platform admins included', async () => {
    const [finding] = (await fx.payload.find({ collection: 'link-findings', overrideAccess: true })).docs
    for (const persona of ['platformAdmin', 'supervisor', 'siteAdminA']) {
      expect(
        (await fx.api.rest('POST', 'link-findings', { token: tokens[persona], body: { site: fx.siteA, pageUrl: 'x', targetUrl: 'y', outcome: 'warning' } }))
          .status,
      ).toBe(403)
      expect((await fx.api.rest('PATCH', `link-findings/${finding!.id}`, { token: tokens[persona], body: { resolvedAt: NOW } })).status).toBe(403)
      expect((await fx.api.rest('DELETE', `link-findings/${finding!.id}`, { token: tokens[persona] })).status).toBe(403)
    }
  })

  it('lets platform admins change the monitor settings, supervisors read them, and no one else', async () => {
    const update = (persona: string) => fx.api.rest('POST', 'globals/monitor-settings', { token: tokens[persona], body: { suspiciousDomains: 'spam.example' } })
    expect((await update('platformAdmin')).status).toBe(200)
    expect((await update('supervisor')).status).toBe(403)
    expect((await update('siteAdminA')).status).toBe(403)
    expect((await fx.api.rest('GET', 'globals/monitor-settings', { token: tokens.supervisor })).body.suspiciousDomains).toBe('spam.example')
    expect((await fx.api.rest('GET', 'globals/monitor-settings', { token: tokens.siteAdminA })).status).toBe(403)
  })
})
