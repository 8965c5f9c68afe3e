import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Below this size compression does not pay (the same threshold as the live compression middleware). */
export const COMPRESS_THRESHOLD_BYTES = 1024

/** A rendered body prepared once for every visitor: its bytes, gzip and brotli forms, and its ETag. */
export interface EncodedBody {
  identity: Buffer
  gzip: Buffer | null
  br: Buffer | null
  /** Weak validator in express's format, so a page keeps its ETag whether it came from the cache or not. */
  etag: string
}

/** Compress once at store time instead of on every cache hit (the cache's hot path). */
export function encodeBody(body: string): EncodedBody {
  const identity = Buffer.from(body, 'utf8')
  const hash = createHash('sha1').update(identity).digest('base64').slice(0, 27)
  const etag = `W/"${identity.length.toString(16)}-${hash}"`
  if (identity.length < COMPRESS_THRESHOLD_BYTES) return { identity, gzip: null, br: null, etag }
  return {
    identity,
    gzip: gzipSync(identity, { level: 6 }),
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    etag,
  }
}

/** Bytes an encoded body holds in memory. */
export function encodedSize(body: EncodedBody): number {
  return body.identity.length + (body.gzip?.length ?? 0) + (body.br?.length ?? 0)
}
