import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

/** Turns a host name into the addresses to check; throws (with a `code` such as ENOTFOUND) when there are none. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

/** The system resolver (getaddrinfo: /etc/hosts, then DNS), every address in the order it gives them. */
export const systemResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true })
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))
}

/**
 * A fixed table of host names (like curl's `--resolve`): a deployment can send a site's public
 * names to its front door, and tests resolve their names without asking any DNS server. A name
 * not in the table fails as ENOTFOUND.
 */
export function staticResolver(table: Readonly<Record<string, string | readonly string[]>>): Resolver {
  const entries = new Map(Object.entries(table).map(([name, addresses]) => [name.toLowerCase(), [addresses].flat()]))
  return async (hostname) => {
    const addresses = entries.get(hostname.toLowerCase())
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    return addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }))
  }
}
