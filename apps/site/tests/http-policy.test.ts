import { request } from 'node:http'

import { describe, expect, it } from 'vitest'

import { useSite } from './site-harness.js'

const fetchPage = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers })

describe('HTTP policy of public pages', () => {
  const site = useSite()

  it('sends security headers: CSP without scripts, no framing by other sites, nosniff, referrer policy', async () => {
    const response = await fetchPage(`${site.siteUrl}/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'none'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('lets browsers revalidate pages with an ETag and answers 304 when unchanged', async () => {
    const first = await fetchPage(`${site.siteUrl}/`)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    // A browser revalidating; fetch() would add `Cache-Control: no-cache` to a conditional request.
    const second = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      request(`${site.siteUrl}/`, { headers: { 'if-none-match': etag ?? '' } }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
        .on('error', reject)
        .end()
    })
    expect(second).toEqual({ status: 304, body: '' })
  })

  it('compresses pages with brotli or gzip as the browser asks', async () => {
    const brotli = await fetchPage(`${site.siteUrl}/`, { 'accept-encoding': 'br' })
    expect(brotli.headers.get('content-encoding')).toBe('br')
    expect(await brotli.text()).toContain('示例市人民政府')
    const gzip = await fetchPage(`${site.siteUrl}/`, { 'accept-encoding': 'gzip' })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    const plain = await fetchPage(`${site.siteUrl}/`, { 'accept-encoding': 'identity' })
    expect(plain.headers.get('content-encoding')).toBeNull()
  })
})
