import { createHmac } from 'node:crypto'
import type { Server } from 'node:http'

import { afterAll, beforeAll } from 'vitest'

import { createSiteApp } from '../src/app.js'
import { PageCache } from '../src/cache/page-cache.js'
import { createFakeCms, type FakeCms } from './fake-cms.js'
import { handMadeCollections } from './hand-made-fixtures.js'
import { close, get, serve } from './helpers.js'

export const SECRET = 'test-webhook-secret-0123456789abcdef'
export const TTL_MS = 300_000

/** The site with a page cache, a webhook secret and one injected clock, in front of a fake CMS. */
export function useCachedSite(options: { secret?: string | undefined } = { secret: SECRET }) {
  const state = {
    clock: Date.parse('2026-03-01T08:00:00Z'),
  } as {
    clock: number
    cms: FakeCms
    cache: PageCache
    siteUrl: string
    get: (path: string, host?: string) => ReturnType<typeof get>
    cmsCalls: () => number
  }
  const servers: Server[] = []
  beforeAll(async () => {
    state.cms = createFakeCms(handMadeCollections())
    const cms = await serve(state.cms.handler)
    state.cache = new PageCache({ ttlMs: TTL_MS, now: () => state.clock })
    const app = createSiteApp({ cmsUrl: cms.url, webhookSecret: options.secret }, { cache: state.cache, now: () => new Date(state.clock) })
    const site = await serve(app)
    servers.push(cms.server, site.server)
    state.siteUrl = site.url
    state.get = (path, host) => get(`${site.url}${path}`, host)
    state.cmsCalls = () => state.cms.requests.length
  })
  afterAll(async () => {
    await Promise.all(servers.map(close))
  })
  return state
}

export interface HookCall {
  body?: string
  timestamp?: string | undefined
  signature?: string | undefined
}

export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/** POST a notification, signed correctly with `SECRET` at `clock` unless overridden. */
export async function postHook(siteUrl: string, clock: number, payload: unknown, override: HookCall = {}) {
  const body = override.body ?? JSON.stringify(payload)
  const timestamp = 'timestamp' in override ? override.timestamp : String(clock)
  const signature = 'signature' in override ? override.signature : sign(SECRET, timestamp ?? '', body)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (timestamp !== undefined) headers['x-govsite-timestamp'] = timestamp
  if (signature !== undefined) headers['x-govsite-signature'] = signature
  const response = await fetch(`${siteUrl}/_hooks/invalidate`, { method: 'POST', headers, body })
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as { code: string; message: string }) : undefined }
}
