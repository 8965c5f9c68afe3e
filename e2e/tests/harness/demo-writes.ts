import { randomBytes } from 'node:crypto'

import { FULL_CHECKLIST } from './demo-platform.js'

/** A 1×1 PNG; bytes after its IEND chunk make each upload a file of its own. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

export interface DemoApi {
  cmsUrl: string
  tokens: Record<string, string>
}

async function call(api: DemoApi, who: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${api.cmsUrl}/api/${path}`, {
    method,
    headers: { authorization: `JWT ${api.tokens[who]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${path} as ${who}: HTTP ${response.status} ${JSON.stringify(json)}`)
  return json
}

/** The portal's id and its news column's id. */
export async function portalNews(api: DemoApi): Promise<{ site: string; column: string }> {
  const sites = (await call(api, 'admin', 'GET', 'sites?where[slug][equals]=portal&depth=0')) as { docs: { id: string }[] }
  const site = sites.docs[0]!.id
  const columns = (await call(api, 'admin', 'GET', `columns?where[site][equals]=${site}&where[kind][equals]=news&depth=0`)) as { docs: { id: string }[] }
  return { site, column: columns.docs[0]!.id }
}

/** Upload a media file as the portal's editor: an image (with alt text) or a PDF attachment. */
export async function uploadMedia(api: DemoApi, site: string, kind: 'image' | 'pdf'): Promise<string> {
  const tag = randomBytes(8).toString('hex')
  const bytes =
    kind === 'image'
      ? Buffer.concat([PNG, randomBytes(2048)])
      : Buffer.from(
          `%PDF-1.4\n% ${tag} ${randomBytes(4096).toString('hex')}\n1 0 obj << >> endobj\nxref\n0 2\n0000000000 65535 f \ntrailer << /Size 2 >>\nstartxref\n0\n%%EOF\n`,
        )
  const form = new FormData()
  form.append('file', new Blob([bytes], { type: kind === 'image' ? 'image/png' : 'application/pdf' }), `${kind}-${tag}.${kind === 'image' ? 'png' : 'pdf'}`)
  form.append('_payload', JSON.stringify({ site, alt: kind === 'image' ? `示例图片 ${tag}` : undefined, caption: `备份测试 ${tag}` }))
  const response = await fetch(`${api.cmsUrl}/api/media`, { method: 'POST', headers: { authorization: `JWT ${api.tokens.editor}` }, body: form })
  const json = (await response.json()) as { doc?: { id: string } }
  if (!response.ok || !json.doc) throw new Error(`upload ${kind}: HTTP ${response.status} ${JSON.stringify(json)}`)
  return json.doc.id
}

/** A new portal news article taken through the whole workflow: draft, submit, approve, publish. */
export async function publishArticle(api: DemoApi, target: { site: string; column: string }, title: string, attachments: string[] = []): Promise<string> {
  const created = (await call(api, 'editor', 'POST', 'articles?draft=true', {
    title,
    site: target.site,
    column: target.column,
    summary: '平台备份与恢复演练中发布的新闻。',
    attachments,
  })) as { doc: { id: string } }
  const id = created.doc.id
  await call(api, 'editor', 'POST', `articles/${id}/workflow/submit`, {})
  await call(api, 'reviewer', 'POST', `articles/${id}/workflow/approve`, { checklist: FULL_CHECKLIST })
  await call(api, 'editor', 'POST', `articles/${id}/workflow/publish`, {})
  return id
}

/**
 * Keeps the CMS writing: each round uploads an attachment and publishes an article with it.
 * Records the ids it created, so a comparison knows which documents changed meanwhile.
 */
export class ContinuousPublisher {
  readonly articles: string[] = []
  readonly media: string[] = []
  completed = 0
  private stopped = false
  private failure: unknown
  private readonly running: Promise<void>

  constructor(api: DemoApi, target: { site: string; column: string }) {
    this.running = (async () => {
      for (let round = 1; !this.stopped; round++) {
        const media = await uploadMedia(api, target.site, 'pdf')
        this.media.push(media)
        const article = await publishArticle(api, target, `备份演练新闻 第${round}条`, [media])
        this.articles.push(article)
        this.completed++
      }
    })().catch((error: unknown) => {
      this.failure = error
    })
  }

  /** Resolves once `rounds` rounds in all have been completed. */
  async completedRounds(rounds: number): Promise<void> {
    while (this.completed < rounds) {
      if (this.failure) throw this.failure
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    await this.running
    if (this.failure) throw this.failure
  }
}
