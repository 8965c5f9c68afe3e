import type { SanitizedConfig } from 'payload'

import { graphqlHandler as projectGraphqlHandler, restHandlers } from '../../src/api/route-handlers'

export interface ApiResponse {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * The REST and GraphQL route handlers Next.js mounts at /api (Payload's, in the refusal shape),
 * called with real Web requests in-process: the same stack as over HTTP, without a server per
 * test file.
 */
export function apiClient(config: SanitizedConfig | Promise<SanitizedConfig>) {
  const rest = restHandlers(config)
  const graphqlHandler = projectGraphqlHandler(config)

  const headers = (token?: string): Record<string, string> => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
  })

  async function parse(response: Response): Promise<ApiResponse> {
    const text = await response.text()
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers }
  }

  return {
    async rest(method: Method, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse> {
      const url = new URL(`http://localhost/api/${path}`)
      const request = new Request(url, {
        method,
        headers: { ...headers(options.token), ...options.headers },
        ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
      })
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent)
      return parse(await rest[method](request, { params: Promise.resolve({ slug }) }))
    },
    /**
     * Multipart upload, as the admin sends files: the document as `_payload` JSON plus the file.
     * POST creates a media document; PATCH replaces the file of an existing one (the admin's 替换文件).
     */
    async upload(
      path: string,
      options: { token?: string; data: Record<string, unknown>; file: Blob; filename: string; method?: 'POST' | 'PATCH' },
    ): Promise<ApiResponse> {
      const form = new FormData()
      form.append('_payload', JSON.stringify(options.data))
      form.append('file', options.file, options.filename)
      const url = new URL(`http://localhost/api/${path}`)
      const method = options.method ?? 'POST'
      const request = new Request(url, {
        method,
        headers: options.token ? { authorization: `JWT ${options.token}` } : {},
        body: form,
      })
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent)
      return parse(await rest[method](request, { params: Promise.resolve({ slug }) }))
    },
    /** A stored file as a browser downloads it (`/api/media/file/<name>`): status and bytes. */
    async file(path: string, token?: string): Promise<{ status: number; bytes: Buffer }> {
      const url = new URL(`http://localhost/api/${path}`)
      const request = new Request(url, { method: 'GET', headers: token ? { authorization: `JWT ${token}` } : {} })
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent)
      const response = await rest.GET(request, { params: Promise.resolve({ slug }) })
      return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
    },
    async graphql(query: string, variables: Record<string, unknown> = {}, token?: string, extraHeaders: Record<string, string> = {}): Promise<ApiResponse> {
      const request = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { ...headers(token), ...extraHeaders },
        body: JSON.stringify({ query, variables }),
      })
      return parse(await graphqlHandler(request))
    },
  }
}

export type ApiClient = ReturnType<typeof apiClient>
