import { SERVICE_CLIENT_IP_HEADER } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

/**
 * Set by the CMS server (`src/server/main.ts`) from the socket, or under `TRUST_PROXY` from the
 * nearest untrusted `X-Forwarded-For` hop, replacing anything a client sent under that name.
 */
export const CLIENT_IP_HEADER = SERVICE_CLIENT_IP_HEADER

export function clientIp(req: PayloadRequest): string | null {
  return req.headers?.get(CLIENT_IP_HEADER) ?? null
}
