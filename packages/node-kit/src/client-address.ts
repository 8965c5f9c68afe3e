import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'

import type { TrustProxySetting } from '@govsite/domain'
import proxyaddr from 'proxy-addr'

/** Whether the hop at `address`, `hops` away from this server, may speak for the client. */
export type TrustFunction = (address: string, hops: number) => boolean

/**
 * `TRUST_PROXY` compiled exactly as express compiles its `trust proxy` setting, so the site
 * (`app.set('trust proxy', …)`) and the CMS (`clientAddress`) judge every hop alike.
 */
export function compileTrust(setting: TrustProxySetting): TrustFunction {
  if (setting === true) return () => true
  if (setting === false) return () => false
  if (typeof setting === 'number') return (_address, hops) => hops < setting
  return proxyaddr.compile([...setting])
}

/** The client's address: the socket's, or the nearest untrusted `X-Forwarded-For` hop (express's `req.ip`). */
export function clientAddress(req: IncomingMessage, trust: TrustFunction): string {
  return proxyaddr(req, trust)
}

/** `https` when this socket is TLS or a trusted hop says so in `X-Forwarded-Proto` (express's `req.protocol`). */
export function requestProtocol(req: IncomingMessage, trust: TrustFunction): 'http' | 'https' {
  const own = (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http'
  if (!trust(req.socket.remoteAddress ?? '', 0)) return own
  const forwarded = req.headers['x-forwarded-proto']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase()
  return first === 'https' || first === 'http' ? first : own
}
