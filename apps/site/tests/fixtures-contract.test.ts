import { PUBLIC_COLLECTIONS, PUBLIC_DETAIL_SCHEMAS, publicColumnSchema, publicMediaSchema, publicSiteSchema } from '@govsite/domain'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'

import type { Doc } from './fake-cms.js'
import { handMadeCollections } from './hand-made-fixtures.js'
import { recordedCollections } from './recorded-fixtures.js'

const SHAPES: Record<string, z.ZodObject> = { sites: publicSiteSchema, columns: publicColumnSchema, media: publicMediaSchema, ...PUBLIC_DETAIL_SCHEMAS }

/** `collection id: problem` for every document its contract shape refuses. */
function refused(collections: Record<string, Doc[]>): string[] {
  return Object.entries(collections).flatMap(([collection, docs]) =>
    docs.flatMap((doc) => {
      const parsed = (SHAPES[collection] ?? expect.fail(`no contract shape for ${collection}`)).safeParse(doc)
      return parsed.success ? [] : [`${collection} ${doc.id}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`]
    }),
  )
}

describe('the site tests’ fixtures follow the CMS contract (packages/domain/src/content)', () => {
  it('the recorded answers of the seeded CMS are exactly the contract’s shapes, for every collection the site reads', () => {
    const recorded = recordedCollections()
    expect(Object.keys(recorded).sort()).toEqual(['columns', 'media', 'sites', ...PUBLIC_COLLECTIONS].sort())
    expect(refused(recorded)).toEqual([])
    for (const collection of ['sites', 'columns', ...PUBLIC_COLLECTIONS])
      for (const doc of recorded[collection] ?? []) expect(SHAPES[collection]!.parse(doc), `${collection} ${doc.id}`).toEqual(doc)
  })

  it('every hand-made document is one the CMS could answer', () => {
    expect(refused(handMadeCollections())).toEqual([])
  })

  it('refuses what the CMS cannot send (the check can fail)', () => {
    const collections = handMadeCollections()
    collections.sites![0]!.status = 'open'
    collections.notices![0]!.kind = 'urgent'
    expect(refused(collections).map((problem) => problem.split(':')[0])).toEqual(['sites site-portal', 'notices county-opening'])
  })
})
