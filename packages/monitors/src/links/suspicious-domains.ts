/** A domain as URL hosts are written: lower case, punycode for Chinese names (示例.政务 → xn--…), no trailing dot. */
function asUrlHost(domain: string): string | undefined {
  const trimmed = domain.trim().replace(/\.+$/, '')
  return trimmed !== '' && URL.canParse(`http://${trimmed}/`) ? new URL(`http://${trimmed}/`).hostname : undefined
}

/** The entry of a list of domains that `url`'s host is, or lies under (`spam.example` covers `www.spam.example`), if any. */
export function listedDomainOf(url: string, domains: readonly string[]): string | undefined {
  if (!URL.canParse(url)) return undefined
  const host = new URL(url).hostname
  return domains.find((entry) => {
    const domain = asUrlHost(entry)
    return domain !== undefined && (host === domain || host.endsWith(`.${domain}`))
  })
}

/**
 * R-VETO-SECURITY: the entry of the platform's list of suspicious domains that `url`'s host is, or
 * lies under, if any. Expired domains once linked from government sites and re-registered by
 * spammers are the known attack.
 */
export const suspiciousDomainOf = (url: string, suspiciousDomains: readonly string[]): string | undefined => listedDomainOf(url, suspiciousDomains)
