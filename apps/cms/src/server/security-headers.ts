import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { requestProtocol, type TrustFunction } from '@govsite/node-kit'
import helmet, { type HelmetOptions } from 'helmet'

/** Uploaded files, served by Payload under this path: never run as a page. */
const MEDIA_FILES_PREFIX = '/api/media/file/'

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void

interface NonceResponse extends ServerResponse {
  cspNonce?: string
}

/** The same choices as the public site (`apps/site/src/http/http-policy.ts`), where they apply to both. */
const common: HelmetOptions = {
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  // Nothing embeds the admin: no live preview is configured, and a look-alike frame is how clickjacking works.
  frameguard: { action: 'deny' },
  crossOriginEmbedderPolicy: false,
  // Only over https (below): an http answer cannot promise https.
  strictTransportSecurity: false,
}

/**
 * The admin (Next.js + React): scripts only with this response's nonce and what they load
 * ('strict-dynamic'), which is how Next.js tags its own inline and chunk scripts when the request
 * carries the policy; inline styles because React and Payload's UI set style attributes.
 * In development React also needs eval and the HMR websocket.
 */
function adminPolicy(dev: boolean): HelmetOptions['contentSecurityPolicy'] {
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'", (_req, res) => `'nonce-${(res as NonceResponse).cspNonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
      'media-src': ["'self'", 'blob:'],
      'worker-src': ["'self'", 'blob:'],
      'frame-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    },
  }
}

/** An uploaded file is shown or downloaded, never run: no scripts, no plugins, no same-origin access. */
const mediaPolicy: HelmetOptions['contentSecurityPolicy'] = {
  useDefaults: false,
  directives: { 'default-src': ["'none'"], sandbox: [], 'frame-ancestors': ["'none'"] },
}

/**
 * Security headers for every CMS response — admin pages, REST, GraphQL and media files — set by
 * the custom server before Next.js sees the request. The admin policy's nonce is also put on the
 * request's `content-security-policy` header, where Next.js reads it to tag its scripts. HSTS
 * only when the client is on https: `CMS_PUBLIC_URL` is https, or a trusted proxy says so.
 */
export function securityHeaders(options: { publicUrl: string; trust: TrustFunction; dev: boolean }) {
  const admin = helmet({ ...common, contentSecurityPolicy: adminPolicy(options.dev) }) as Middleware
  const media = helmet({ ...common, contentSecurityPolicy: mediaPolicy }) as Middleware
  const hsts = helmet.strictTransportSecurity() as Middleware
  const publicHttps = options.publicUrl.startsWith('https:')

  return (req: IncomingMessage, res: NonceResponse): void => {
    const ignore = () => undefined
    if (req.url?.startsWith(MEDIA_FILES_PREFIX)) {
      media(req, res, ignore)
      delete req.headers['content-security-policy']
    } else {
      res.cspNonce = randomBytes(16).toString('base64')
      admin(req, res, ignore)
      req.headers['content-security-policy'] = String(res.getHeader('content-security-policy'))
    }
    if (publicHttps || requestProtocol(req, options.trust) === 'https') hsts(req, res, ignore)
  }
}
