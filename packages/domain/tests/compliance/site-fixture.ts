import type { ColumnSummary, SiteComplianceInput } from '../../src/index.js'

/** An instant given in China time: `china('2026-11-30 23:59')`. */
export const china = (dateTime: string): Date => new Date(`${dateTime.replace(' ', 'T')}${dateTime.length <= 10 ? 'T00:00' : ''}:00+08:00`)

export function column(overrides: Partial<ColumnSummary> & Pick<ColumnSummary, 'id'>): ColumnSummary {
  return {
    name: overrides.id,
    kind: 'other',
    parentId: null,
    published: true,
    lastPublishedAt: china('2026-12-01 09:00'),
    publishedCount: 1,
    ...overrides,
  }
}

/** A healthy site on 2026-12-01: every list empty, the homepage updated that morning, the channel checked. */
export function site(overrides: Partial<SiteComplianceInput> = {}): SiteComplianceInput {
  return {
    site: { id: 'site-1', name: '示例市人民政府', kind: 'city-portal', status: 'online' },
    homepage: { layout: 'content', lastPublishedAt: china('2026-12-01 09:00') },
    columns: [column({ id: 'services', name: '办事服务', kind: 'services' })],
    messages: [],
    availability: [],
    failedChecks: [],
    securityFindings: [],
    channel: { checkedAt: china('2026-12-01 06:00'), formWorks: true, intakeWorks: true },
    errorReports: [],
    surveys: [],
    serviceGuides: [],
    ...overrides,
  }
}
