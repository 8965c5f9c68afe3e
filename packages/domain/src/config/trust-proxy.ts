import proxyaddr from 'proxy-addr'

import { envVar, issue } from './env-fields.js'

/**
 * Which hops in front of a server may say who the client is (`X-Forwarded-For`) and whether it
 * used https (`X-Forwarded-Proto`), with express's `trust proxy` semantics: `false` (the socket
 * is the client), `true` (believe the left-most address), a number of hops, or a list of
 * addresses and subnets including `loopback`, `linklocal` and `uniquelocal`.
 */
export type TrustProxySetting = boolean | number | readonly string[]

/** An entry proxy-addr would refuse at run time is refused at start-up instead. */
function compiles(entry: string): boolean {
  try {
    proxyaddr.compile(entry)
    return true
  } catch {
    return false
  }
}

/** `TRUST_PROXY`, the same setting for both servers; unset → false. */
export const trustProxyField = envVar((raw, ctx): TrustProxySetting => {
  if (raw === undefined) return false
  const value = raw.trim()
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true'
  if (/^\d+$/.test(value)) return Number(value)
  const entries = value.split(',').map((entry) => entry.trim())
  const invalid = entries.filter((entry) => !compiles(entry))
  if (invalid.length === 0) return entries
  return issue(
    ctx,
    'config.trust_proxy_invalid',
    `TRUST_PROXY 只能是 true、false、信任的代理层数，或以逗号分隔的 IP 地址、网段（如 10.0.0.0/8）及 loopback、linklocal、uniquelocal（无法识别：“${invalid.join('”“')}”）`,
  )
})
