import { PUBLIC_COLLECTIONS, PUBLIC_DOCUMENTS, type PublicColumn, type PublicSite } from '@govsite/domain'

import type { ContentClient } from '../../../site/src/cms/content-client'

/**
 * What the public site's content client reads of a seeded CMS, recorded as the site's test
 * fixtures (apps/site/tests/recorded/seed-answers.json): every public site as its resolution
 * reads it, every site's columns, every published document as its own page reads it (the
 * detail shape is a superset of the list shape) and the files they attach. Ids become stable labels (`site-portal`,
 * `portal-col-news`, `county-notice-2`), so a new recording differs only where the answers do.
 */
export type Doc = Record<string, unknown> & { id: string }
export type SiteAnswers = Record<'sites' | 'columns' | 'media' | (typeof PUBLIC_COLLECTIONS)[number], Doc[]>

export async function readSiteAnswers(client: ContentClient, slugs: readonly string[]): Promise<SiteAnswers> {
  const answers: SiteAnswers = { sites: [], columns: [], media: [], articles: [], notices: [], 'policy-documents': [], interpretations: [], faqs: [] }
  for (const slug of slugs) {
    const site = await client.siteBySlug(slug)
    if (!site) throw new Error(`seeded site ${slug} is not public`)
    answers.sites.push(site)
    answers.columns.push(...(await client.columns(site.id)))
    for (const collection of PUBLIC_COLLECTIONS) {
      const { docs } = await client.list(collection, site.id, { limit: 1000 })
      for (const { id } of docs) {
        const doc = await client.one(collection, site.id, id)
        if (!doc) throw new Error(`${collection} ${id} is listed but has no page`)
        answers[collection].push(doc)
        for (const file of (doc as { attachments?: (string | { filename?: string | null })[] | null }).attachments ?? []) {
          const filename = typeof file === 'string' ? null : file.filename
          if (!filename || answers.media.some((media) => media.site === site.id && media.filename === filename)) continue
          const media = await client.media(site.id, filename)
          // A media answer does not name its site; the recording keeps the site it was asked for.
          if (media) answers.media.push({ ...media, site: site.id })
        }
      }
    }
  }
  return answers
}

const idOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : (value as { id?: string } | null)?.id)

/** Real id → label: documents numbered per site in publication order (title breaking ties). */
function labels(answers: SiteAnswers): Map<string, string> {
  const label = new Map<string, string>()
  const slugOf = new Map(answers.sites.map((site) => [site.id, String((site as PublicSite).slug)]))
  for (const site of answers.sites) label.set(site.id, `site-${String(site.slug)}`)
  for (const column of answers.columns as unknown as PublicColumn[]) label.set(column.id, `${slugOf.get(idOf(column.site) ?? '')}-col-${column.slug}`)
  answers.media.forEach((media, index) => label.set(media.id, `${slugOf.get(String(media.site))}-media-${index + 1}`))
  for (const collection of PUBLIC_COLLECTIONS) {
    const bySite = new Map<string, Doc[]>()
    for (const doc of answers[collection]) bySite.set(idOf(doc.site) ?? '', [...(bySite.get(idOf(doc.site) ?? '') ?? []), doc])
    for (const [siteId, docs] of bySite) {
      const ordered = [...docs].sort(
        (a, b) => String(a.publishedAt).localeCompare(String(b.publishedAt)) || String(a.title ?? a.question).localeCompare(String(b.title ?? b.question)),
      )
      ordered.forEach((doc, index) => label.set(doc.id, `${slugOf.get(siteId)}-${PUBLIC_DOCUMENTS[collection].searchType}-${index + 1}`))
    }
  }
  return label
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value)
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]))
  return value
}

/** Every id replaced by its label, every list in label order. */
export function labelled(answers: SiteAnswers): SiteAnswers {
  const label = labels(answers)
  const relabel = (docs: Doc[]) =>
    (mapStrings(docs, (text) => label.get(text) ?? text) as Doc[]).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
  return Object.fromEntries(Object.entries(answers).map(([collection, docs]) => [collection, relabel(docs)])) as SiteAnswers
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{24}\b/

/** The strings still holding a database id (a relation the labels do not cover). */
export function unlabelledIds(answers: SiteAnswers): string[] {
  const found: string[] = []
  mapStrings(answers, (text) => {
    if (UUID.test(text)) found.push(text)
    return text
  })
  return found
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The answers as they must stay equal from run to run and database to database: every instant as
 * whole days from `seededAt` (`@+30d`; seeding takes some seconds, never the same ones twice) and
 * no empty fields (SQLite answers `null` where MongoDB leaves a field out; the contract reads both
 * as absent). What the site relies on — which documents, their fields and texts, the order of
 * publication, windows of days — is compared exactly.
 */
export function comparable(answers: SiteAnswers, seededAt: Date): unknown {
  const days = mapStrings(answers, (text) => {
    if (!ISO_INSTANT.test(text)) return text
    const offset = Math.round((new Date(text).getTime() - seededAt.getTime()) / DAY_MS)
    return `@${offset >= 0 ? '+' : ''}${offset}d`
  })
  return JSON.parse(JSON.stringify(days, (_key, value: unknown) => (value === null ? undefined : value)))
}
