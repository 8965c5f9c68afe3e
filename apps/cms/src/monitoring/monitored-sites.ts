import { columnPath, type SiteKind } from '@govsite/domain'
import type { Payload } from 'payload'

import type { Column, Site } from '../payload-types'
import type { MonitorRuntime } from './monitor-runtime'

/** Key pages probed besides the homepage: the first homepage columns. */
const KEY_PAGES = 3

export interface MonitoredSite {
  id: string
  slug: string
  name: string
  kind: SiteKind
  /** The front door the monitors use, ending in `/`. */
  address: string
  /** The site's own domains as URL hosts (punycode): links to them are in-site. */
  hosts: string[]
  /** Relative to the address (`columns/news`). */
  keyPages: string[]
}

/** R-DAILY-INSPECT: every online site, where the monitors find it, and its key pages. */
export async function monitoredSites(payload: Payload, runtime: MonitorRuntime): Promise<MonitoredSite[]> {
  const sites = await payload.find({ collection: 'sites', where: { status: { equals: 'online' } }, pagination: false, depth: 0, overrideAccess: true })
  const columns = await payload.find({
    collection: 'columns',
    where: { and: [{ showOnHomepage: { equals: true } }, { parent: { exists: false } }] },
    sort: 'order',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return (sites.docs as Site[]).map((site) => ({
    id: String(site.id),
    slug: site.slug,
    name: site.name,
    kind: site.kind,
    address: runtime.addressOf(site),
    hosts: [site.englishDomain, site.chineseDomain].flatMap((host) => (host && URL.canParse(`http://${host}/`) ? [new URL(`http://${host}/`).hostname] : [])),
    keyPages: (columns.docs as Column[])
      .filter((column) => String(column.site) === String(site.id))
      .slice(0, KEY_PAGES)
      .map((column) => columnPath(column.slug).slice(1)),
  }))
}
