import { setTimeout as sleep } from 'node:timers/promises'
import { gunzipSync } from 'node:zlib'

import { DEFAULT_DEMO_PASSWORD } from '@govsite/domain'

import type { SuiteContext } from '../suite.js'
import { startBackgroundLoad } from './background-load.js'
import { httpGet } from './http-get.js'
import { epochMs } from './load-test.js'
import { PAGES, type PageName } from './pages.js'
import type { PublishVisibleMeasurement } from './site-targets.js'
import { analyseVisibility, GRACE_MS, type Poll, type WorkflowEvent } from './visibility.js'

export interface PublishVisibleOptions {
  cms: string
  site: string
  host: string
  /** The cached pages loaded meanwhile; home and column are also polled for the test articles. */
  paths: Record<PageName, string>
  connections: number
  /** Publishes, each followed by its unpublish. */
  cycles: number
  acceptEncoding: string
}

/** Load before the first publish, so every page is cached and the load at full speed. */
const WARM_UP_MS = 3000
/** After each answer, polls go on at least this long, so the second after the grace period is checked too. */
const OBSERVE_MS = 2 * GRACE_MS
/** A change not visible by then is recorded as never visible. */
const GIVE_UP_MS = 10_000
const FULL_CHECKLIST = { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true, warningsAcknowledged: true }

/** Digits as Chinese numerals, so that test titles look like no number a content check could take for something else. */
const chineseDigits = (n: number) => String(n).replace(/\d/g, (digit) => '〇一二三四五六七八九'[Number(digit)]!)

/** Test article titles of one run, and which of them a page shows. */
function testTitles() {
  const run = chineseDigits(Math.floor(Math.random() * 9000) + 1000)
  const pattern = new RegExp(`发布时效测试${run}之([〇一二三四五六七八九]+)号`, 'g')
  const fromChinese = (digits: string) => Number([...digits].map((digit) => '〇一二三四五六七八九'.indexOf(digit)).join(''))
  return {
    title: (n: number) => `发布时效测试${run}之${chineseDigits(n)}号`,
    shownIn: (html: string) => [...html.matchAll(pattern)].map((match) => fromChinese(match[1]!)),
  }
}

/** REST calls to the CMS as one of the demo accounts. */
async function cmsSession(cms: string, who: string) {
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${who}@example.gov.cn`, password: DEFAULT_DEMO_PASSWORD }),
  })
  if (!login.ok) throw new Error(`login ${who}@example.gov.cn: HTTP ${login.status} ${(await login.text()).slice(0, 300)}`)
  const { token } = (await login.json()) as { token: string }
  return async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${cms}/api/${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${who}: ${method} /api/${path}: HTTP ${response.status} ${text.slice(0, 500)}`)
    return text ? (JSON.parse(text) as unknown) : undefined
  }
}

async function firstId(cms: string, query: string): Promise<string> {
  const { docs } = (await (await fetch(`${cms}/api/${query}&depth=0&limit=1`)).json()) as { docs: { id: string }[] }
  if (!docs[0]) throw new Error(`the CMS has nothing for ${query}`)
  return docs[0].id
}

/** Resolves once `condition` holds, or after `timeoutMs` either way. */
async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = epochMs() + timeoutMs
  while (!condition() && epochMs() < end) await sleep(10)
}

/**
 * Publish → visible under load: `connections` of autocannon (its own process) on the cached
 * homepage, column and article, while the demo editor and reviewer publish and unpublish a new
 * article `cycles` times through the CMS's REST workflow endpoint, and one client per page
 * (homepage, column, the test article) polls back to back. Measured from each workflow answer
 * until every page showed the change; the test articles are deleted (as the platform admin) at the end.
 */
export async function measurePublishVisible(context: SuiteContext, options: PublishVisibleOptions): Promise<PublishVisibleMeasurement> {
  const { cms } = options
  const [editor, reviewer, admin] = await Promise.all([cmsSession(cms, 'editor'), cmsSession(cms, 'reviewer'), cmsSession(cms, 'admin')])
  const site = await firstId(cms, 'sites?where[slug][equals]=portal')
  const column = await firstId(cms, `columns?where[site][equals]=${site}&where[slug][equals]=news`)
  const titles = testTitles()
  const created: string[] = []
  const removeTestArticles = async () => {
    while (created.length > 0) await admin('DELETE', `articles/${created.at(-1)}`).then(() => created.pop())
  }
  context.onCleanup(removeTestArticles)

  const load = await startBackgroundLoad(context, {
    origin: options.site,
    host: options.host,
    paths: Object.values(options.paths),
    connections: options.connections,
    acceptEncoding: options.acceptEncoding,
  })
  await sleep(WARM_UP_MS)

  const polls: Poll[] = []
  let current: { article: number; path: string } | undefined
  let polling = true
  const poll = async (page: PageName) => {
    while (polling) {
      const target = page === 'article' ? current : undefined
      const sentAt = epochMs()
      // A failed request shows nothing: a poll that missed the change.
      const fetched = await httpGet(options.site, options.host, target?.path ?? options.paths[page], options.acceptEncoding).catch(() => undefined)
      const receivedAt = epochMs()
      const body = fetched?.headers.get('content-encoding') === 'gzip' ? gunzipSync(fetched.body) : fetched?.body
      polls.push({
        page,
        article: target?.article,
        sentAt,
        receivedAt,
        status: fetched?.status ?? 0,
        etag: fetched?.headers.get('etag') ?? '',
        shown: titles.shownIn(body?.toString('utf8') ?? ''),
      })
    }
  }
  const pollers = PAGES.map(poll)

  const events: WorkflowEvent[] = []
  const transition = async (kind: WorkflowEvent['kind'], article: number, id: string, body: unknown) => {
    const requestedAt = epochMs()
    const since = polls.length
    await (kind === 'publish' ? editor : reviewer)('POST', `articles/${id}/workflow/${kind}`, body)
    const event = { kind, article, requestedAt, answeredAt: epochMs() }
    events.push(event)
    const changed = (p: Poll) =>
      p.sentAt >= event.answeredAt &&
      (p.page !== 'article' || p.article === article) &&
      (kind === 'publish') === (p.status === 200 && p.shown.includes(article))
    const seen = new Set<PageName>()
    let scanned = since
    await waitUntil(() => {
      for (; scanned < polls.length; scanned++) if (changed(polls[scanned]!)) seen.add(polls[scanned]!.page)
      return seen.size === PAGES.length
    }, GIVE_UP_MS)
    await sleep(Math.max(0, event.answeredAt + OBSERVE_MS - epochMs()))
  }
  try {
    for (let article = 1; article <= options.cycles; article++) {
      const draft = (await editor('POST', 'articles?draft=true', {
        title: titles.title(article),
        site,
        column,
        summary: '检验发布后公共网站在负载下多久显示新内容。',
      })) as { doc: { id: string } }
      const id = draft.doc.id
      created.push(id)
      current = { article, path: `/articles/${id}` }
      await editor('POST', `articles/${id}/workflow/submit`, {})
      await reviewer('POST', `articles/${id}/workflow/approve`, { checklist: FULL_CHECKLIST })
      await transition('publish', article, id, {})
      await transition('unpublish', article, id, { comment: '发布时效测试结束，撤回' })
      context.log(`publish → visible: ${article}/${options.cycles} published and unpublished`)
    }
  } finally {
    polling = false
    await Promise.all(pollers)
  }
  const { result, sentAtByEtag } = await load.stop()
  await removeTestArticles()
  return { connections: options.connections, load: result, ...analyseVisibility(events, polls, sentAtByEtag) }
}
