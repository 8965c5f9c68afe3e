import {
  addDays,
  chinaDate,
  VETO_LINES,
  type AvailabilityDay as DayTally,
  type ChannelCheck as ChannelFact,
  type FailedCheck,
  type IsoDate,
  type SecurityFinding,
  type SiteComplianceInput,
} from '@govsite/domain'
import type { Payload } from 'payload'

import type { AvailabilityDay, ChannelCheck, LinkFinding } from '../payload-types'
import { idOf } from '../shared/relation-id'
import { failedChecksOf } from './availability-job'

export type MonitorFacts = Pick<SiteComplianceInput, 'availability' | 'failedChecks' | 'securityFindings' | 'channel'>

interface Gathered {
  availability: DayTally[]
  failedChecks: FailedCheck[]
  securityFindings: SecurityFinding[]
  channel: ChannelFact | null
}

/** Failed checks given per site, newest first (the tallies count all of them). */
const FAILED_CHECKS_GIVEN = 50

/**
 * R-DAILY-INSPECT → R-VETO-AVAILABILITY, R-VETO-SECURITY, R-VETO-NO-CHANNEL: what the monitors
 * measured of each site, as the compliance rules read it, as it stood at `now` (a past `now`
 * gives that day's picture): the daily availability tallies of the window up to `now`'s China
 * day with the latest failed checks, every dangerous link found by then and not resolved by
 * then (a `dangerous-link` security finding), and the last channel check. Every site asked for
 * is in the map, with empty facts when nothing was measured.
 */
export async function readMonitorFacts(payload: Payload, siteIds: string[], now: Date): Promise<Map<string, MonitorFacts>> {
  const facts = new Map<string, Gathered>(siteIds.map((id) => [id, { availability: [], failedChecks: [], securityFindings: [], channel: null }]))
  if (siteIds.length === 0) return facts
  const today = chinaDate(now)
  const from = addDays(today, 1 - VETO_LINES.availabilityWindowDays)
  const at = now.toISOString()

  const days = await payload.find({
    collection: 'availability-days',
    where: { and: [{ site: { in: siteIds } }, { date: { greater_than_equal: from } }, { date: { less_than_equal: today } }] },
    sort: 'date',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const day of days.docs as AvailabilityDay[]) {
    const site = facts.get(idOf(day.site) ?? '')
    if (!site) continue
    site.availability.push({ date: day.date as IsoDate, checks: day.checks, failures: day.failures })
    site.failedChecks.push(...failedChecksOf(day).filter((check) => check.at.getTime() <= now.getTime()))
  }
  for (const site of facts.values()) {
    site.failedChecks = site.failedChecks.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, FAILED_CHECKS_GIVEN)
  }

  const dangerous = await payload.find({
    collection: 'link-findings',
    where: {
      and: [
        { site: { in: siteIds } },
        { outcome: { equals: 'danger' } },
        { firstFoundAt: { less_than_equal: at } },
        { or: [{ resolvedAt: { exists: false } }, { resolvedAt: { greater_than: at } }] },
      ],
    },
    sort: 'firstFoundAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const finding of dangerous.docs as LinkFinding[]) {
    const site = facts.get(idOf(finding.site) ?? '')
    site?.securityFindings.push({
      id: String(finding.id),
      kind: 'dangerous-link',
      foundAt: new Date(finding.firstFoundAt),
      detail: `${finding.documentTitle ? `《${finding.documentTitle}》` : '页面'}链接 ${finding.targetUrl}：${finding.detail ?? ''}`,
      url: finding.pageUrl,
      documentId: finding.documentId ?? null,
      columnId: idOf(finding.column),
    })
  }

  for (const siteId of siteIds) {
    const last = await payload.find({
      collection: 'channel-checks',
      where: { and: [{ site: { equals: siteId } }, { checkedAt: { less_than_equal: at } }] },
      sort: '-checkedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const check = last.docs[0] as ChannelCheck | undefined
    if (check) {
      facts.get(siteId)!.channel = {
        checkedAt: new Date(check.checkedAt),
        formWorks: Boolean(check.formWorks),
        intakeWorks: Boolean(check.intakeWorks),
        problem: check.problem ?? null,
      }
    }
  }
  return facts
}
