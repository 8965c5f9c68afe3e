import { checkSiteLinks, LINK_OUTCOME_LABELS, LINK_REASON_LABELS, type LinkCheckScope, type LinkFinding, type LinkReport } from '@govsite/monitors'
import { createLocalReq, type Payload } from 'payload'

import { loadWordLists } from '../globals/content-check-settings'
import type { LinkFinding as StoredFinding, LinkCheckRun } from '../payload-types'
import { reportDangerousLink } from './danger-alerts'
import { ownerOfPage } from './finding-page'
import { monitoredSites, type MonitoredSite } from './monitored-sites'
import type { MonitorRuntime } from './monitor-runtime'
import { loadMonitorSettings } from './monitor-settings-global'

const DAY_MS = 24 * 60 * 60 * 1000
/** R-DAILY-INSPECT: homepage links daily, the whole site weekly. */
export const LINK_CHECK_EVERY_MS: Readonly<Record<LinkCheckScope, number>> = { homepage: DAY_MS, site: 7 * DAY_MS }

/** What a finding says in the admin and the evidence, in Chinese. */
export function findingDetail(finding: LinkFinding): string {
  const reasons = finding.reasons.map((reason) => LINK_REASON_LABELS[reason])
  const extra = [
    finding.suspiciousDomain ? `可疑域名 ${finding.suspiciousDomain}` : null,
    ...finding.evidence.dangerousContent.map((match) => match.excerpt ?? match.message),
  ].filter(Boolean)
  return `${LINK_OUTCOME_LABELS[finding.outcome]}：${reasons.join('；')}${extra.length > 0 ? `（${extra.join('；')}）` : ''}`
}

const keyOf = (pageUrl: string, targetUrl: string) => `${pageUrl}\n${targetUrl}`

/** The site's findings not resolved yet, by page and target. */
async function openFindings(payload: Payload, siteId: string): Promise<Map<string, StoredFinding>> {
  const found = await payload.find({
    collection: 'link-findings',
    where: { and: [{ site: { equals: siteId } }, { resolvedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map((found.docs as StoredFinding[]).map((finding) => [keyOf(finding.pageUrl, finding.targetUrl), finding]))
}

/** Store one finding (a new row, or the same page and target again), reporting a link that turned dangerous. */
async function storeFinding(payload: Payload, site: MonitoredSite, finding: LinkFinding, open: Map<string, StoredFinding>, now: Date): Promise<void> {
  const key = keyOf(finding.pageUrl, finding.target)
  const before = open.get(key)
  const verdict = {
    linkText: finding.linkText,
    element: finding.element,
    internal: finding.internal,
    outcome: finding.outcome,
    reasons: finding.reasons,
    detail: findingDetail(finding),
    evidence: finding.evidence as unknown as Record<string, unknown>,
    lastCheckedAt: now.toISOString(),
  }
  let stored: StoredFinding
  if (before) {
    stored = (await payload.update({ collection: 'link-findings', id: before.id, data: verdict, depth: 0, overrideAccess: true })) as StoredFinding
  } else {
    const owner = await ownerOfPage(payload, site.id, finding.pageUrl, site.address)
    const existing = await payload.find({
      collection: 'link-findings',
      where: { and: [{ site: { equals: site.id } }, { pageUrl: { equals: finding.pageUrl } }, { targetUrl: { equals: finding.target } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const data = {
      ...verdict,
      site: site.id,
      pageUrl: finding.pageUrl,
      targetUrl: finding.target,
      documentCollection: owner.documentCollection,
      documentId: owner.documentId,
      documentTitle: owner.documentTitle,
      column: owner.columnId,
      editor: owner.editorId,
      adminPath: owner.adminPath,
      // Found again after it was resolved: a new finding, counted from now.
      firstFoundAt: now.toISOString(),
      resolvedAt: null,
    }
    const resolved = existing.docs[0]
    stored = (
      resolved
        ? await payload.update({ collection: 'link-findings', id: resolved.id, data, depth: 0, overrideAccess: true })
        : await payload.create({ collection: 'link-findings', data, depth: 0, overrideAccess: true })
    ) as StoredFinding
  }
  open.set(key, stored)
  if (finding.outcome === 'danger' && before?.outcome !== 'danger') {
    await reportDangerousLink(payload, {
      findingId: String(stored.id),
      siteId: site.id,
      pageUrl: stored.pageUrl,
      targetUrl: stored.targetUrl,
      detail: stored.detail ?? '',
      foundAt: new Date(stored.firstFoundAt),
      documentCollection: stored.documentCollection ?? null,
      documentId: stored.documentId ?? null,
      columnId: stored.column ? String(stored.column) : null,
      editorId: stored.editor ? String(stored.editor) : null,
      adminPath: stored.adminPath ?? `/admin/collections/link-findings/${String(stored.id)}`,
    })
  }
}

/**
 * R-DAILY-INSPECT, R-VETO-SECURITY: check a site's links (`homepage`: the homepage's; `site`: every
 * page reachable from it) and store what is not ok. A dangerous link is written to the findings
 * and reported the moment its verdict is known, before the rest of the run ends. A finding on a
 * page this run read whose link is no longer a problem (fixed, or gone from the page) is resolved.
 * Pages outside the site's address (another site of the platform) are left to that site's run.
 */
export async function checkLinksOfSite(payload: Payload, runtime: MonitorRuntime, site: MonitoredSite, scope: LinkCheckScope, now: Date): Promise<LinkReport> {
  const run = (await payload.create({
    collection: 'link-check-runs',
    data: { site: site.id, scope, startedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
  })) as LinkCheckRun
  const [settings, wordLists, open] = await Promise.all([
    loadMonitorSettings(payload),
    loadWordLists(await createLocalReq({}, payload)),
    openFindings(payload, site.id),
  ])
  const ownPage = (url: string) => url.startsWith(site.address)
  // Each store waits for the one before: two verdicts for one page and target never race.
  let stores = Promise.resolve()
  const store = (finding: LinkFinding) => {
    stores = stores.then(() => storeFinding(payload, site, finding, open, now))
    return stores
  }
  const report = await checkSiteLinks(
    runtime.client,
    { startUrl: site.address, siteHosts: site.hosts, scope },
    {
      now: () => now,
      cache: runtime.cache,
      suspiciousDomains: settings.suspiciousDomains,
      uncheckedDomains: runtime.uncheckedDomains,
      wordLists,
      onFinding: (finding) => {
        if (finding.outcome === 'danger' && ownPage(finding.pageUrl)) void store(finding)
      },
    },
  )
  const findings = report.findings.filter((finding) => ownPage(finding.pageUrl))
  for (const finding of findings) if (finding.outcome !== 'danger') void store(finding)
  await stores
  const current = new Set(findings.map((finding) => keyOf(finding.pageUrl, finding.target)))
  const read = new Set(report.pagesRead)
  for (const [key, finding] of open) {
    if (read.has(finding.pageUrl) && !current.has(key)) {
      await payload.update({
        collection: 'link-findings',
        id: finding.id,
        data: { resolvedAt: now.toISOString(), lastCheckedAt: now.toISOString() },
        depth: 0,
        overrideAccess: true,
      })
    }
  }
  await payload.update({
    collection: 'link-check-runs',
    id: run.id,
    data: { finishedAt: report.finishedAt, pagesRead: report.pagesRead.length, targetsChecked: report.targetsChecked, findings: findings.length },
    depth: 0,
    overrideAccess: true,
  })
  return report
}

/** When the site's last run of `scope` that could read its start page started, if ever (a run that could not is tried again). */
async function lastRunAt(payload: Payload, siteId: string, scope: LinkCheckScope): Promise<number | undefined> {
  const found = await payload.find({
    collection: 'link-check-runs',
    where: { and: [{ site: { equals: siteId } }, { scope: { equals: scope } }, { pagesRead: { greater_than: 0 } }] },
    sort: '-startedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const run = found.docs[0] as LinkCheckRun | undefined
  return run ? new Date(run.startedAt).getTime() : undefined
}

/**
 * R-DAILY-INSPECT (every 5 minutes): run each online site's whole-site check when a week has passed
 * since the last one, else its homepage check when a day has passed since the last run of either
 * (the walk reads the homepage too); a run that could not read the site's homepage does not count,
 * so it is tried again at the next tick. One site at a time, since the checker already keeps 2
 * connections per host and checks its targets in parallel.
 */
export async function runDueLinkChecks(payload: Payload, runtime: MonitorRuntime, now: Date): Promise<number> {
  let runs = 0
  const since = (last: number | undefined) => (last === undefined ? Infinity : now.getTime() - last)
  for (const site of await monitoredSites(payload, runtime)) {
    const lastWalk = await lastRunAt(payload, site.id, 'site')
    const lastHomepage = await lastRunAt(payload, site.id, 'homepage')
    const scope: LinkCheckScope | null =
      since(lastWalk) >= LINK_CHECK_EVERY_MS.site ? 'site' : Math.min(since(lastWalk), since(lastHomepage)) >= LINK_CHECK_EVERY_MS.homepage ? 'homepage' : null
    if (!scope) continue
    await checkLinksOfSite(payload, runtime, site, scope, now)
    runs++
  }
  return runs
}
