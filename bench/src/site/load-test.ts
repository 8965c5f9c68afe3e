import autocannon from 'autocannon'

export interface LoadOptions {
  /** Origin to load, e.g. http://127.0.0.1:3001 */
  origin: string
  /** Host header: the site's domain, so it is resolved exactly as in production. */
  host: string
  /**
   * The path of the n-th request (n counts from 0 across all connections). A fixed path
   * measures one page; distinct paths defeat the page cache.
   */
  pathOf: (n: number) => string
  connections: number
  durationSeconds: number
  /** Accept-Encoding sent with every request. */
  acceptEncoding: string
  /** Count each response's `x-cache` header (costs some client time: only for cache-miss runs). */
  countCacheHeader?: boolean
}

export interface LoadResult {
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
  timeouts: number
  /** Responses by `x-cache` value (`none` when absent), when counted. */
  cache: Record<string, number>
}

/** Run autocannon over loopback for the duration and summarise what the issue asks for. */
export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  let n = 0
  const cache: Record<string, number> = {}
  const result = await autocannon({
    url: options.origin,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: { host: options.host, 'accept-encoding': options.acceptEncoding },
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: options.pathOf(n++) }),
        onResponse: options.countCacheHeader
          ? (_status, _body, _context, headers) => {
              const entry = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'x-cache')
              const value = entry ? String(entry[1]) : 'none'
              cache[value] = (cache[value] ?? 0) + 1
            }
          : undefined,
      },
    ],
  })
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cache,
  }
}
