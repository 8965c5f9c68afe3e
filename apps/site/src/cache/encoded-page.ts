import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'

/** Below this size compression does not pay (the same threshold as the live compression middleware). */
export const COMPRESS_THRESHOLD_BYTES = 1024

/**
 * A rendered body prepared once for every visitor, with its ETag. A page worth compressing is kept
 * only in its gzip and brotli forms: nearly every browser takes one of them, and the rare client
 * that takes neither gets it inflated from gzip.
 */
export type EncodedBody = { plain: Buffer; gzip: null; br: null; etag: string } | { plain: null; gzip: Buffer; br: Buffer; etag: string }

/**
 * zlib's sync output is a slice of a 16 KB chunk: copied to its own bytes, a cached page holds
 * only its length (otherwise the cache's byte bound would undercount its memory about threefold).
 */
const ownBytes = (buffer: Buffer): Buffer => Buffer.copyBytesFrom(buffer)

/** Hash and compress once at store time instead of on every cache hit (the cache's hot path). */
export function encodeBody(body: string): EncodedBody {
  const plain = Buffer.from(body, 'utf8')
  const hash = createHash('sha1').update(plain).digest('base64').slice(0, 27)
  // Weak validator in express's format, so a page keeps its ETag whether it came from the cache or not.
  const etag = `W/"${plain.length.toString(16)}-${hash}"`
  if (plain.length < COMPRESS_THRESHOLD_BYTES) return { plain, gzip: null, br: null, etag }
  return {
    plain: null,
    gzip: ownBytes(gzipSync(plain, { level: 6 })),
    br: ownBytes(brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length } })),
    etag,
  }
}

/** The page as rendered. */
export function uncompressed(body: EncodedBody): Buffer {
  return body.plain ?? gunzipSync(body.gzip)
}

/** Bytes an encoded body holds in memory. */
export function encodedSize(body: EncodedBody): number {
  return body.plain ? body.plain.length : body.gzip.length + body.br.length
}
