import { SERVICE_CLIENT_IP_HEADER } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

/** Set by the CMS server from the socket, replacing anything a client sent under that name. */
export const CLIENT_IP_HEADER = SERVICE_CLIENT_IP_HEADER

export function clientIp(req: PayloadRequest): string | null {
  return req.headers?.get(CLIENT_IP_HEADER) ?? null
}
