import compression from 'compression'
import type { RequestHandler } from 'express'
import helmet from 'helmet'

import { COMPRESS_THRESHOLD_BYTES } from '../cache/encoded-page.js'

/**
 * Security headers for every response: no scripts at all (pages work without JavaScript),
 * inline styles only for the page stylesheet, images and forms from this site, and no framing
 * by other sites (a government page must not be embedded in a look-alike).
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'self'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
    },
  },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  frameguard: { action: 'sameorigin' },
  // Government sites are linked from many origins; cross-origin isolation would break embeds of their files.
  crossOriginEmbedderPolicy: false,
  crossOriginResourcePolicy: { policy: 'same-site' },
  // Only over https (below): an http answer cannot promise https.
  strictTransportSecurity: false,
})

/** HSTS when the visitor reached us over https: a TLS socket or, under TRUST_PROXY, a proxy saying so. */
const hsts = helmet.strictTransportSecurity()
const hstsOverHttps: RequestHandler = (req, res, next) => (req.secure ? hsts(req, res, next) : next())

/**
 * Pages may change at any publication: browsers keep them but revalidate each time, which
 * costs a 304 thanks to the ETag express computes for every page and the Last-Modified time
 * (the moment the page was rendered; the page cache replays the time of its stored copy).
 * Routes can override both.
 */
const revalidatePages: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-cache')
  res.setHeader('Last-Modified', new Date().toUTCString())
  next()
}

/** Security headers and revalidation, for every response including cached pages. */
export const httpPolicy: RequestHandler[] = [securityHeaders, hstsOverHttps, revalidatePages]

/**
 * gzip or brotli, whichever the browser prefers, for rendered text responses above 1 KB.
 * Mounted after the page cache, which serves its pages already compressed.
 */
export const compress: RequestHandler = compression({ threshold: COMPRESS_THRESHOLD_BYTES })
