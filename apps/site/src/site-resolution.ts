import { domainToUnicode } from 'node:url'

import type { PublicSite } from '@govsite/domain'

import type { ContentClient } from './cms/content-client.js'

/** Loopback host names: without DNS, they serve the city portal. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1'])
export const LOCAL_SITE_SLUG = 'portal'

/**
 * The host name of a `Host` header: lower case, no port, IPv6 without brackets, and IDNs in
 * Unicode (`xn--…` → `….政务`, as Chinese domains are stored). `null` when absent or malformed.
 */
export function hostName(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null
  const host = hostHeader.trim().toLowerCase()
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '')
  if (!name || !/^[\p{L}\p{N}.:-]+$/u.test(name)) return null
  const unicode = name.includes('xn--') ? domainToUnicode(name) : name
  return unicode || null
}

/** The site a request's Host names: a site's English or Chinese domain, or the portal on loopback. */
export async function resolveSiteByHost(client: ContentClient, hostHeader: string | undefined): Promise<PublicSite | null> {
  const host = hostName(hostHeader)
  if (!host) return null
  if (LOCAL_HOSTS.has(host)) return client.siteBySlug(LOCAL_SITE_SLUG)
  return client.siteByDomain(host)
}

/** The site named in `/_site/<slug>/…`. */
export async function resolveSiteBySlug(client: ContentClient, slug: string): Promise<PublicSite | null> {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null
  return client.siteBySlug(slug)
}
