import type { Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSiteApp } from '../src/app.js'
import { close, serve } from './helpers.js'

describe('public site app', () => {
  let cms: { url: string; server: Server }
  let cmsStatus = 200
  const running: Server[] = []

  beforeAll(async () => {
    cms = await serve((req, res) => {
      res.writeHead(req.url === '/api/health' ? cmsStatus : 404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ status: cmsStatus === 200 ? 'ok' : 'error' }))
    })
    running.push(cms.server)
  })

  afterAll(async () => {
    await Promise.all(running.map(close))
  })

  async function site(cmsUrl: string): Promise<string> {
    const started = await serve(createSiteApp({ cmsUrl }))
    running.push(started.server)
    return started.url
  }

  it('reports itself and the CMS as healthy when the CMS answers', async () => {
    cmsStatus = 200
    const response = await fetch(`${await site(cms.url)}/healthz`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as Record<string, Record<string, unknown>>
    expect(body.status).toBe('ok')
    expect(body.site?.status).toBe('ok')
    expect(body.cms).toMatchObject({ url: cms.url, status: 'ok' })
  })

  it('stays up but reports degraded with a code when the CMS database fails', async () => {
    cmsStatus = 503
    const response = await fetch(`${await site(cms.url)}/healthz`)
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ status: 'degraded', site: { status: 'ok' }, cms: { status: 'error', code: 'cms.http_503' } })
  })

  it('reports an unreachable CMS', async () => {
    const gone = await serve((_req, res) => res.end())
    await close(gone.server)
    const response = await fetch(`${await site(gone.url)}/healthz`)
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ cms: { status: 'error', code: 'cms.unreachable' } })
  })

  it('answers pages with a Chinese 503 page while the CMS cannot say which site this is', async () => {
    const response = await fetch(`${await site(cms.url)}/no/such/page`)
    expect(response.status).toBe(503)
    const html = await response.text()
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true)
    expect(html).toContain('<h1>网站暂时无法访问</h1>')
  })
})
