import { describe, expect, it } from 'vitest'

import { copiedHeaders, nginxConfig, staticFileFor } from '../src/site/nginx.js'

describe('nginx for the comparison', () => {
  it('maps page paths to files under the document root and refuses escapes', () => {
    expect(staticFileFor('/')).toBe('index.html')
    expect(staticFileFor('/columns/news')).toBe('columns/news')
    expect(staticFileFor('/articles/abc?x=1')).toBe('articles/abc')
    expect(() => staticFileFor('/../etc/passwd')).toThrow(/unsafe/)
  })

  it('copies the site security headers but not the ones nginx sets per response', () => {
    const headers = new Headers({
      'content-security-policy': "default-src 'self'",
      'x-frame-options': 'SAMEORIGIN',
      'cache-control': 'no-cache',
      etag: 'W/"1"',
      'content-length': '10',
      'x-cache': 'hit',
      vary: 'Accept-Encoding',
    })
    expect(copiedHeaders(headers)).toEqual({ 'cache-control': 'no-cache', 'content-security-policy': "default-src 'self'", 'x-frame-options': 'SAMEORIGIN' })
  })

  it('writes a config on the given loopback port with gzip_static and quoted headers', () => {
    const config = nginxConfig({ prefix: '/tmp/p', root: '/tmp/p/www', port: 8123, headers: { 'content-security-policy': `default-src 'self'; a "b"` } })
    expect(config).toContain('listen 127.0.0.1:8123;')
    expect(config).toContain('worker_processes auto;')
    expect(config).toContain('gzip_static on;')
    expect(config).toContain(`add_header content-security-policy "default-src 'self'; a \\"b\\"" always;`)
    expect(() => nginxConfig({ prefix: '/p', root: '/p/www', port: 1, headers: { x: '$host' } })).toThrow(/cannot be written/)
  })
})
