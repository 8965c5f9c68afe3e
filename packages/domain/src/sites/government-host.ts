/** R-SITE-DOMAIN: the suffix English government domains are registered under. */
export const GOVERNMENT_DOMAIN_SUFFIX = 'gov.cn'
/** R-SITE-DOMAIN: the only Chinese domain suffix for government websites (`.公益` is for public institutions). */
export const GOVERNMENT_CHINESE_DOMAIN_SUFFIX = '政务'

/** A suffix as the URL parser reports hosts: internationalised labels in punycode (政务 → xn--zfr164b). */
const asciiSuffix = (suffix: string): string => new URL(`http://x.${suffix}`).hostname.slice('x.'.length)

/** A host name compared case-insensitively, the fully qualified form's trailing dot ignored. */
const normalizedHost = (host: string): string => host.toLowerCase().replace(/\.$/, '')

/**
 * Whether `host` is `suffix` itself or a name under it, the suffix matched in Unicode or in
 * punycode: `www.gov.cn` and `WWW.XIANYANG.GOV.CN.` are under `gov.cn`, `xgov.cn` is not.
 */
export function hostHasSuffix(host: string, suffix: string): boolean {
  const name = normalizedHost(host)
  return [suffix, asciiSuffix(suffix)].some((form) => name === form || name.endsWith(`.${form}`))
}

/**
 * R-SITE-DOMAIN: a host only government bodies can hold — under `gov.cn`, or a Chinese domain
 * under `.政务`. The public site sends such links their referrer; the pre-review checks trust them.
 */
export function isGovernmentHost(host: string): boolean {
  return hostHasSuffix(host, GOVERNMENT_DOMAIN_SUFFIX) || hostHasSuffix(host, GOVERNMENT_CHINESE_DOMAIN_SUFFIX)
}
