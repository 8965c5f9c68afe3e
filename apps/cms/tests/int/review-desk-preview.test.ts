import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { PREVIEW_TOKEN_TTL_MS } from '@govsite/domain'
import { signPreviewToken } from '@govsite/node-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSiteApp } from '../../../site/src/app'
import { currentTime, setClock } from '../../src/shared/clock'
import { serveRest, type RestServer } from './rest-server'
import { NOW, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const SECRET = 'preview-secret-0123456789abcdef0123456789'
const LIVE_TITLE = '关于做好冬季安全生产工作的通知'
const REVIEWED_TITLE = '关于做好冬季消防安全工作的通知（修订稿）'

describe('preview of the version under review on the public site (/_preview/<token>)', () => {
  let f: WorkflowFixture
  let rest: RestServer
  let site: Server
  let siteUrl: string
  let id: string
  let now = NOW

  const issue = (persona: 'reviewerA' | 'reviewerB' | 'editorA', collection = 'articles', docId = id) =>
    f.api.rest('POST', 'review-desk/preview', { token: f.tokenOf(persona), body: { collection, id: docId } })
  const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1)
  const cmsAnswer = (token: string) => f.api.rest('GET', `review-desk/preview/${token}`)
  const page = async (url: string) => {
    const response = await fetch(url)
    return { status: response.status, html: await response.text(), headers: response.headers }
  }
  const latestVersion = async () =>
    String(
      (await f.payload.findVersions({ collection: 'articles', where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] }, limit: 1 })).docs[0]
        ?.id,
    )

  beforeAll(async () => {
    f = await workflowFixture()
    setClock(() => now)
    rest = await serveRest(f.config)
    // The real public site, reading the CMS over loopback HTTP with the shared secret and the same clock.
    site = createServer(createSiteApp({ cmsUrl: rest.url, webhookSecret: SECRET, cacheTtlSeconds: 300 }, { now: currentTime }))
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`

    id = await f.articleIn('published')
    await f.payload.update({
      collection: 'articles',
      id,
      data: { title: REVIEWED_TITLE },
      draft: true,
      user: await f.userDoc('editorA'),
      overrideAccess: false,
    })
    await f.act('editorA', id, 'submit')
    // Set after publishing: only the previews need the shared secret here.
    Object.assign(process.env, { SITE_WEBHOOK_SECRET: SECRET, SITE_PREVIEW_URL: siteUrl })
  })

  afterAll(async () => {
    setClock(() => new Date())
    for (const name of ['SITE_WEBHOOK_SECRET', 'SITE_PREVIEW_URL']) delete process.env[name]
    await new Promise<void>((resolve) => site?.close(() => resolve()))
    await rest?.close()
    await f?.cleanup()
  })

  it('renders exactly the version under review for the reviewer, never cached nor indexed, while the public page stays as published', async () => {
    now = NOW
    const issued = await issue('reviewerA')
    expect(issued.status).toBe(200)
    const url = String(issued.body.url)
    expect(url.startsWith(`${siteUrl}/_preview/`)).toBe(true)
    expect(issued.body.expiresAt).toBe(new Date(NOW.getTime() + PREVIEW_TOKEN_TTL_MS).toISOString())

    const preview = await page(url)
    expect(preview.status).toBe(200)
    expect(preview.html).toContain(REVIEWED_TITLE)
    expect(preview.html).toContain('预览：这是待审核的版本，尚未发布')
    expect(preview.headers.get('cache-control')).toBe('no-store')
    expect(preview.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(preview.headers.get('x-cache')).toBeNull()

    // Visitors still read the published version.
    const published = await f.api.rest('GET', `articles/${id}?depth=0`)
    expect(published.status).toBe(200)
    expect(published.body.title).toBe(LIVE_TITLE)

    // Ten minutes on, the same address is refused (by the site and by the CMS): nothing was kept.
    now = new Date(NOW.getTime() + PREVIEW_TOKEN_TTL_MS)
    const expired = await page(url)
    expect(expired.status).toBe(403)
    expect(expired.html).toContain('预览链接已过期')
    expect(expired.html).not.toContain(REVIEWED_TITLE)
    expect((await cmsAnswer(tokenOf(url))).body).toMatchObject({ code: 'preview.token_expired' })
    now = NOW
  })

  it('refuses tampered tokens with a Chinese page, on the site and at the CMS', async () => {
    const token = tokenOf(String((await issue('reviewerA')).body.url))
    const [claims, signature] = token.split('.')
    const changed = JSON.parse(Buffer.from(claims!, 'base64url').toString('utf8'))
    const tampered = `${Buffer.from(JSON.stringify({ ...changed, id: 'another-document' })).toString('base64url')}.${signature}`
    const refused = await page(`${siteUrl}/_preview/${tampered}`)
    expect(refused.status).toBe(403)
    expect(refused.html).toContain('预览链接无效')
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expect((await cmsAnswer(tampered)).body).toMatchObject({ code: 'preview.token_invalid', message: expect.stringContaining('预览链接无效') })
    expect((await cmsAnswer('garbage')).status).toBe(403)
  })

  it('opens only the version it was issued for, and only for staff of the document’s site', async () => {
    const version = await latestVersion()
    const foreign = signPreviewToken(SECRET, { collection: 'articles', id, version, user: f.users.reviewerB.id, expiresAt: NOW.getTime() + 60_000 })
    expect((await cmsAnswer(foreign)).body).toMatchObject({ code: 'preview.forbidden' })
    expect((await issue('reviewerB')).status).toBe(404)

    const url = String((await issue('reviewerA')).body.url)
    // The editor changes the document: the version under review is another one now.
    await f.payload.update({
      collection: 'articles',
      id,
      data: { summary: '新的摘要。' },
      draft: true,
      user: await f.userDoc('editorA'),
      overrideAccess: false,
    })
    expect(await latestVersion()).not.toBe(version)
    const stale = await page(url)
    expect(stale.status).toBe(403)
    expect(stale.html).toContain('已不是待审版本')
    expect((await cmsAnswer(tokenOf(url))).body).toMatchObject({ code: 'preview.version_changed' })

    // A token for an older version of the same document, correctly signed, is refused too.
    const older = signPreviewToken(SECRET, { collection: 'articles', id, version, user: f.users.reviewerA.id, expiresAt: NOW.getTime() + 60_000 })
    expect((await cmsAnswer(older)).body).toMatchObject({ code: 'preview.version_changed' })
  })

  it('refuses what cannot be previewed, and says when previews are off', async () => {
    expect((await issue('reviewerA', 'messages')).body).toMatchObject({ code: 'preview.unsupported' })
    expect((await issue('reviewerA', 'users')).body).toMatchObject({ code: 'workflow.not_managed' })
    expect((await f.api.rest('POST', 'review-desk/preview', { token: f.tokenOf('reviewerA'), body: { id } })).status).toBe(400)
    expect((await f.api.rest('POST', 'review-desk/preview', { body: { collection: 'articles', id } })).body).toMatchObject({ code: 'auth.login_required' })
    delete process.env.SITE_WEBHOOK_SECRET
    try {
      const off = await issue('reviewerA')
      expect(off.status).toBe(503)
      expect(off.body).toMatchObject({ code: 'preview.disabled' })
    } finally {
      process.env.SITE_WEBHOOK_SECRET = SECRET
    }
  })
})
