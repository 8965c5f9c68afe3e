import { columnPath, documentPath, PUBLIC_COLLECTIONS, type PublicCollection } from '@govsite/domain'
import { describe, expect, it } from 'vitest'

import type { Doc } from './fake-cms.js'
import { metaContent } from './helpers.js'
import { recordedCollections } from './recorded-fixtures.js'
import { useSite } from './site-harness.js'

/** React's escaping of text, to find the CMS's titles in the rendered pages. */
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
const idOf = (value: unknown) => (typeof value === 'string' ? value : (value as { id: string }).id)
const titleOf = (doc: Doc) => String(doc.title ?? doc.question)

/**
 * Every page type of every site of the demo platform, rendered from what the seeded CMS answered
 * (recorded/seed-answers.json): the site's pages work on the real CMS's data, not only on data
 * written to fit them.
 */
describe('pages over the seeded CMS’s recorded answers', () => {
  const data = recordedCollections()
  const site = useSite({ collections: () => data })
  const sites = data.sites ?? []
  const docsOf = (collection: PublicCollection, siteId: string) => (data[collection] ?? []).filter((doc) => idOf(doc.site) === siteId)

  it('has the demo platform’s four sites with content of every public type', () => {
    expect(sites.map((entry) => entry.slug)).toEqual(['county', 'fgw', 'jyj', 'portal'])
    for (const collection of PUBLIC_COLLECTIONS) expect(data[collection]?.length, collection).toBeGreaterThan(0)
  })

  it.each(['county', 'fgw', 'jyj', 'portal'])(
    '%s: homepage by its domain, with its identity, its newest notice and every list the CMS filled',
    async (slug) => {
      const owner = sites.find((entry) => entry.slug === slug)!
      const { status, body } = await site.get('/', String(owner.englishDomain))
      expect(status).toBe(200)
      expect(metaContent(body, 'SiteName')).toBe(owner.name)
      expect(metaContent(body, 'SiteIDCode')).toBe(owner.siteCode)
      expect(body).toContain(escaped(String(owner.hostOrganization)))
      const newest = (collection: PublicCollection) =>
        docsOf(collection, owner.id).sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]
      for (const collection of ['notices', 'policy-documents', 'interpretations'] as const) {
        const doc = newest(collection)
        if (doc) expect(body, `${slug} ${collection}`).toContain(`href="${documentPath(collection, doc.id)}"`)
      }
    },
  )

  it('the county portal’s homepage pins its 开通公告 (R-NOTICE-30D), still inside its window after replaying', async () => {
    const county = sites.find((entry) => entry.slug === 'county')!
    const opening = docsOf('notices', county.id).find((doc) => doc.kind === 'opening')!
    const { body } = await site.get('/', String(county.englishDomain))
    const slot = body.slice(body.indexOf('<section class="pinned"'), body.indexOf('</section>', body.indexOf('<section class="pinned"')))
    expect(slot).toContain(`href="${documentPath('notices', opening.id)}"`)
  })

  it('every column page of every site answers, listing its documents', async () => {
    for (const column of data.columns ?? []) {
      const owner = sites.find((entry) => entry.id === idOf(column.site))!
      const { status, body } = await site.get(`/_site/${owner.slug}${columnPath(String(column.slug))}`)
      expect(status, `${owner.slug}/${column.slug}`).toBe(200)
      expect(body).toContain(`<h1>${escaped(String(column.name))}</h1>`)
      for (const collection of ['articles', 'notices', 'policy-documents', 'interpretations'] as const)
        for (const doc of (data[collection] ?? []).filter((entry) => entry.column === column.id).slice(0, 5))
          expect(body, `${owner.slug}/${column.slug}`).toContain(`href="/_site/${owner.slug}${documentPath(collection, doc.id)}"`)
    }
  })

  it.each(PUBLIC_COLLECTIONS)('every published document of %s has its page on its own site, under its title, and none on another site', async (collection) => {
    await Promise.all(
      (data[collection] ?? []).map(async (doc) => {
        const owner = sites.find((entry) => entry.id === idOf(doc.site))!
        const other = sites.find((entry) => entry.id !== owner.id)!
        const page = await site.get(`/_site/${owner.slug}${documentPath(collection, doc.id)}`)
        expect(page.status, `${collection} ${doc.id}`).toBe(200)
        expect(page.body).toContain(`<h1>${escaped(titleOf(doc))}</h1>`)
        expect((await site.get(`/_site/${other.slug}${documentPath(collection, doc.id)}`)).status).toBe(404)
      }),
    )
  })

  it('a revised policy links to its revision; an interpreted one to its interpretations, which link back', async () => {
    const policies = data['policy-documents'] ?? []
    const revised = policies.find((doc) => doc.validity === 'revised')!
    const owner = sites.find((entry) => entry.id === idOf(revised.site))!
    const page = await site.get(`/_site/${owner.slug}${documentPath('policy-documents', revised.id)}`)
    const banner = page.body.slice(page.body.indexOf('<p class="validity-banner"'), page.body.indexOf('</p>', page.body.indexOf('<p class="validity-banner"')))
    expect(banner).toContain(`href="/_site/${owner.slug}${documentPath('policy-documents', idOf(revised.supersededBy))}"`)
    const interpreted = policies.filter((doc) => ((doc.interpretations as { docs: unknown[] }).docs ?? []).length > 0)
    expect(interpreted.length).toBeGreaterThan(0)
    for (const policy of interpreted) {
      const base = `/_site/${sites.find((entry) => entry.id === idOf(policy.site))!.slug}`
      const body = (await site.get(`${base}${documentPath('policy-documents', policy.id)}`)).body
      for (const link of (policy.interpretations as { docs: unknown[] }).docs) {
        expect(body).toContain(`href="${base}${documentPath('interpretations', idOf(link))}"`)
        const back = (await site.get(`${base}${documentPath('interpretations', idOf(link))}`)).body
        expect(back).toContain(`href="${base}${documentPath('policy-documents', policy.id)}"`)
      }
    }
  })

  it('the site map and sitemap.xml list every column and document of the site', async () => {
    for (const owner of sites) {
      const map = (await site.get(`/_site/${owner.slug}/sitemap`)).body
      const xml = (await site.get(`/_site/${owner.slug}/sitemap.xml`)).body
      for (const column of (data.columns ?? []).filter((entry) => entry.site === owner.id))
        expect(map, `${owner.slug} ${column.slug}`).toContain(`href="/_site/${owner.slug}${columnPath(String(column.slug))}"`)
      for (const collection of PUBLIC_COLLECTIONS)
        for (const doc of docsOf(collection, owner.id))
          expect(xml, `${collection} ${doc.id}`).toContain(`/_site/${owner.slug}${documentPath(collection, doc.id)}</loc>`)
    }
  })

  it('search on a site finds its documents by title and links them on that site', async () => {
    const portal = sites.find((entry) => entry.slug === 'portal')!
    for (const collection of ['articles', 'notices', 'policy-documents', 'interpretations'] as const) {
      const doc = docsOf(collection, portal.id).sort((a, b) => titleOf(a).length - titleOf(b).length)[0]!
      const { body } = await site.get(`/search?q=${encodeURIComponent(titleOf(doc))}`, String(portal.englishDomain))
      expect(body, `${collection} ${doc.id}`).toContain(`href="${documentPath(collection, doc.id)}"`)
    }
  })
})
