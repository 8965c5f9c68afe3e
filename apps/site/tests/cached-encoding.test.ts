import { request } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { useCachedSite } from './cache-harness.js'

interface Raw {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A request that keeps the body as sent (compressed or not). */
function raw(url: string, headers: Record<string, string>, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

describe('cache hits served precompressed', () => {
  const site = useCachedSite()

  it('answers a hit in the encoding the browser accepts, with the same page, length and ETag as the render', async () => {
    const url = `${site.siteUrl}/columns/news`
    const rendered = await raw(url, { 'accept-encoding': 'identity' })
    expect(rendered.headers['x-cache']).toBe('miss')
    const html = rendered.body.toString()

    const gzip = await raw(url, { 'accept-encoding': 'gzip' })
    expect(gzip.headers['x-cache']).toBe('hit')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(html)
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length)

    const brotli = await raw(url, { 'accept-encoding': 'br' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.body).toString()).toBe(html)

    const plain = await raw(url, { 'accept-encoding': 'identity' })
    expect(plain.headers['x-cache']).toBe('hit')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(html)

    for (const hit of [gzip, brotli, plain]) {
      expect(hit.headers.etag).toBe(rendered.headers.etag)
      expect(hit.headers.vary).toContain('Accept-Encoding')
      expect(hit.headers['content-type']).toBe(rendered.headers['content-type'])
      expect(hit.headers['content-security-policy']).toBe(rendered.headers['content-security-policy'])
      expect(hit.headers['cache-control']).toBe('no-cache')
    }
  })

  it('picks the same encoding as a render for a browser that accepts several', async () => {
    const browser = { 'accept-encoding': 'gzip, deflate, br' }
    const rendered = await raw(`${site.siteUrl}/columns/news?page=2`, browser)
    const hit = await raw(`${site.siteUrl}/columns/news?page=2`, browser)
    expect(rendered.headers['x-cache']).toBe('miss')
    expect(hit.headers['x-cache']).toBe('hit')
    expect(hit.headers['content-encoding']).toBe(rendered.headers['content-encoding'])
  })

  it('answers 304 to a revalidation of a cached page and sends no body to HEAD', async () => {
    const url = `${site.siteUrl}/articles/portal-article-2`
    const first = await raw(url, { 'accept-encoding': 'gzip' })
    expect(first.status).toBe(200)
    const revalidated = await raw(url, { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) })
    expect(revalidated.headers['x-cache']).toBe('hit')
    expect(revalidated.status).toBe(304)
    expect(revalidated.body.length).toBe(0)
    const changed = await raw(url, { 'accept-encoding': 'gzip', 'if-none-match': 'W/"other"' })
    expect(changed.status).toBe(200)
    const head = await raw(url, { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['x-cache']).toBe('hit')
    expect(head.body.length).toBe(0)
  })

  it('answers the render it stores from the stored form: compressed as a hit would be, same ETag, HEAD without body', async () => {
    const url = `${site.siteUrl}/columns/notices`
    const rendered = await raw(url, { 'accept-encoding': 'br' })
    expect(rendered.headers['x-cache']).toBe('miss')
    expect(rendered.headers['content-encoding']).toBe('br')
    expect(Number(rendered.headers['content-length'])).toBe(rendered.body.length)
    const html = brotliDecompressSync(rendered.body).toString()
    expect(html).toContain('<html lang="zh-CN"')
    const hit = await raw(url, { 'accept-encoding': 'gzip' })
    expect(hit.headers['x-cache']).toBe('hit')
    expect(gunzipSync(hit.body).toString()).toBe(html)
    expect(hit.headers.etag).toBe(rendered.headers.etag)

    const head = await raw(`${site.siteUrl}/columns/policies`, { 'accept-encoding': 'gzip' }, 'HEAD')
    expect([head.status, head.headers['x-cache'], head.body.length]).toEqual([200, 'miss', 0])
  })
})
