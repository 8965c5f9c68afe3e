import type { PayloadRequest } from 'payload'

import type { DemoColumns } from './demo-columns'
import type { DemoSiteSlug } from './demo-sites'
import type { SiteTeam } from './publish-as'

/** What the content seeders share: the seed transaction's request and the structure made so far. */
export interface DemoPlatform {
  req: PayloadRequest
  sites: Record<DemoSiteSlug, string>
  columns: DemoColumns
  teams: Record<DemoSiteSlug, SiteTeam>
  /** China-time year of the seeding: 文号 carry it, like the 索引号 generated at publication. */
  year: number
}

/** The site and column ids of a piece of content; an unknown column slug is a bug in the demo data. */
export function placeIn(platform: DemoPlatform, site: DemoSiteSlug, column: string): { site: string; column: string } {
  const id = platform.columns[site][column]
  if (!id) throw new Error(`demo site ${site} has no column ${column}`)
  return { site: platform.sites[site], column: id }
}
