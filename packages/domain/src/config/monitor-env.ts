import { envVar, issue } from './env-fields.js'

/** The networks beyond the public internet the monitors may reach (`MONITOR_ALLOWED_NETWORKS`). */
export const MONITOR_NETWORKS = ['loopback', 'private'] as const
export type MonitorNetwork = (typeof MONITOR_NETWORKS)[number]

/** Where the monitors find a site unless `MONITOR_SITE_ADDRESS` says otherwise: its own domain, over https. */
export const DEFAULT_MONITOR_SITE_ADDRESS = 'https://{domain}/'

/**
 * R-DAILY-INSPECT: `MONITOR_ALLOWED_NETWORKS`, a comma-separated list of `loopback` and `private`.
 * Unset: public addresses only, so a malicious link cannot make a deployment scan its own
 * machine or intranet; the demo allows `loopback` explicitly.
 */
export const monitorNetworksField = envVar((raw, ctx) => {
  const names = (raw ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = names.filter((name) => !(MONITOR_NETWORKS as readonly string[]).includes(name))
  if (unknown.length > 0) {
    return issue(ctx, 'config.monitor_networks_invalid', `MONITOR_ALLOWED_NETWORKS 只能列出 ${MONITOR_NETWORKS.join('、')}（当前含“${unknown.join(',')}”）`)
  }
  return { allowLoopback: names.includes('loopback'), allowPrivate: names.includes('private') }
})

/**
 * R-DAILY-INSPECT: `MONITOR_SITE_ADDRESS`, the front door the monitors probe for each site, with
 * `{domain}` (the site's English domain) and `{slug}` filled in — `https://{domain}/`, or
 * `http://localhost:3001/_site/{slug}/` for the demo's local public site.
 */
export const monitorSiteAddressField = envVar((raw, ctx) => {
  const pattern = raw ?? DEFAULT_MONITOR_SITE_ADDRESS
  const sample = pattern.replaceAll('{domain}', 'www.example.gov.cn').replaceAll('{slug}', 'portal')
  if (!URL.canParse(sample) || !['http:', 'https:'].includes(new URL(sample).protocol)) {
    return issue(ctx, 'config.url_invalid', `MONITOR_SITE_ADDRESS 须为 http:// 或 https:// 网址，可含 {domain} 和 {slug}（当前为“${pattern}”）`)
  }
  return pattern.endsWith('/') ? pattern : `${pattern}/`
})

/** A site's public address from the pattern. */
export function monitorSiteAddress(pattern: string, site: { slug: string; englishDomain: string }): string {
  return pattern.replaceAll('{domain}', site.englishDomain).replaceAll('{slug}', encodeURIComponent(site.slug))
}

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
const isIpLiteral = (value: string) => IPV4.test(value) || (value.includes(':') && URL.canParse(`http://[${value}]/`))

/**
 * R-DAILY-INSPECT: `MONITOR_HOST_ADDRESSES`, fixed addresses for some host names
 * (`name=address,…`, like curl's `--resolve`): a deployment sends its sites' names to its front
 * door, the demo its link targets to loopback. Every address is still judged by the network
 * policy (`MONITOR_ALLOWED_NETWORKS`).
 */
export const monitorHostAddressesField = envVar((raw, ctx) => {
  const table: Record<string, string> = {}
  for (const entry of (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [name, address] = entry.split('=').map((part) => part.trim())
    if (!name || !address || !URL.canParse(`http://${name}/`) || !isIpLiteral(address)) {
      return issue(ctx, 'config.monitor_hosts_invalid', `MONITOR_HOST_ADDRESSES 的每一项须为“域名=IP 地址”（当前含“${entry}”）`)
    }
    table[new URL(`http://${name}/`).hostname] = address
  }
  return table
})

/** A bare domain: no scheme, port, path, credentials or spaces. */
const DOMAIN_ENTRY = /^[^\s/:?#@[\]]+$/

/**
 * R-DAILY-INSPECT: `MONITOR_UNCHECKED_DOMAINS`, comma-separated domains (their subdomains
 * included) whose links the link checker leaves unchecked — for a machine that cannot reach
 * them, such as the offline demo with the national platforms in every page's footer. Unset:
 * every link is checked, as an inspection does. A domain on the suspicious list is still dangerous.
 */
export const monitorUncheckedDomainsField = envVar((raw, ctx) => {
  const domains: string[] = []
  for (const entry of (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    if (!DOMAIN_ENTRY.test(entry) || isIpLiteral(entry) || !URL.canParse(`http://${entry}/`)) {
      return issue(ctx, 'config.monitor_unchecked_invalid', `MONITOR_UNCHECKED_DOMAINS 的每一项须为域名（当前含“${entry}”）`)
    }
    domains.push(new URL(`http://${entry}/`).hostname)
  }
  return domains
})
