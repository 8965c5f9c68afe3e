import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { REST_GET } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export interface RestServer {
  /** `http://127.0.0.1:<port>`, the CMS address the public site is given. */
  url: string
  close: () => Promise<void>
}

/**
 * Payload's own REST GET handler (the one Next.js mounts at /api) on a loopback port, so the
 * public site's own client code can read the CMS over HTTP as it does in production.
 */
export async function serveRest(config: SanitizedConfig | Promise<SanitizedConfig>): Promise<RestServer> {
  const get = REST_GET(config)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const headers = Object.entries(req.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []))
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    get(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: unknown) => {
        res.writeHead(500)
        res.end(String(error))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
