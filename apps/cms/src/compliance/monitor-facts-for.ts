import type { SiteComplianceInput } from '@govsite/domain'
import type { Payload } from 'payload'

export type MonitorFacts = Pick<SiteComplianceInput, 'availability' | 'failedChecks' | 'securityFindings' | 'channel'>

const NEVER_CHECKED: MonitorFacts = { availability: [], failedChecks: [], securityFindings: [], channel: null }

/** What the monitors found about each site: until their results are stored, every site is as never checked. */
export async function monitorFactsFor(_payload: Payload, siteIds: readonly string[], _now: Date): Promise<Map<string, MonitorFacts>> {
  return new Map(siteIds.map((id) => [id, NEVER_CHECKED]))
}
