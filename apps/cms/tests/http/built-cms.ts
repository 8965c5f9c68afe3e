import { rm } from 'node:fs/promises'
import { join } from 'node:path'

import { freePort, startCms, tempDataDirectory, testSecret } from '@govsite/process-harness'

export const DEMO_PASSWORD = 'demo-password-http-2026'

export interface BuiltCms {
  port: number
  /** `http://127.0.0.1:<port>`: where the tests connect (the Host they send is up to each test). */
  url: string
  serviceSecret: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * The built CMS server (custom server, Next.js, Payload) on loopback with the demo platform seeded
 * on a fresh SQLite file; `env(port)` adds or overrides settings. Resolves once it says it started.
 */
export async function startBuiltCms(env: (port: number) => Record<string, string> = () => ({})): Promise<BuiltCms> {
  const directory = await tempDataDirectory('govsite-http-')
  const port = await freePort()
  const serviceSecret = testSecret()
  const cms = await startCms(
    {
      PAYLOAD_SECRET: testSecret(),
      DATABASE_URL: `file:${join(directory, 'govsite.db')}`,
      MEDIA_DIR: join(directory, 'media'),
      CMS_PORT: String(port),
      HOST: '127.0.0.1',
      CMS_PUBLIC_URL: `http://localhost:${port}`,
      DEMO_PASSWORD,
      SITE_SERVICE_SECRET: serviceSecret,
      ...env(port),
    },
    { timeoutMs: 240_000 },
  )
  return {
    port,
    url: cms.url,
    serviceSecret,
    output: cms.output,
    stop: async () => {
      await cms.stop()
      await rm(directory, { recursive: true, force: true })
    },
  }
}

export interface HttpAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw HTTP request (any Host, any path bytes), answered or status 0 when the connection closed without an answer. */
export async function httpRequest(
  cms: BuiltCms,
  method: string,
  path: string,
  options: { headers?: Record<string, string | number>; body?: string | Buffer } = {},
): Promise<HttpAnswer> {
  const { request } = await import('node:http')
  return new Promise((resolve) => {
    const body = options.body
    const req = request(
      {
        host: '127.0.0.1',
        port: cms.port,
        method,
        path,
        headers: { host: `localhost:${cms.port}`, ...(body === undefined ? {} : { 'content-length': Buffer.byteLength(body) }), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', () => resolve({ status: 0, headers: {}, body: '' }))
      },
    )
    req.on('error', () => resolve({ status: 0, headers: {}, body: '' }))
    req.setTimeout(30_000, () => req.destroy())
    req.end(body)
  })
}

/** JWT of a demo account (`<who>@example.gov.cn`), logged in over REST. */
export async function demoToken(cms: BuiltCms, who: string): Promise<string> {
  const answer = await httpRequest(cms, 'POST', '/api/users/login', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${who}@example.gov.cn`, password: DEMO_PASSWORD }),
  })
  if (answer.status !== 200) throw new Error(`login ${who}: HTTP ${answer.status} ${answer.body}`)
  return (JSON.parse(answer.body) as { token: string }).token
}
