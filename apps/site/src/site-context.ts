import { columnPath, mediaPath, type PublicColumn, type PublicSite } from '@govsite/domain'

import type { ReadingPrefs } from './reading-prefs.js'

/** What every page of one site needs: the site, its columns and where its URLs start. */
export interface SiteContext {
  site: PublicSite
  columns: PublicColumn[]
  /** '' when served on the site's own host, `/_site/<slug>` otherwise. */
  base: string
  now: Date
  /** The reader's 字号 and 适老化 choices. */
  prefs?: ReadingPrefs
  /** This page's own address, for the QR code. */
  pageUrl?: string
  /** A reviewer's preview of a version that is not published (`/_preview/<token>`): the page says so. */
  preview?: boolean
}

/** A link inside the site, kept under the `/_site/<slug>` prefix when the page was served there. */
export function siteHref(ctx: Pick<SiteContext, 'base'>, path: string): string {
  return `${ctx.base}${path}`
}

/** A file of this site, served by its `/media/<filename>` route (checked against the approved fingerprint). */
export function mediaHref(ctx: Pick<SiteContext, 'base'>, filename: string): string {
  return siteHref(ctx, mediaPath(filename))
}

export function columnHref(ctx: Pick<SiteContext, 'base'>, column: Pick<PublicColumn, 'slug'>): string {
  return siteHref(ctx, columnPath(column.slug))
}

/** The id of a relation, whether the CMS populated it or not. */
export function refId(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null
  return typeof value === 'string' ? value : value.id
}

export function columnById(ctx: Pick<SiteContext, 'columns'>, value: string | { id: string } | null | undefined): PublicColumn | undefined {
  const id = refId(value)
  return ctx.columns.find((column) => column.id === id)
}

/** A column and all columns below it, for lists that include sub-columns. */
export function columnWithDescendants(columns: readonly PublicColumn[], root: PublicColumn): PublicColumn[] {
  const result = [root]
  for (let index = 0; index < result.length; index++) {
    const parentId = result[index]?.id
    for (const column of columns) if (refId(column.parent) === parentId && !result.includes(column)) result.push(column)
  }
  return result
}
