import pLimit from 'p-limit'
import type { z } from 'zod'

/** The CMS did not answer usably (down, timed out, 4xx/5xx, or not the JSON we expect): show the 503 page. */
export class CmsUnavailableError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'CmsUnavailableError'
  }
}

/**
 * JSON, uncompressed: the site and the CMS sit on the same host or LAN, where gzipping every answer
 * (fetch asks for it by default) only costs both processes CPU on each uncached page.
 */
export const CMS_READ_HEADERS = { accept: 'application/json', 'accept-encoding': 'identity' } as const

/** Query parameters in Payload's bracket syntax: `{ 'where[site][equals]': id, limit: 10 }`. */
export type Query = Record<string, string | number | undefined>

export function queryString(query: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.append(key, String(value))
  return params.toString()
}

/**
 * Reads in flight to the CMS at once; the rest wait their turn, first come first served. The CMS
 * answers on one core, so more at once only adds latency, and with hundreds at once (a burst of
 * uncached homepages asks five lists each) some waited past the timeout while later ones were
 * answered (found by `npm run bench`). The timeout includes the wait.
 */
export const CMS_READ_CONCURRENCY = 8
/** Run one CMS read when one of the CMS_READ_CONCURRENCY slots is free. */
export const inCmsReadSlot: <T>(read: () => Promise<T>) => Promise<T> = pLimit(CMS_READ_CONCURRENCY)

/**
 * GET `${cmsUrl}/api/${path}?${query}` anonymously (so only published content), then validate the
 * answer with `schema`. Every failure is a `CmsUnavailableError`; nothing else is thrown.
 */
export function cmsGet<T extends z.ZodType>(cmsUrl: string, path: string, query: Query, schema: T, timeoutMs = 5000): Promise<z.output<T>> {
  const signal = AbortSignal.timeout(timeoutMs)
  return inCmsReadSlot(() => read(cmsUrl, path, query, schema, signal))
}

async function read<T extends z.ZodType>(cmsUrl: string, path: string, query: Query, schema: T, signal: AbortSignal): Promise<z.output<T>> {
  const url = `${cmsUrl}/api/${path}?${queryString(query)}`
  let response: globalThis.Response
  try {
    response = await fetch(url, { headers: CMS_READ_HEADERS, signal })
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    throw new CmsUnavailableError(timedOut ? 'cms.timeout' : 'cms.unreachable', `CMS ${path}: ${String(error)}`)
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined)
    throw new CmsUnavailableError(`cms.http_${response.status}`, `CMS ${path}: HTTP ${response.status}`)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new CmsUnavailableError('cms.malformed', `CMS ${path}: not JSON`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new CmsUnavailableError('cms.malformed', `CMS ${path}: ${parsed.error.message}`)
  return parsed.data
}
