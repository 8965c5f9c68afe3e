import { describe, expect, it } from 'vitest'

import { findRoleSeparationConflicts } from '../src/index.js'

describe('findRoleSeparationConflicts (R-ROLE-SEPARATE)', () => {
  it('finds a site where one person is both editor and reviewer', () => {
    expect(
      findRoleSeparationConflicts([
        { site: 'portal', role: 'editor' },
        { site: 'portal', role: 'reviewer' },
      ]),
    ).toEqual(['portal'])
  })

  it('allows editor on one site and reviewer on another, and site-admin with either', () => {
    expect(
      findRoleSeparationConflicts([
        { site: 'portal', role: 'editor' },
        { site: 'county', role: 'reviewer' },
        { site: 'portal', role: 'site-admin' },
        { site: 'county', role: 'site-admin' },
      ]),
    ).toEqual([])
  })
})
