import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { CollectionAfterChangeHook } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { NEEDS_TRANSACTIONS } from '../needs-transactions.mjs'
import { notifySiteOfStart, siteNotificationsSettled } from '../../src/site-notify/site-webhook'
import { runScheduledPublishes } from '../../src/workflow/scheduled-publish'
import { NOW, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const SECRET = 'int-test-webhook-secret-0123456789abcdef'

interface Received {
  headers: IncomingHttpHeaders
  body: string
  /** What `inspect` read from the database when the notification arrived. */
  seen?: unknown
}

function verified({ headers, body }: Received): boolean {
  const timestamp = String(headers['x-govsite-timestamp'])
  const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`
  const given = String(headers['x-govsite-signature'])
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected)) && Math.abs(Number(timestamp) - Date.now()) < 60_000
}

describe('CMS → site publish notification', () => {
  let f: WorkflowFixture
  let receiver: Server
  const received: Received[] = []
  let failNext = 0
  let inspect: (() => Promise<unknown>) | undefined

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = ''
      const answer = async () => {
        received.push({ headers: req.headers, body, seen: await inspect?.() })
        res.statusCode = failNext-- > 0 ? 500 : 204
        res.end()
      }
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      // The answer waits for the test's look at the database; a failed look fails the run as an unhandled rejection.
      req.on('end', () => void answer())
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    process.env.SITE_WEBHOOK_URL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/_hooks/invalidate`
    process.env.SITE_WEBHOOK_SECRET = SECRET
    f = await workflowFixture()
  })

  afterAll(async () => {
    delete process.env.SITE_WEBHOOK_URL
    delete process.env.SITE_WEBHOOK_SECRET
    await f?.cleanup()
    await new Promise((resolve) => receiver?.close(resolve))
  })

  beforeEach(async () => {
    await siteNotificationsSettled()
    received.length = 0
    failNext = 0
    inspect = undefined
    process.env.SITE_WEBHOOK_SECRET = SECRET
  })

  const bodies = () => received.map((r) => JSON.parse(r.body) as unknown)

  it('posts a signed publish notification after the publish committed, and nothing for submit/approve', async () => {
    const id = await f.articleIn('approved')
    expect(received).toHaveLength(0)
    await f.act('editorA', id, 'publish')
    await siteNotificationsSettled()
    expect(bodies()).toEqual([{ event: 'publish', collection: 'articles', id, site: f.siteA }])
    expect(received[0]!.headers['content-type']).toBe('application/json')
    expect(received[0]!.headers['x-govsite-signature']).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(verified(received[0]!)).toBe(true)

    await f.act('reviewerA', id, 'unpublish', { comment: '内容过时' })
    await siteNotificationsSettled()
    expect(bodies()[1]).toEqual({ event: 'unpublish', collection: 'articles', id, site: f.siteA })
    expect(verified(received[1]!)).toBe(true)
  })

  it('posts nothing for a refused publish', async () => {
    const id = await f.articleIn('in_review')
    await expect(f.act('editorA', id, 'publish')).rejects.toMatchObject({ status: 409 })
    await siteNotificationsSettled()
    expect(received).toHaveLength(0)
  })

  it('posts nothing for a publish that was rolled back', { tags: [NEEDS_TRANSACTIONS] }, async () => {
    const id = await f.articleIn('approved')
    const hooks = f.payload.collections.articles.config.hooks.afterChange
    const failing: CollectionAfterChangeHook = () => {
      throw new Error('simulated failure after the write')
    }
    hooks.push(failing)
    try {
      await expect(f.act('editorA', id, 'publish')).rejects.toThrow('simulated failure')
    } finally {
      hooks.splice(hooks.indexOf(failing), 1)
    }
    await siteNotificationsSettled()
    expect(received).toHaveLength(0)
    expect((await f.api.rest('GET', `articles/${id}`)).status).toBe(404)
  })

  it('notifies when a scheduled publication runs, not when it is scheduled', async () => {
    const id = await f.articleIn('approved')
    const publishAt = new Date(NOW.getTime() + 60 * 60_000)
    await f.act('editorA', id, 'publish', { publishAt: publishAt.toISOString() })
    await siteNotificationsSettled()
    expect(received).toHaveLength(0)
    await runScheduledPublishes(f.payload, new Date(publishAt.getTime() + 60_000))
    await siteNotificationsSettled()
    expect(bodies()).toEqual([{ event: 'scheduled-publish', collection: 'articles', id, site: f.siteA }])
    expect(verified(received[0]!)).toBe(true)
  })

  it('retries once when the site fails, and never fails the transition', async () => {
    const id = await f.articleIn('approved')
    failNext = 2
    await expect(f.act('editorA', id, 'publish')).resolves.toMatchObject({ live: true })
    await siteNotificationsSettled()
    expect(received).toHaveLength(2)
    expect(received[0]!.body).toBe(received[1]!.body)
  })

  it('announces its start, signed and naming no site: the site drops what a change committed before a crash left stale', async () => {
    await notifySiteOfStart()
    expect(bodies()).toEqual([{ event: 'cms-start' }])
    expect(verified(received[0]!)).toBe(true)
  })

  it('sends nothing when SITE_WEBHOOK_SECRET is unset', async () => {
    delete process.env.SITE_WEBHOOK_SECRET
    const id = await f.articleIn('approved')
    await f.act('editorA', id, 'publish')
    await siteNotificationsSettled()
    expect(received).toHaveLength(0)
  })

  it('tells the site after a change to its record committed, e.g. mourning mode, so the site reads the new state', async () => {
    inspect = async () => (await f.payload.findByID({ collection: 'sites', id: f.siteA, depth: 0 })).mourningMode
    const on = await f.api.rest('PATCH', `sites/${f.siteA}`, { token: f.tokenOf('platformAdmin'), body: { mourningMode: true } })
    expect(on.status).toBe(200)
    await siteNotificationsSettled()
    expect(bodies()).toEqual([{ event: 'site-change', collection: 'sites', id: f.siteA, site: f.siteA }])
    expect(received[0]!.seen).toBe(true)
    expect(verified(received[0]!)).toBe(true)
    await f.api.rest('PATCH', `sites/${f.siteA}`, { token: f.tokenOf('platformAdmin'), body: { mourningMode: false } })
    await siteNotificationsSettled()
    expect(received[1]!.seen).toBe(false)
  })

  it('tells the site when one of its columns changes (navigation on every page)', async () => {
    const renamed = await f.api.rest('PATCH', `columns/${f.columnA}`, { token: f.tokenOf('platformAdmin'), body: { name: '改名后的栏目' } })
    expect(renamed.status).toBe(200)
    await siteNotificationsSettled()
    expect(bodies()).toEqual([{ event: 'column-change', collection: 'columns', id: f.columnA, site: f.siteA }])
  })

  it('posts nothing for a site change that was rolled back', { tags: [NEEDS_TRANSACTIONS] }, async () => {
    const hooks = f.payload.collections.sites.config.hooks.afterChange
    const failing: CollectionAfterChangeHook = () => {
      throw new Error('simulated failure after the write')
    }
    hooks.push(failing)
    try {
      const refused = await f.api.rest('PATCH', `sites/${f.siteA}`, { token: f.tokenOf('platformAdmin'), body: { mourningMode: true } })
      expect(refused.status).toBeGreaterThanOrEqual(400)
    } finally {
      hooks.splice(hooks.indexOf(failing), 1)
    }
    await siteNotificationsSettled()
    expect(received).toHaveLength(0)
    expect((await f.payload.findByID({ collection: 'sites', id: f.siteA, depth: 0 })).mourningMode).not.toBe(true)
  })
})
