import type { IncomingHttpHeaders } from 'node:http'

import type { AddressCategory } from './address-policy.js'

/** One redirect followed: the URL that answered and its 3xx status. */
export interface RedirectHop {
  url: string
  status: number
}

/**
 * Why no answer came: the URL was no http(s) URL, its address is one the monitors may not reach,
 * the name does not resolve, the connection or the whole exchange took too long, the connection
 * failed (refused, reset, TLS), or the redirects went round in a circle or on too long.
 */
export type FailureReason =
  'invalid-url' | 'unsupported-scheme' | 'address-refused' | 'dns' | 'connect-timeout' | 'timeout' | 'connection' | 'redirect-loop' | 'too-many-redirects'

interface Exchange {
  /** The URL asked for. */
  url: string
  /** The URL of the last hop: the one that answered, or the one that failed. */
  finalUrl: string
  redirects: RedirectHop[]
  /** Time spent resolving, connecting and exchanging over every hop (not waiting for a free connection). */
  elapsedMs: number
  /** 1 unless the exchange was retried after a timeout or a 5xx. */
  attempts: number
}

export interface HttpResponse extends Exchange {
  kind: 'response'
  status: number
  headers: IncomingHttpHeaders
  /** Only when the body was asked for; at most the client's response-size cap. */
  body?: Buffer
  /** The body stopped at the size cap. */
  truncated: boolean
  /** The address the last hop connected to. */
  address: string
}

export interface HttpFailure extends Exchange {
  kind: 'failure'
  reason: FailureReason
  /** Technical detail in English, for the evidence. */
  message: string
  /** Node's error code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED …) when there was one. */
  errorCode?: string
  /** For `address-refused`: the address and why it is refused. */
  refusedAddress?: { address: string; category: AddressCategory | 'invalid' }
}

export type HttpResult = HttpResponse | HttpFailure
