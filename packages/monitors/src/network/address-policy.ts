import { isIP } from 'node:net'

import ipaddr from 'ipaddr.js'

/** Where an IP address leads, as far as the monitors care. */
export type AddressCategory = 'public' | 'loopback' | 'private' | 'unique-local' | 'link-local' | 'carrier-grade-nat' | 'multicast' | 'reserved'

/**
 * What a deployment lets the monitors reach besides the public internet. Tests and the demo
 * need loopback; a deployment that probes its sites through an intranet front door needs the
 * private ranges (10/8, 172.16/12, 192.168/16, IPv6 fc00::/7). Nothing else is ever allowed:
 * link-local holds the cloud metadata service (169.254.169.254).
 */
export interface AddressAllowances {
  allowLoopback?: boolean
  allowPrivate?: boolean
}

export interface AddressDecision {
  allowed: boolean
  category: AddressCategory | 'invalid'
}

const IPV4_CATEGORIES: Readonly<Record<string, AddressCategory>> = {
  unicast: 'public',
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade-nat',
  multicast: 'multicast',
}

const IPV6_CATEGORIES: Readonly<Record<string, AddressCategory>> = {
  unicast: 'public',
  loopback: 'loopback',
  uniqueLocal: 'unique-local',
  linkLocal: 'link-local',
  multicast: 'multicast',
}

/** ::/96 holds the deprecated IPv4-compatible addresses (::10.0.0.1), which ipaddr.js counts as unicast. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96')

/**
 * R-VETO-SECURITY: the category of an IP address. An IPv4-mapped IPv6 address (::ffff:10.0.0.1)
 * is judged as the IPv4 address it carries; every special range ipaddr.js knows that is not
 * listed above (unspecified, broadcast, documentation, benchmarking, NAT64, 6to4, Teredo, site-local
 * …) is `reserved`, because each can lead back into a private network.
 */
export function classifyAddress(address: string): AddressCategory | 'invalid' {
  if (isIP(address) === 0) return 'invalid'
  const parsed = ipaddr.process(address)
  const range = parsed.range()
  if (parsed.kind() === 'ipv4') return IPV4_CATEGORIES[range] ?? 'reserved'
  if (range === 'unicast' && (parsed as ipaddr.IPv6).match(IPV4_COMPATIBLE)) return 'reserved'
  return IPV6_CATEGORIES[range] ?? 'reserved'
}

/** R-VETO-SECURITY: whether the monitors may connect to `address` under the deployment's allowances. */
export function decideAddress(address: string, allowances: AddressAllowances): AddressDecision {
  const category = classifyAddress(address)
  switch (category) {
    case 'public':
      return { allowed: true, category }
    case 'loopback':
      return { allowed: allowances.allowLoopback === true, category }
    case 'private':
    case 'unique-local':
      return { allowed: allowances.allowPrivate === true, category }
    default:
      return { allowed: false, category }
  }
}
