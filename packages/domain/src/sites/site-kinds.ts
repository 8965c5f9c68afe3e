/** What kind of government website a site is; decides which domain pattern applies (R-SITE-DOMAIN). */
export const SITE_KINDS = ['city-portal', 'department', 'county-portal', 'development-zone'] as const
export type SiteKind = (typeof SITE_KINDS)[number]

export const SITE_KIND_LABELS: Readonly<Record<SiteKind, { zh: string; en: string }>> = {
  'city-portal': { zh: '市政府门户', en: 'City portal' },
  department: { zh: '部门网站', en: 'Department site' },
  'county-portal': { zh: '县区门户', en: 'County portal' },
  'development-zone': { zh: '开发区', en: 'Development zone' },
}

/** Life cycle of a site: opening, temporary offline and closure each have their own rules and notices. */
export const SITE_STATUSES = ['planned', 'online', 'temporarily-offline', 'closed'] as const
export type SiteStatus = (typeof SITE_STATUSES)[number]

export const SITE_STATUS_LABELS: Readonly<Record<SiteStatus, { zh: string; en: string }>> = {
  planned: { zh: '筹建中', en: 'Planned' },
  online: { zh: '已上线', en: 'Online' },
  'temporarily-offline': { zh: '临时下线', en: 'Temporarily offline' },
  closed: { zh: '已关停', en: 'Closed' },
}
