import { describe, expect, it } from 'vitest'

import { decideRelationshipTarget, RELATIONSHIP_SCOPES, type RelationshipScope, type RelationshipTarget } from '../src/index.js'

const readableOn = (...sites: string[]): RelationshipTarget => ({ exists: true, readable: true, sites })
const unreadable: RelationshipTarget = { exists: true, readable: false, sites: ['county'] }
const missing: RelationshipTarget = { exists: false, readable: false, sites: [] }

const decide = (scope: RelationshipScope, target: RelationshipTarget, documentSite: string | null = 'portal', platformAdmin = false) =>
  decideRelationshipTarget({ scope, fieldLabel: '附件', platformAdmin, documentSite, target })

describe('decideRelationshipTarget (site isolation, R-ROLE-SEPARATE)', () => {
  it('answers a missing and an unreadable document alike, for every scope that reads', () => {
    for (const scope of RELATIONSHIP_SCOPES.filter((item) => item !== 'engine-only' && item !== 'platform-site')) {
      expect(decide(scope, missing, 'portal', true)).toEqual(decide(scope, unreadable, 'portal', true))
      expect(decide(scope, missing, 'portal', true)).toMatchObject({ ok: false, code: 'relationship.target_unavailable' })
    }
  })

  it('keeps same-site references on the document’s site, for platform admins too', () => {
    expect(decide('same-site', readableOn('portal'))).toEqual({ ok: true })
    expect(decide('same-site', readableOn('county'), 'portal', true)).toMatchObject({ ok: false, status: 400, code: 'relationship.other_site' })
    expect(decide('same-site', readableOn('county', 'portal'))).toEqual({ ok: true })
    expect(decide('same-site', readableOn('portal'), null)).toMatchObject({ ok: false, code: 'relationship.site_required' })
  })

  it('lets a message go to any existing site, but only the system write bookkeeping', () => {
    expect(decide('platform-site', unreadable)).toEqual({ ok: true })
    expect(decide('platform-site', missing)).toMatchObject({ ok: false, code: 'relationship.target_unavailable' })
    expect(decide('engine-only', readableOn('portal'), 'portal', true)).toMatchObject({ ok: false, status: 403, code: 'relationship.engine_only' })
  })

  it('leaves platform-level links to platform admins', () => {
    expect(decide('platform-admin', readableOn('county'))).toMatchObject({ ok: false, status: 403, code: 'relationship.platform_admin_only' })
    expect(decide('platform-admin', readableOn('county'), null, true)).toEqual({ ok: true })
    expect(decide('own-site', readableOn('portal'), null)).toEqual({ ok: true })
  })

  it('names the field in Chinese', () => {
    expect(decide('same-site', readableOn('county'))).toMatchObject({ message: expect.stringContaining('“附件”') })
  })
})
