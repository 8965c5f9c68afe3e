import { monitorSiteAddress } from '@govsite/domain'
import {
  GuardedClient,
  monitorUserAgent,
  ResultCache,
  staticResolver,
  systemResolver,
  type NetworkSettings,
  type Resolver,
  type TargetProbe,
} from '@govsite/monitors'

import { currentTime } from '../shared/clock'

/** What the CMS configuration says about the monitors (`MONITOR_SITE_ADDRESS`, `MONITOR_ALLOWED_NETWORKS`). */
export interface MonitorConfig {
  /** `https://{domain}/` or another pattern with `{domain}` and `{slug}`. */
  siteAddress: string
  networks: { allowLoopback: boolean; allowPrivate: boolean }
  /** Fixed addresses for some host names (`MONITOR_HOST_ADDRESSES`); others through the system resolver. */
  hostAddresses: Readonly<Record<string, string>>
  /** Domains whose links are left unchecked (`MONITOR_UNCHECKED_DOMAINS`); none by default. */
  uncheckedDomains?: readonly string[]
  /** The CMS's own address (`CMS_PUBLIC_URL`): where the intake is checked and whom the user agent names. */
  cmsUrl: string
}

/**
 * One per process, shared by every monitor job: the guarded client (so its 2 connections per host
 * hold across jobs), the link result cache (3 hours) and when each site was last probed.
 */
export interface MonitorRuntime {
  client: GuardedClient
  cache: ResultCache<TargetProbe>
  addressOf: (site: { slug: string; englishDomain: string }) => string
  cmsUrl: string
  uncheckedDomains: readonly string[]
  lastProbedAt: Map<string, number>
}

/** The names of the table from it, every other name from the system; the address policy judges both alike. */
function resolverOf(table: Readonly<Record<string, string>>): Resolver {
  const fixed = staticResolver(table)
  return (hostname) => (Object.hasOwn(table, hostname.toLowerCase()) ? fixed(hostname) : systemResolver(hostname))
}

/** `network` lets tests shorten timeouts and skip retry waits. */
export function createMonitorRuntime(config: MonitorConfig, network: Partial<NetworkSettings> = {}): MonitorRuntime {
  const cmsUrl = config.cmsUrl.replace(/\/+$/, '')
  return {
    client: new GuardedClient({ userAgent: monitorUserAgent(`${cmsUrl}/monitor`), ...config.networks, resolve: resolverOf(config.hostAddresses), ...network }),
    cache: new ResultCache<TargetProbe>({ now: currentTime }),
    addressOf: (site) => monitorSiteAddress(config.siteAddress, site),
    cmsUrl,
    uncheckedDomains: config.uncheckedDomains ?? [],
    lastProbedAt: new Map(),
  }
}
