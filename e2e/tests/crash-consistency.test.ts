import { randomBytes } from 'node:crypto'
import { watch } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, demoTokens, FULL_CHECKLIST } from './harness/demo-platform.js'
import { freePort, startCms, startSite, tempDataDirectory, testSecret, type RunningApp } from '@govsite/process-harness'

/** Every collection the review workflow manages. */
const WORKFLOW_COLLECTIONS = ['articles', 'policy-documents', 'interpretations', 'notices', 'messages', 'faqs', 'surveys'] as const
const GOES_LIVE = new Set(['publish', 'publish-with-policy', 'scheduled-publish'])
const SITE_PATHS: Record<string, string> = { articles: 'articles', 'policy-documents': 'policies', interpretations: 'interpretations' }

/** Stands between the CMS and the site's invalidation hook: forwards each notification, or loses it while `losing`. */
class WebhookRelay {
  losing = false
  readonly lost: unknown[] = []
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(siteHookUrl: string): Promise<WebhookRelay> {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const relay = new WebhookRelay(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/_hooks/invalidate`)
    server.on('request', (req: IncomingMessage, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        if (relay.losing) {
          relay.lost.push(JSON.parse(body))
          res.writeHead(204).end()
          return
        }
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        for (const name of ['x-govsite-timestamp', 'x-govsite-signature']) headers[name] = String(req.headers[name] ?? '')
        fetch(siteHookUrl, { method: 'POST', headers, body })
          .then((answer) => res.writeHead(answer.status).end())
          .catch(() => res.writeHead(502).end())
      })
    })
    return relay
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

/**
 * Resolves when SQLite next writes to the database's WAL file: for a transaction of a few pages
 * that is its COMMIT (pages are written to the WAL only when it commits or its cache spills).
 */
function nextWalWrite(walFile: string): { written: Promise<void>; close: () => void } {
  let close = () => {}
  const written = new Promise<void>((resolve) => {
    const watcher = watch(walFile, () => resolve())
    close = () => watcher.close()
  })
  return { written, close }
}

/** mulberry32: the kill schedule is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Doc = Record<string, unknown> & { id: string }
interface Target {
  collection: string
  id: string
  title: string
}
/** What "old state or new state" is judged on. */
interface DocState {
  reviewState: unknown
  status: unknown
  published: boolean
  live: boolean
  versions: number
  audit: string[]
}

/**
 * SIGKILL in the middle of a publish (R-REVIEW-BEFORE-PUBLISH, R-POLICY-INTERP): the built CMS
 * and site on one SQLite file, the CMS killed at seeded moments while publish and unpublish
 * requests (one of them an important policy published with its interpretations, one
 * transaction) are under way, then restarted on the same data. Every document is wholly in its
 * old or its new state, the audit log and the search index agree with it, and the site serves
 * nothing the database does not have published — even when the CMS died before telling the site.
 */
describe('killing the CMS in the middle of a publish', () => {
  let cms: RunningApp
  let site: RunningApp
  let relay: WebhookRelay
  let cmsEnv: Record<string, string>
  let walFile = ''
  let dataDirectory = ''
  let tokens: Record<string, string> = {}
  let portal = ''
  const columns: Record<string, string> = {}

  const api = async (who: string | null, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' }
    if (who) headers.authorization = `JWT ${tokens[who]}`
    const response = await fetch(`${cms.url}/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }
  const ok = async (who: string, method: string, path: string, body?: unknown) => {
    const answer = await api(who, method, path, body)
    if (answer.status !== 200 && answer.status !== 201) throw new Error(`${method} ${path}: HTTP ${answer.status} ${JSON.stringify(answer.json)}`)
    return answer.json
  }
  const all = async (path: string): Promise<Doc[]> =>
    ((await ok('admin', 'GET', `${path}${path.includes('?') ? '&' : '?'}depth=0&pagination=false`)) as { docs: Doc[] }).docs

  async function restartCms(): Promise<void> {
    cms = await startCms(cmsEnv)
    tokens = await demoTokens(cms.url, ['editor', 'reviewer', 'admin'])
  }

  async function stateOf({ collection, id }: Target): Promise<DocState> {
    const latest = (await ok('admin', 'GET', `${collection}/${id}?draft=true&depth=0`)) as Doc
    const visitor = await api(null, 'GET', `${collection}/${id}?depth=0`)
    const versions = await all(`${collection}/versions?where[parent][equals]=${id}`)
    const audit = await all(`audit-logs?where[documentId][equals]=${id}&sort=createdAt`)
    return {
      reviewState: latest.reviewState,
      status: latest._status,
      published: Boolean(latest.publishedAt),
      live: visitor.status === 200,
      versions: versions.length,
      audit: audit.map((entry) => String(entry.action)),
    }
  }

  /**
   * Over the whole platform: each workflow document's state is the one its last audit entry
   * moved it to, and the public sees it exactly when its audit trail says it went live.
   */
  async function expectPlatformConsistent(): Promise<void> {
    const audit = await all('audit-logs?sort=createdAt')
    for (const collection of WORKFLOW_COLLECTIONS) {
      const live = new Set((await all(`${collection}?where[_status][equals]=published`)).map((doc) => doc.id))
      for (const doc of await all(`${collection}?draft=true`)) {
        const trail = audit.filter((entry) => entry.targetCollection === collection && entry.documentId === doc.id)
        expect(doc.reviewState, `${collection} ${doc.id} state vs audit`).toBe(trail.at(-1)?.toState ?? 'draft')
        const switches = trail.filter((entry) => GOES_LIVE.has(String(entry.action)) || entry.action === 'unpublish')
        expect(live.has(doc.id), `${collection} ${doc.id} live vs audit`).toBe(GOES_LIVE.has(String(switches.at(-1)?.action)))
      }
    }
  }

  /** The search index and the public site agree with the database about `target`. */
  async function expectPublicViewsAgree(target: Target, live: boolean): Promise<void> {
    const search = (await (await fetch(`${cms.url}/api/search?q=${encodeURIComponent(target.title)}&site=portal`)).json()) as { hits: { id: string }[] }
    expect(
      search.hits.some((hit) => hit.id === target.id),
      `search finds ${target.title}`,
    ).toBe(live)
    const page = await fetch(`${site.url}/${SITE_PATHS[target.collection]}/${target.id}`)
    expect(page.status, `site page of ${target.title}`).toBe(live ? 200 : 404)
    if (!live) expect(await (await fetch(`${site.url}/`)).text()).not.toContain(target.title)
  }

  /** Cache the pages that show `targets` (and the homepage) on the site. */
  async function warmSite(targets: Target[]): Promise<void> {
    for (const path of ['/', ...targets.map((target) => `/${SITE_PATHS[target.collection]}/${target.id}`)]) {
      await (await fetch(`${site.url}${path}`)).text()
      await (await fetch(`${site.url}${path}`)).text()
    }
  }

  async function draft(collection: string, data: Record<string, unknown>): Promise<Target> {
    const created = (await ok('editor', 'POST', `${collection}?draft=true`, { site: portal, ...data })) as { doc: Doc }
    return { collection, id: created.doc.id, title: String(data.title) }
  }
  async function approve(target: Target): Promise<void> {
    await ok('editor', 'POST', `${target.collection}/${target.id}/workflow/submit`, {})
    await ok('reviewer', 'POST', `${target.collection}/${target.id}/workflow/approve`, { checklist: FULL_CHECKLIST })
  }

  beforeAll(async () => {
    dataDirectory = await tempDataDirectory()
    walFile = `${dataDirectory}/govsite.db-wal`
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    const webhookSecret = testSecret()
    const serviceSecret = testSecret()
    relay = await WebhookRelay.start(`http://127.0.0.1:${sitePort}/_hooks/invalidate`)
    cmsEnv = {
      PAYLOAD_SECRET: testSecret(),
      DATABASE_URL: `file:${dataDirectory}/govsite.db`,
      MEDIA_DIR: `${dataDirectory}/media`,
      CMS_PORT: String(cmsPort),
      CMS_PUBLIC_URL: `http://127.0.0.1:${cmsPort}`,
      DEMO_PASSWORD,
      SITE_WEBHOOK_URL: relay.url,
      SITE_WEBHOOK_SECRET: webhookSecret,
      SITE_SERVICE_SECRET: serviceSecret,
    }
    site = await startSite({
      SITE_PORT: String(sitePort),
      CMS_URL: `http://127.0.0.1:${cmsPort}`,
      SITE_WEBHOOK_SECRET: webhookSecret,
      SITE_SERVICE_SECRET: serviceSecret,
    })
    await restartCms()
    portal = ((await ok('admin', 'GET', 'sites?where[slug][equals]=portal&depth=0')) as { docs: Doc[] }).docs[0]!.id
    for (const kind of ['news', 'policy', 'interpretation']) {
      columns[kind] = ((await ok('admin', 'GET', `columns?where[site][equals]=${portal}&where[kind][equals]=${kind}&depth=0`)) as { docs: Doc[] }).docs[0]!.id
    }
  })

  afterAll(async () => {
    await Promise.all([cms?.stop(), site?.stop(), relay?.close()])
    if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true })
  })

  it('starts from a consistent demo platform', async () => {
    await expectPlatformConsistent()
  })

  it('does not serve a withdrawn page after a crash that lost its notification to the site', async () => {
    const [newest] = await all(`articles?where[site][equals]=${portal}&where[column][equals]=${columns.news}&sort=-publishedAt&limit=1`)
    const target: Target = { collection: 'articles', id: newest!.id, title: String(newest!.title) }
    await warmSite([target])
    expect((await fetch(`${site.url}/articles/${target.id}`)).headers.get('x-cache')).toBe('hit')

    // The withdrawal commits; the CMS dies before its notification reaches the site.
    relay.losing = true
    await ok('reviewer', 'POST', `articles/${target.id}/workflow/unpublish`, { comment: '内容有误，撤下' })
    expect(relay.lost).toContainEqual({ event: 'unpublish', collection: 'articles', id: target.id, site: portal })
    expect((await fetch(`${site.url}/articles/${target.id}`)).status).toBe(200)
    await cms.kill('SIGKILL')
    relay.losing = false

    await restartCms()
    expect((await stateOf(target)).live).toBe(false)
    await expectPublicViewsAgree(target, false)
  }, 300_000)

  it('leaves every document wholly old or wholly new when killed at seeded moments inside publishes', async () => {
    const tag = randomBytes(3).toString('hex')
    // How long an uninterrupted publish takes on a freshly started CMS here (each kill below hits
    // one), so the kills land around the transaction.
    const probe = await draft('articles', { title: `断电测试计时新闻${tag}`, column: columns.news })
    await approve(probe)
    await cms.stop()
    await restartCms()
    const started = Date.now()
    await ok('editor', 'POST', `articles/${probe.id}/workflow/publish`, {})
    const publishMs = Date.now() - started

    const runs: { label: string; targets: Target[]; action: string; body: Record<string, unknown> }[] = []
    for (let i = 1; i <= 4; i++) {
      const article = await draft('articles', { title: `断电测试新闻${tag}-${i}`, column: columns.news, summary: '发布过程中进程被强制终止的测试。' })
      await approve(article)
      runs.push({ label: `publish ${article.title}`, targets: [article], action: 'publish', body: {} })
    }
    for (let i = 1; i <= 2; i++) {
      const policy = await draft('policy-documents', {
        title: `断电测试重要政策${tag}-${i}`,
        column: columns.policy,
        issuingAgency: '示例市人民政府办公室',
        documentNumber: `示政办发〔2026〕${90 + i}号`,
        important: true,
      })
      const interpretations = [
        await draft('interpretations', { title: `断电测试政策解读${tag}-${i}甲`, column: columns.interpretation, form: 'text', policies: [policy.id] }),
        await draft('interpretations', { title: `断电测试政策解读${tag}-${i}乙`, column: columns.interpretation, form: 'qa', policies: [policy.id] }),
      ]
      for (const interpretation of interpretations) await approve(interpretation)
      await approve(policy)
      runs.push({ label: `publish ${policy.title} with its interpretations`, targets: [policy, ...interpretations], action: 'publish', body: {} })
    }
    const published = await all(`articles?where[site][equals]=${portal}&where[_status][equals]=published&sort=-publishedAt&limit=3`)
    for (const doc of published.slice(1)) {
      const withdrawn: Target = { collection: 'articles', id: doc.id, title: String(doc.title) }
      runs.push({ label: `unpublish ${withdrawn.title}`, targets: [withdrawn], action: 'unpublish', body: { comment: '断电测试撤下' } })
    }

    // Half the kills at a seeded time within a publish's duration, half a few seeded milliseconds
    // after its COMMIT began writing the WAL (kills during and just after the commit).
    const random = seeded(20261130)
    const schedule = runs
      .map((run, index) => ({ run, order: random(), atCommit: index % 2 === 0, delayMs: Math.floor(random() * publishMs) }))
      .sort((a, b) => a.order - b.order)
      .map((entry) => (entry.atCommit ? { ...entry, delayMs: entry.delayMs % 8 } : entry))
    const outcomes: string[] = []
    for (const { run, atCommit, delayMs } of schedule) {
      const [main] = run.targets
      await warmSite(run.targets)
      const before = await Promise.all(run.targets.map(stateOf))

      const wal = nextWalWrite(walFile)
      let settled = false
      const request = fetch(`${cms.url}/api/${main!.collection}/${main!.id}/workflow/${run.action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[run.action === 'publish' ? 'editor' : 'reviewer']}` },
        body: JSON.stringify(run.body),
      })
        .then(
          (response) => `HTTP ${response.status}`,
          () => 'no answer',
        )
        .finally(() => (settled = true))
      if (atCommit) await Promise.race([wal.written, request])
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      const answeredBeforeKill = settled
      await cms.kill('SIGKILL')
      wal.close()
      const answer = await request
      await restartCms()

      const after = await Promise.all(run.targets.map(stateOf))
      const old = before
      const expected = before.map((state, index): DocState => ({
        reviewState: run.action === 'publish' ? 'published' : 'withdrawn',
        status: run.action === 'publish' ? 'published' : 'draft',
        published: run.action === 'publish' ? true : state.published,
        live: run.action === 'publish',
        versions: state.versions + 1,
        audit: [...state.audit, run.action === 'unpublish' ? 'unpublish' : index === 0 ? 'publish' : 'publish-with-policy'],
      }))
      const outcome = JSON.stringify(after) === JSON.stringify(old) ? 'old' : JSON.stringify(after) === JSON.stringify(expected) ? 'new' : 'mixed'
      outcomes.push(
        `${run.label}: killed ${delayMs} ms after ${atCommit ? 'its commit began' : 'sending it'} (${answeredBeforeKill ? answer : 'no answer yet'}) → ${outcome}`,
      )
      expect(outcome, `${run.label} after ${delayMs} ms:\n${JSON.stringify({ before, after }, null, 1)}`).not.toBe('mixed')
      if (answeredBeforeKill) expect(answer, `${run.label} answered before the kill`).toBe('HTTP 200')
      if (answer === 'HTTP 200') expect(outcome, `${run.label} was answered 200`).toBe('new')
      for (const [index, target] of run.targets.entries()) await expectPublicViewsAgree(target, after[index]!.live)
      await expectPlatformConsistent()
    }
    console.log(`SIGKILL schedule (seed 20261130, an uninterrupted publish took ${publishMs} ms):\n  ${outcomes.join('\n  ')}`)
    // Eight CMS restarts.
  }, 1_200_000)
})
