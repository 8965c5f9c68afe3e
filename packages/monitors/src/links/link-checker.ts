import type { WordLists } from '@govsite/domain'
import pLimit from 'p-limit'

import type { GuardedClient } from '../network/guarded-client.js'
import { classifyLink, type LinkOutcome, type LinkReason } from './classify-link.js'
import type { ExtractedLink, LinkElement } from './extract-links.js'
import { probeTarget, type ProbeContext, type TargetProbe } from './probe-target.js'
import type { ResultCache } from './result-cache.js'
import { listedDomainOf, suspiciousDomainOf } from './suspicious-domains.js'

/** `homepage`: the homepage's links (daily); `site`: every page reachable on the site's hosts (weekly). */
export type LinkCheckScope = 'homepage' | 'site'

export interface LinkCheckInput {
  /** The site's public address: where the walk starts. Its host is in-site. */
  startUrl: string
  /** Further host names of the site (its other domains); links to them are in-site too. */
  siteHosts?: readonly string[]
  scope: LinkCheckScope
}

export interface LinkCheckOptions {
  now: () => Date
  /** Shared between runs (and sites) so a target is checked once per window. */
  cache: ResultCache<TargetProbe>
  /** The platform's list of suspicious domains. */
  suspiciousDomains?: readonly string[]
  /**
   * Domains whose links are left unchecked (the operator's `MONITOR_UNCHECKED_DOMAINS`: an offline
   * demo's national-platform footer links): neither fetched nor reported, unless the suspicious
   * list names them, which needs no fetch.
   */
  uncheckedDomains?: readonly string[]
  /** The platform's pre-review word lists (the shipped lexicon always applies). */
  wordLists?: WordLists
  /** Pages read at most in `site` scope (default 200, at least the start page). */
  maxPages?: number
  /** Targets checked at once over all hosts (default 8; the client still allows 2 per host). */
  concurrency?: number
  slowMs?: number
  redirectChainHops?: number
  /** Called as soon as a target's verdict is known, for each page linking it: a dangerous link is reported at once. */
  onFinding?: (finding: LinkFinding) => void
}

/** One link that is not ok, on one page. The CMS maps `pageUrl` to the document, its column and editor. */
export interface LinkFinding {
  pageUrl: string
  linkText: string
  element: LinkElement
  target: string
  internal: boolean
  outcome: Exclude<LinkOutcome, 'ok'>
  reasons: LinkReason[]
  suspiciousDomain?: string
  /** Status, time, final URL, redirects, failure, matched words. */
  evidence: TargetProbe
}

export interface LinkReport {
  startUrl: string
  scope: LinkCheckScope
  startedAt: string
  finishedAt: string
  /** The start page's own check. */
  start: TargetProbe
  /** Pages whose links were read, in walk order: a finding missing for one of them is fixed. */
  pagesRead: string[]
  /** In-site pages found but not read because of `maxPages` (each still checked as a link target). */
  pagesLeftOut: number
  targetsChecked: number
  findings: LinkFinding[]
}

const cacheKey = (url: string, navigational: boolean) => `${navigational ? 'page' : 'resource'} ${url}`

const withoutFragment = (url: string): string => (URL.canParse(url) ? new URL(url).href.replace(/#.*$/, '') : url)

/**
 * R-DAILY-INSPECT, R-VETO-SECURITY: walk a site's public pages from its public address — the
 * homepage only, or breadth-first over every page on the site's own hosts up to `maxPages` —
 * and check every link, image, frame, script, stylesheet and attachment found, in-site and
 * external, through the guarded client. Each target is checked once per run and reused from the
 * cache within its window; a page that is walked is always read afresh.
 */
export async function checkSiteLinks(client: GuardedClient, input: LinkCheckInput, options: LinkCheckOptions): Promise<LinkReport> {
  const startedAt = options.now().toISOString()
  const startUrl = withoutFragment(input.startUrl)
  const hosts = new Set([...(input.siteHosts ?? []), URL.canParse(startUrl) ? new URL(startUrl).hostname : ''].map((host) => host.toLowerCase()))
  const inSite = (url: string) => URL.canParse(url) && hosts.has(new URL(url).hostname)
  const suspiciousDomains = options.suspiciousDomains ?? []
  const context: ProbeContext = { client, now: options.now, suspiciousDomains, wordLists: options.wordLists ?? {} }
  const classify = { suspiciousDomains, inSite, slowMs: options.slowMs, redirectChainHops: options.redirectChainHops }
  const maxPages = input.scope === 'site' ? Math.max(options.maxPages ?? 200, 1) : 1

  const known = new Map<string, Promise<TargetProbe>>()
  const remember = (url: string, navigational: boolean, probe: TargetProbe) => {
    if (probe.fetched) options.cache.set(cacheKey(url, navigational), probe)
    known.set(cacheKey(url, navigational), Promise.resolve(probe))
  }

  // Walk: read pages one after another (the client's per-host limit keeps a site's load low anyway).
  const occurrences: { pageUrl: string; link: ExtractedLink }[] = []
  const pagesRead: string[] = []
  const queue = [startUrl]
  const queued = new Set(queue)
  let start: TargetProbe | undefined
  let pagesLeftOut = 0
  while (queue.length > 0) {
    const pageUrl = queue.shift()!
    if (pagesRead.length >= maxPages) {
      pagesLeftOut++
      continue
    }
    const { probe, page } = await probeTarget(context, pageUrl, true)
    start ??= probe
    remember(pageUrl, true, probe)
    if (!page) continue
    pagesRead.push(pageUrl)
    for (const link of page.links) {
      occurrences.push({ pageUrl, link })
      if (input.scope === 'site' && link.navigational && link.follow && inSite(link.url) && !queued.has(link.url)) {
        queued.add(link.url)
        queue.push(link.url)
      }
    }
  }

  // Check every target once, each verdict reported for every page linking it.
  const limit = pLimit(options.concurrency ?? 8)
  const probeOf = (url: string, navigational: boolean): Promise<TargetProbe> => {
    const key = cacheKey(url, navigational)
    let probe = known.get(key)
    if (!probe) {
      const cached = options.cache.get(key)
      probe = cached
        ? Promise.resolve(cached)
        : limit(async () => {
            const fresh = (await probeTarget(context, url, navigational)).probe
            remember(url, navigational, fresh)
            return fresh
          })
      known.set(key, probe)
    }
    return probe
  }
  const unchecked = (url: string) =>
    listedDomainOf(url, options.uncheckedDomains ?? []) !== undefined && suspiciousDomainOf(url, suspiciousDomains) === undefined
  const findings = await Promise.all(
    occurrences.map(async ({ pageUrl, link }): Promise<LinkFinding | undefined> => {
      if (unchecked(link.url)) return undefined
      const evidence = await probeOf(link.url, link.navigational)
      const { outcome, reasons, suspiciousDomain } = classifyLink(evidence, classify)
      if (outcome === 'ok') return undefined
      const finding: LinkFinding = {
        pageUrl,
        linkText: link.text,
        element: link.element,
        target: link.url,
        internal: inSite(link.url),
        outcome,
        reasons,
        ...(suspiciousDomain === undefined ? {} : { suspiciousDomain }),
        evidence,
      }
      options.onFinding?.(finding)
      return finding
    }),
  )
  return {
    startUrl,
    scope: input.scope,
    startedAt,
    finishedAt: options.now().toISOString(),
    start: start!,
    pagesRead,
    pagesLeftOut,
    targetsChecked: known.size,
    findings: findings.filter((finding) => finding !== undefined),
  }
}
