import { request } from 'node:http'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { SERVICE_SECRET } from './fake-public-api.js'
import { handMadeCollections } from './hand-made-fixtures.js'
import { useSite } from './site-harness.js'

/**
 * Bounded, seeded fuzzing of every public route: a fixed number of generated requests (paths with
 * broken percent-escapes and odd segments, query strings, headers and bodies), reproducible from
 * SEED. The site must never answer 5xx to what a client sends, and every refusal is a Chinese page.
 */
const SEED = 20261127
const RUNS = 3000

const fixtures = handMadeCollections()
const idsOf = (collection: string) => (fixtures[collection] ?? []).map((doc) => doc.id)
const SITE_SLUGS = ['portal', 'county', 'mourning', 'planned', 'nowhere']
const HOSTS = [
  'www.example.gov.cn',
  'www.examplecounty.gov.cn',
  'xn--bdr94h3ubs7a.xn--zfr164b',
  'localhost',
  '127.0.0.1',
  'evil.example.com',
  '[::1]:80',
  'www.example.gov.cn:99999',
  '-',
  '..',
]

/** Segments that are valid for the route, merely unknown, or malformed on purpose. */
const segment = (known: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }).map(encodeURIComponent) },
    {
      weight: 3,
      arbitrary: fc.constantFrom('%', '%f', '%ff', '%ff%fe', '%zz', '%00', '%e4%b8', '%2e%2e', '..', '%2F', '%c0%af', '%ed%a0%80', 'a%', '%%', '%u4e2d'),
    },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 4000 }).map((length) => 'x'.repeat(length)) },
  )

const route = fc.oneof(
  fc.constant('/'),
  segment(idsOf('columns').map((id) => id.replace(/^[a-z]+-col-/, ''))).map((slug) => `/columns/${slug}`),
  segment(['news', 'notices']).map((slug) => `/columns/${slug}/feed.xml`),
  segment(idsOf('articles')).map((id) => `/articles/${id}`),
  segment(idsOf('notices')).map((id) => `/notices/${id}`),
  segment(idsOf('policy-documents')).map((id) => `/policies/${id}`),
  segment(idsOf('interpretations')).map((id) => `/interpretations/${id}`),
  segment(idsOf('faqs')).map((id) => `/faqs/${id}`),
  segment(['%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99.pdf', 'missing.pdf']).map((name) => `/media/${name}`),
  segment(['s-open', 's-closed']).map((id) => `/surveys/${id}`),
  fc.constantFrom(
    '/sitemap',
    '/sitemap.xml',
    '/robots.txt',
    '/_prefs',
    '/search',
    '/messages',
    '/messages/new',
    '/messages/track',
    '/surveys',
    '/qa',
    '/error-reports/new',
    '/error-reports/thanks',
    '/healthz',
    '/_hooks/invalidate',
  ),
  fc.array(segment(['a', 'b']), { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
)

const path = fc.tuple(fc.option(segment(SITE_SLUGS), { freq: 3 }), route).map(([slug, rest]) => (slug === null ? rest : `/_site/${slug}${rest}`))

const queryValue = fc.oneof(
  fc.constantFrom(
    '1',
    '2',
    '0',
    '-1',
    '10001',
    '99999999999999999999',
    'abc',
    '',
    'true',
    'yes',
    'all',
    'site',
    'article',
    'news',
    '2026-13-45',
    'zh',
    'large',
    'elder',
    'ABCDEFGHJK',
  ),
  fc.string({ maxLength: 30, unit: 'grapheme' }).map(encodeURIComponent),
  fc.constantFrom('%', '%ff', '%zz', '%00', '%E4%B8'),
)
const queryKey = fc.constantFrom(
  'page',
  'q',
  'code',
  'type',
  'scope',
  'from',
  'to',
  'sort',
  'submitted',
  'size',
  'mode',
  'back',
  'site',
  'page[]',
  'q[a]',
  'where[site][equals]',
  '__proto__',
  '%ff',
  'constructor[prototype]',
)
const query = fc
  .array(fc.tuple(queryKey, queryValue), { maxLength: 5 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''))

const headerText = fc.string({ maxLength: 60, unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) })
const headers = fc.record(
  {
    host: fc.constantFrom(...HOSTS),
    'accept-encoding': fc.oneof(fc.constantFrom('gzip', 'br', 'identity', 'br;q=0, gzip;q=0', '*;q=0', 'gzip;q=abc'), headerText),
    'if-none-match': fc.oneof(fc.constant('*'), headerText),
    'if-modified-since': fc.oneof(fc.constant('Wed, 21 Oct 2015 07:28:00 GMT'), headerText),
    cookie: fc.oneof(fc.constantFrom('govsite-form=x', 'govsite-visitor=%ff', 'govsite-prefs=%', 'a=b; a=c'), headerText),
    'x-forwarded-for': headerText,
    origin: fc.oneof(fc.constantFrom('null', 'http://evil.example.com'), headerText),
    'sec-fetch-site': fc.constantFrom('cross-site', 'same-origin', 'none', 'bogus'),
  },
  { requiredKeys: [] },
)

const formBody = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        '_token',
        'name',
        'phone',
        'email',
        'category',
        'subject',
        'content',
        'publicAnswer',
        'website',
        'answers[freq]',
        'freq',
        'pageUrl',
        'description',
        'kind',
        'x',
      ),
      queryValue,
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&'))
const body = fc.oneof(
  fc.record({ type: fc.constant('application/x-www-form-urlencoded'), data: formBody }),
  fc.record({
    type: fc.constant('application/x-www-form-urlencoded'),
    data: fc.integer({ min: 100_000, max: 120_000 }).map((n) => `content=${'a'.repeat(n)}`),
  }),
  fc.record({
    type: fc.constant('multipart/form-data; boundary=zz'),
    data: fc.constantFrom('--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--zz--', '--zz\r\n\r\n', 'garbage'),
  }),
  fc.record({
    type: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded; charset=koi8-r'),
    data: fc.constantFrom('{', '[]', 'null', '{"name":1}', '\u0000'),
  }),
)

const fuzzRequest = fc.record({
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
  path,
  query,
  headers,
  body: fc.option(body, { freq: 2 }),
})
type FuzzRequest = typeof fuzzRequest extends fc.Arbitrary<infer T> ? T : never

interface Answer {
  status: number
  contentType: string
  body: string
}

/** The answer, or status 0 when the connection was closed without one. */
function send(siteUrl: string, fuzz: FuzzRequest): Promise<Answer> {
  const target = new URL(siteUrl)
  const sendsBody = fuzz.body !== null && fuzz.method !== 'GET' && fuzz.method !== 'HEAD'
  return new Promise((resolve) => {
    const req = request(
      {
        hostname: target.hostname,
        port: target.port,
        method: fuzz.method,
        path: `${fuzz.path}${fuzz.query}`,
        headers: {
          ...fuzz.headers,
          ...(sendsBody && fuzz.body ? { 'content-type': fuzz.body.type, 'content-length': Buffer.byteLength(fuzz.body.data) } : {}),
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: text }))
      },
    )
    req.on('error', () => resolve({ status: 0, contentType: '', body: '' }))
    req.end(sendsBody && fuzz.body ? fuzz.body.data : undefined)
  })
}

/** What is wrong with an answer, or null: never 5xx; a refusal is a Chinese page or text, or `{code, message}` from the machine hook. */
function problem(fuzz: FuzzRequest, answer: Answer): string | null {
  if (answer.status === 0) return 'connection closed without an answer'
  if (answer.status >= 500) return `HTTP ${answer.status}`
  if (answer.status < 400 || fuzz.method === 'HEAD') return null
  if (answer.contentType.startsWith('application/json')) {
    const json = JSON.parse(answer.body) as { code?: unknown; message?: unknown }
    return typeof json.code === 'string' && /\p{Script=Han}/u.test(String(json.message)) ? null : `HTTP ${answer.status} JSON without code and Chinese message`
  }
  if (!answer.contentType.startsWith('text/') || !/\p{Script=Han}/u.test(answer.body)) return `HTTP ${answer.status} not in Chinese (${answer.contentType})`
  return null
}

describe('fuzzing the public site (bounded, seeded)', () => {
  const site = useSite({ serviceSecret: SERVICE_SECRET, webhookSecret: 'w'.repeat(32) })

  it.each(['/articles/%ff', '/media/%ff%fe', '/_site/%ff/', '/_site/county/notices/%E4%B8', '/_site/%/messages/new'])(
    'answers the undecodable address %s with a Chinese 400 page naming the code',
    async (path) => {
      const answer = await site.get(path)
      expect(answer.status).toBe(400)
      expect(answer.headers['content-type']).toMatch(/^text\/html/)
      expect(answer.body).toContain('抱歉，无法处理该请求')
      expect(answer.body).toContain('错误代码：request.malformed_url')
    },
  )

  it(`answers ${RUNS} generated requests without a 5xx, every refusal in Chinese (seed ${SEED})`, async () => {
    const requests = fc.sample(fuzzRequest, { seed: SEED, numRuns: RUNS })
    const problems = new Map<string, string>()
    let next = 0
    const worker = async () => {
      while (next < requests.length) {
        const fuzz = requests[next++]!
        const found = problem(fuzz, await send(site.siteUrl, fuzz))
        const key = `${fuzz.method} → ${found}`
        if (found && !problems.has(key))
          problems.set(key, `${fuzz.path}${fuzz.query} ${JSON.stringify(fuzz.headers)} ${JSON.stringify(fuzz.body)}`.slice(0, 400))
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker))
    expect(Object.fromEntries(problems)).toEqual({})
  }, 120_000)
})
