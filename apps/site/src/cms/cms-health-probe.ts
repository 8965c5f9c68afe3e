/** Whether the CMS and its database answer, as `GET /healthz` reports it. */
export interface CmsProbe {
  status: 'ok' | 'error'
  latencyMs: number
  code?: string
}

/** Ask the CMS whether it and its database answer, within a short deadline. */
export async function probeCms(cmsUrl: string, timeoutMs = 2000): Promise<CmsProbe> {
  const startedAt = Date.now()
  try {
    const response = await fetch(`${cmsUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs) })
    const latencyMs = Date.now() - startedAt
    if (response.ok) return { status: 'ok', latencyMs }
    return { status: 'error', latencyMs, code: `cms.http_${response.status}` }
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return { status: 'error', latencyMs: Date.now() - startedAt, code: timedOut ? 'cms.timeout' : 'cms.unreachable' }
  }
}
