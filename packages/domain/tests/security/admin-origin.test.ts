import { describe, expect, it } from 'vitest'

import { adminOriginDecision } from '../../src/index.js'

const ALLOWED = ['http://localhost:3000', 'https://cms.example.gov.cn']
const request = (method: string, path: string, host: string | null, origin: string | null = null) => ({ method, path, host, origin })

describe('admin origins (CMS_PUBLIC_URL + CMS_ALLOWED_ORIGINS)', () => {
  it('lets writes from an allowed origin and requests without an Origin (servers, the public site) through', () => {
    expect(adminOriginDecision(request('PATCH', '/api/articles/1', 'localhost:3000', 'http://localhost:3000'), ALLOWED)).toEqual({ kind: 'pass' })
    expect(adminOriginDecision(request('POST', '/api/articles', 'cms.example.gov.cn', 'https://cms.example.gov.cn'), ALLOWED)).toEqual({ kind: 'pass' })
    expect(adminOriginDecision(request('POST', '/api/public/messages', '127.0.0.1:3000'), ALLOWED)).toEqual({ kind: 'pass' })
  })

  it.each(['http://127.0.0.1:3000', 'https://localhost:3000', 'http://cms.example.gov.cn', 'null', 'http://evil.example.com'])(
    'refuses a write sent from %s, naming the address to use',
    (origin) => {
      for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
        const decision = adminOriginDecision(request(method, '/api/articles/1', '127.0.0.1:3000', origin), ALLOWED)
        expect(decision).toMatchObject({ kind: 'refuse', code: 'auth.origin_forbidden' })
        if (decision.kind === 'refuse') {
          expect(decision.message).toContain(`“${origin}”不是允许使用的管理后台地址`)
          expect(decision.message).toContain('http://localhost:3000/admin')
        }
      }
    },
  )

  it('sends admin pages on another host to the canonical login, and leaves the API and allowed hosts alone', () => {
    for (const path of ['/admin', '/admin/login', '/admin/collections/articles/1']) {
      expect(adminOriginDecision(request('GET', path, '127.0.0.1:3000'), ALLOWED)).toEqual({ kind: 'redirect', location: 'http://localhost:3000/admin/login' })
    }
    expect(adminOriginDecision(request('GET', '/admin', null), ALLOWED)).toMatchObject({ kind: 'redirect' })
    expect(adminOriginDecision(request('GET', '/admin', 'LOCALHOST:3000'), ALLOWED)).toEqual({ kind: 'pass' })
    expect(adminOriginDecision(request('GET', '/admin', 'cms.example.gov.cn'), ALLOWED)).toEqual({ kind: 'pass' })
    expect(adminOriginDecision(request('GET', '/administrator', '127.0.0.1:3000'), ALLOWED)).toEqual({ kind: 'pass' })
    expect(adminOriginDecision(request('GET', '/api/articles', '127.0.0.1:3000'), ALLOWED)).toEqual({ kind: 'pass' })
  })
})
