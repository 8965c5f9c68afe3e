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
  /** Load until this settles instead of for `durationSeconds` (which then only bounds the run). */
  until?: Promise<unknown>
  /** Each response's status and ETag, with the time its request was sent (epochMs). */
  onResponse?: (sentAt: number, status: number, etag: string) => void
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

/**
 * Milliseconds since the epoch by the wall clock, which the bench's processes read alike. (A
 * process's `performance.timeOrigin + now()` keeps the wall clock of its start: in a long run the
 * load process, started later, was seconds ahead of the measuring one.)
 */
export function epochMs(): number {
  return Date.now()
}

/** A response header by name, whatever its case. */
function header(headers: Record<string, string | string[] | undefined> | undefined, name: string): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)
  return entry ? String(entry[1]) : undefined
}

/** Run autocannon over loopback for the duration and summarise what the issue asks for. */
export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  let n = 0
  const cache: Record<string, number> = {}
  const { countCacheHeader, onResponse } = options
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
    const instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: { host: options.host, 'accept-encoding': options.acceptEncoding },
        requests: [
          {
            // The context is the connection's, which has one request in flight at a time.
            setupRequest: (request, context: { sentAt?: number }) => {
              if (onResponse) context.sentAt = epochMs()
              return { ...request, path: options.pathOf(n++) }
            },
            onResponse:
              countCacheHeader || onResponse
                ? (status, _body, context: { sentAt?: number }, headers) => {
                    if (countCacheHeader) {
                      const value = header(headers, 'x-cache') ?? 'none'
                      cache[value] = (cache[value] ?? 0) + 1
                    }
                    onResponse?.(context.sentAt ?? 0, status, header(headers, 'etag') ?? '')
                  }
                : undefined,
          },
        ],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolveRun(done)),
    )
    void options.until?.then(() => instance.stop())
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
