import { request } from 'node:http'

export interface Fetched {
  status: number
  headers: Headers
  body: Buffer
}

/**
 * GET over loopback with an explicit Host header (fetch cannot set one), the way a visitor's
 * browser reaches a site by its domain. The body is returned as sent (still compressed, if so).
 */
export function httpGet(origin: string, host: string, path: string, acceptEncoding = 'identity'): Promise<Fetched> {
  return new Promise((resolveGet, reject) => {
    const req = request(new URL(path, origin), { headers: { host, 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
        }
        resolveGet({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}
