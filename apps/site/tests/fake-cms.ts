import type { IncomingMessage, ServerResponse } from 'node:http'

import { parse } from 'qs-esm'

import { createFakePublicApi, type FakePublicApi } from './fake-public-api.js'
import { fakeSearch } from './fake-search.js'
import { FAKE_FILE, LARGE_FAKE_FILE } from './hand-made-fixtures.js'

/**
 * A fake CMS answering the REST queries the site's content client makes, on Payload-shaped JSON:
 * `where[...]` (parsed as Payload parses it) with the operators those queries use (equals, in,
 * not_in, exists, less_than_equal, greater_than; nested `and` and `or`), `sort`, `limit`, `page`,
 * `select`. Documents are stored as the CMS answers a detail page (depth 1; relations populated);
 * `depth=0` answers turn relations back into ids, as Payload does. Any other operator throws, so a
 * new query shape needs its answers checked against the real CMS (apps/cms/tests/int/site-contract.test.ts).
 */
export type Doc = Record<string, unknown> & { id: string }

export interface FakeCms {
  collections: Record<string, Doc[]>
  /** 'ok', or a failure to simulate on every `/api/*` request ('drop': connection closed unanswered). */
  mode: 'ok' | 'http500' | 'malformed' | 'not-json' | 'drop'
  /** `/api/public/*` (interaction) and `/api/qa`. */
  publicApi: FakePublicApi
  requests: URL[]
  /**
   * When set, each answer is computed as the request arrives (the data as it is then) and sent
   * once this resolves: a CMS read held in flight, or a slow CMS.
   */
  delay: (() => Promise<unknown>) | undefined
  /** The `accept-encoding` of each request, in the same order. */
  encodings: (string | undefined)[]
  handler: (req: IncomingMessage, res: ServerResponse) => void
}

const RELATIONS = ['site', 'column', 'parent', 'supersededBy']

function refId(value: unknown): unknown {
  return value && typeof value === 'object' && 'id' in value ? (value as Doc).id : value
}

function matches(doc: Doc, field: string, operator: string, value: string): boolean {
  const actual = refId(doc[field])
  const instant = (text: unknown) => new Date(String(text)).getTime()
  switch (operator) {
    case 'equals':
      return String(actual) === value
    case 'in':
      return value.split(',').includes(String(actual))
    case 'not_in':
      return !value.split(',').includes(String(actual))
    case 'exists':
      return (actual !== null && actual !== undefined) === (value === 'true')
    case 'less_than_equal':
      return actual !== null && actual !== undefined && instant(actual) <= instant(value)
    case 'greater_than':
      return actual !== null && actual !== undefined && instant(actual) > instant(value)
    default:
      throw new Error(`fake CMS: unsupported operator ${operator}`)
  }
}

type Where = Record<string, unknown>

/** Payload's semantics: every key of a level holds (`and`), `or` holds when one of its branches does. */
function holds(doc: Doc, where: Where): boolean {
  return Object.entries(where).every(([key, condition]) => {
    const branches = Object.values((condition ?? {}) as Record<string, Where>)
    if (key === 'and') return branches.every((branch) => holds(doc, branch))
    if (key === 'or') return branches.some((branch) => holds(doc, branch))
    return Object.entries(condition as Record<string, string>).every(([operator, value]) => matches(doc, key, operator, value))
  })
}

function filter(docs: Doc[], params: URLSearchParams): Doc[] {
  const where = (parse(params.toString(), { depth: 10 }).where ?? {}) as Where
  return docs.filter((doc) => holds(doc, where))
}

function atDepth0(doc: Doc): Doc {
  const copy: Doc = { ...doc }
  for (const field of RELATIONS) if (field in copy) copy[field] = refId(copy[field])
  return copy
}

/** Payload's `select[field]=true`: only those fields (and the id). */
function selected(doc: Doc, params: URLSearchParams): Doc {
  const fields = [...params.keys()].flatMap((key) => /^select\[(\w+)\]$/.exec(key)?.[1] ?? [])
  if (fields.length === 0) return doc
  return Object.fromEntries(Object.entries(doc).filter(([field]) => field === 'id' || fields.includes(field))) as Doc
}

export function createFakeCms(collections: Record<string, Doc[]>): FakeCms {
  const fake: FakeCms = {
    collections,
    mode: 'ok',
    requests: [],
    delay: undefined,
    encodings: [],
    publicApi: createFakePublicApi(Object.values(collections.sites ?? []).map((site) => String(site.slug))),
    handler: (req, res) => {
      const url = new URL(req.url ?? '/', 'http://cms.test')
      fake.requests.push(url)
      fake.encodings.push(req.headers['accept-encoding'])
      const send = (status: number, body: unknown) => {
        const text = typeof body === 'string' ? body : JSON.stringify(body)
        const write = () => {
          res.writeHead(status, { 'content-type': 'application/json' })
          res.end(text)
        }
        if (fake.delay) void fake.delay().then(write)
        else write()
      }
      if (fake.mode === 'drop') return req.socket.destroy()
      if (fake.mode === 'http500') return send(500, { errors: [{ message: 'Something went wrong.' }] })
      if (fake.mode === 'not-json') return send(200, '<html>proxy error</html>')
      if (url.pathname.startsWith('/api/public/') || url.pathname === '/api/qa') {
        let raw = ''
        req.setEncoding('utf8')
        req.on('data', (chunk: string) => (raw += chunk))
        req.on('end', () => {
          const answer = fake.publicApi.handle(req.method ?? 'GET', url, req.headers, raw ? (JSON.parse(raw) as unknown) : undefined)
          send(answer.status, answer.body)
        })
        return
      }
      if (url.pathname.startsWith('/api/media/file/')) {
        res.writeHead(200, { 'content-type': 'application/pdf' })
        return res.end(decodeURIComponent(url.pathname).includes('大附件') ? LARGE_FAKE_FILE : FAKE_FILE)
      }
      if (url.pathname === '/api/search') {
        void fakeSearch(fake.collections, url.searchParams).then(({ status, body }) => send(status, body))
        return
      }
      const match = /^\/api\/([\w-]+)$/.exec(url.pathname)
      const docs = match ? fake.collections[match[1]!] : undefined
      if (!docs) return send(404, { errors: [{ message: 'Not Found' }] })
      if (fake.mode === 'malformed') return send(200, { docs: [{ id: 42 }], totalDocs: 'many' })
      const params = url.searchParams
      let found = filter(docs, params)
      const sort = params.get('sort')
      if (sort) {
        const descending = sort.startsWith('-')
        const field = sort.replace(/^-/, '')
        found = [...found].sort((a, b) => {
          const [x, y] = [a[field] as string | number, b[field] as string | number]
          const order = x < y ? -1 : x > y ? 1 : 0
          return descending ? -order : order
        })
      }
      const limit = Number(params.get('limit') ?? 10)
      const page = Number(params.get('page') ?? 1)
      const totalPages = Math.ceil(found.length / limit)
      const slice = found.slice((page - 1) * limit, page * limit)
      send(200, {
        docs: (params.get('depth') === '0' ? slice.map(atDepth0) : slice).map((doc) => selected(doc, params)),
        totalDocs: found.length,
        limit,
        page,
        totalPages,
        hasNextPage: page < totalPages,
        hasPrevPage: page > 1,
      })
    },
  }
  return fake
}
