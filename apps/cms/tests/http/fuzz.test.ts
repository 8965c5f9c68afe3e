import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoToken, httpRequest, startBuiltCms, type BuiltCms, type HttpAnswer } from './built-cms'

/**
 * Bounded, seeded fuzzing of the built CMS over HTTP (custom server, Next.js proxy and routes,
 * Payload's REST and GraphQL, our endpoints), anonymously and as staff: a fixed number of
 * generated requests, reproducible from SEED. No answer may be a 5xx, and every 4xx of the API
 * carries `{ code, message }` with a Chinese message.
 */
const SEED = 20261128
const RUNS = 2500

const COLLECTIONS = [
  'users',
  'sites',
  'columns',
  'media',
  'articles',
  'policy-documents',
  'interpretations',
  'notices',
  'messages',
  'faqs',
  'surveys',
  'survey-responses',
  'error-reports',
  'audit-logs',
]
const FIELDS = [
  'id',
  'title',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'site',
  'site.name',
  'site.createdAt',
  'column',
  'column.slug',
  'keywords',
  '_status',
  'reviewState',
  'email',
  'slug',
  'name',
  'kind',
  'status',
  'pinned',
  'pinnedFrom',
  'opensAt',
  'closesAt',
  'filesize',
  'order',
  'trackingCode',
  'phone',
  'sourceMessage.phone',
  'policies.title',
  'interpretations',
  'version.title',
  'version.publishedAt',
  'parent',
  'at',
  'ip',
  'nonexistent',
  'a.b.c',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  'foo',
  '',
]
const BAD_ESCAPES = ['%', '%f', '%ff', '%ff%fe', '%zz', '%00', '%e4%b8', '%2e%2e', '%c0%af', '%ed%a0%80']

const text = fc.string({ maxLength: 30, unit: 'grapheme' })
const value = fc.oneof(
  fc.constantFrom(
    '1',
    '0',
    '-1',
    '1.5',
    '1e309',
    'NaN',
    'true',
    'false',
    'null',
    '',
    '2026-03-01',
    '2026-03-01T08:00:00+08:00',
    'notadate',
    '2026-13-45',
    '1,2',
    'a,b,c',
    '[]',
    '{}',
    'x'.repeat(2000),
  ),
  text.map(encodeURIComponent),
  fc.constantFrom(...BAD_ESCAPES),
)
const queryPart = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), value).map(([field, operator, v]) => `where[${field}][${operator}]=${v}`),
  fc
    .tuple(fc.nat(3), fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), value)
    .map(([i, field, operator, v]) => `where[or][${i}][${field}][${operator}]=${v}`),
  fc
    .tuple(fc.constantFrom(...FIELDS), fc.constantFrom('in', 'not_in', 'all'), fc.nat(3), value)
    .map(([field, operator, i, v]) => `where[${field}][${operator}][${i}]=${v}`),
  fc.tuple(fc.constantFrom('and', 'or'), value).map(([key, v]) => `where[${key}]=${v}`),
  value.map((v) => `where=${v}`),
  fc
    .tuple(fc.constantFrom('depth', 'limit', 'page', 'sort', 'locale', 'fallback-locale', 'draft', 'trash', 'pagination', 'q', 'site', 'type', 'scope'), value)
    .map(([key, v]) => `${key}=${v}`),
  fc.tuple(fc.constantFrom('sort'), fc.constantFrom(...FIELDS), fc.boolean()).map(([key, field, desc]) => `${key}=${desc ? '-' : ''}${field}`),
  fc
    .tuple(fc.constantFrom('select', 'populate[sites]', 'populate[columns]', 'populate[media]'), fc.constantFrom(...FIELDS), value)
    .map(([key, field, v]) => `${key}[${field}]=${v}`),
  fc
    .tuple(fc.constantFrom('interpretations', 'policies', 'faqs', 'nope'), fc.constantFrom('limit', 'page', 'sort', 'count'), value)
    .map(([join, key, v]) => `joins[${join}][${key}]=${v}`),
  fc
    .tuple(fc.constantFrom('interpretations', 'policies'), fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), value)
    .map(([join, field, operator, v]) => `joins[${join}][where][${field}][${operator}]=${v}`),
)
const query = fc.array(queryPart, { maxLength: 5 }).map((parts) => (parts.length ? `?${parts.join('&')}` : ''))

interface Ids {
  [collection: string]: string[]
}

const segment = (known: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant('none') },
    { weight: 1, arbitrary: text.map(encodeURIComponent) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_ESCAPES, '..', 'versions', 'workflow', '%2F', 'x'.repeat(300)) },
  )

function pathArbitrary(ids: Ids) {
  const collection = fc.constantFrom(...COLLECTIONS)
  const withId = collection.chain((slug) => segment(ids[slug] ?? []).map((id) => `/api/${slug}/${id}`))
  return fc.oneof(
    collection.map((slug) => `/api/${slug}`),
    withId,
    withId.chain((base) =>
      fc
        .constantFrom('', '/workflow', '/workflow/submit', '/workflow/approve', '/workflow/publish', '/workflow/nope', '/to-faq', '/results')
        .map((tail) => `${base}${tail}`),
    ),
    collection.chain((slug) => segment(ids[`${slug}:versions`] ?? []).map((id) => `/api/${slug}/versions/${id}`)),
    collection.map((slug) => `/api/${slug}/versions`),
    fc.constantFrom('/api/globals/content-check-settings', '/api/globals/working-calendar', '/api/globals/nope'),
    fc.constantFrom(
      '/api/users/login',
      '/api/users/logout',
      '/api/users/me',
      '/api/users/refresh-token',
      '/api/users/unlock',
      '/api/users/forgot-password',
      '/api/users/reset-password',
      '/api/users/totp/setup',
      '/api/users/totp/confirm',
      '/api/users/first-register',
      '/api/users/init',
      '/api/users/access',
    ),
    fc.constantFrom('/api/health', '/api/search', '/api/qa', '/api/access', '/api/graphql', '/api/graphql-playground'),
    fc
      .constantFrom('/api/public/messages', '/api/public/surveys', '/api/public/error-reports')
      .chain((base) => fc.constantFrom('', '/ABCDEFGHJK', '/%ff', '/x/responses').map((tail) => `${base}${tail}`)),
    segment(['notice.pdf', 'missing.png']).map((name) => `/api/media/file/${name}`),
    fc.array(segment(['a', 'api']), { minLength: 1, maxLength: 4 }).map((parts) => `/api/${parts.join('/')}`),
    fc.constantFrom('/admin', '/admin/login', '/admin/collections/articles', '/admin/collections/nope', '/admin/%ff', '/admin/collections/articles/%'),
  )
}

const jsonValue = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    value,
    fc.array(tie('any'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie('any'), { maxKeys: 4 }),
  ),
})).any
const graphqlQuery = fc.oneof(
  fc.constantFrom(
    '{',
    '{ Articles { docs { id title } } }',
    '{ Articles(where: { title: { near: [1, 2] } }) { docs { id } } }',
    '{ Articles(where: { publishedAt: { greater_than: "notadate" } }) { docs { id } } }',
    '{ Articles(limit: -1, page: 0, sort: "nonexistent") { totalDocs } }',
    '{ Users { docs { email } } }',
    'mutation { createArticle(data: { title: 1 }) { id } }',
    'mutation { updateArticle(id: "x", data: { publishedAt: "soon" }) { id } }',
    'query { __schema { types { name } } }',
    'subscription { x }',
    `{ ${'a {'.repeat(60)}${'}'.repeat(60)} }`,
  ),
  text,
)
const body = fc.oneof(
  fc.record({ type: fc.constant('application/json'), data: jsonValue.map((data) => JSON.stringify(data)) }),
  fc.record({ type: fc.constant('application/json'), data: fc.constantFrom('{', '[', 'null', '"x"', '1', '{"data":', '\u0000', '[[[[[[[[[[[[[[[[[[[[') }),
  fc.record({
    type: fc.constant('application/json'),
    data: fc.tuple(graphqlQuery, jsonValue).map(([graphql, variables]) => JSON.stringify({ query: graphql, variables })),
  }),
  fc.record({
    type: fc.constant('multipart/form-data; boundary=zz'),
    data: fc.constantFrom(
      '--zz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{\r\n--zz--\r\n',
      '--zz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"site":"x"}\r\n--zz\r\nContent-Disposition: form-data; name="file"; filename="a.exe"\r\nContent-Type: application/x-msdownload\r\n\r\nMZ\r\n--zz--\r\n',
      '--zz\r\nContent-Disposition: form-data; name="file"\r\n\r\n{"filename":1}\r\n--zz--\r\n',
      '--zz\r\n\r\n',
      'garbage',
    ),
  }),
  fc.record({
    type: fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'application/xml'),
    data: fc.constantFrom('a=1&b=%ff', '<x/>', 'query={'),
  }),
)

const persona = fc.constantFrom('anonymous', 'anonymous', 'editor', 'editor', 'county-editor', 'reviewer', 'admin', 'site', 'cookie')
const fuzzRequest = (ids: Ids) =>
  fc.record({
    method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'POST', 'PATCH', 'PATCH', 'DELETE', 'PUT', 'OPTIONS', 'HEAD'),
    persona,
    path: pathArbitrary(ids),
    query,
    body: fc.option(body, { freq: 3 }),
  })
type FuzzRequest = ReturnType<typeof fuzzRequest> extends fc.Arbitrary<infer T> ? T : never

/** Supervision (`/api/compliance/*`, the monthly notice): its own parameters, read-only supervisors too. */
const COMPLIANCE_RUNS = 600
const complianceQuery = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom('date', 'month', 'site', 'format'),
          fc.oneof(value, fc.constantFrom('2026-11', '2026-11-30', '2026-02-29', '2099-01-01', '1969-12', '2026-Q4', 'xlsx', 'json', 'pdf')),
        )
        .map(([key, v]) => `${key}=${v}`),
      queryPart,
    ),
    { maxLength: 4 },
  )
  .map((parts) => (parts.length ? `?${parts.join('&')}` : ''))
const complianceRequest = (ids: Ids) =>
  fc.record({
    method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'POST', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
    persona: fc.oneof(persona, fc.constant('supervisor')),
    path: fc.oneof(
      fc.constantFrom('/api/compliance/sites', '/api/compliance/run', '/api/compliance/report', '/api/compliance', '/api/compliance/nope'),
      segment(ids.sites ?? []).map((id) => `/api/compliance/sites/${id}`),
    ),
    query: complianceQuery,
    body: fc.option(fc.oneof(body, fc.record({ type: fc.constant('application/json'), data: jsonValue.map((site) => JSON.stringify({ site })) })), {
      freq: 3,
    }),
  })
/** Either stream's requests. */
type SentRequest = FuzzRequest | (ReturnType<typeof complianceRequest> extends fc.Arbitrary<infer T> ? T : never)

/** What is wrong with an answer, or null. */
function problem(fuzz: SentRequest, answer: HttpAnswer): string | null {
  if (answer.status === 0) return 'connection closed without an answer'
  if (answer.status >= 500) return `HTTP ${answer.status}`
  // `/api/%2e%2e/x` is `/x` once the path is normalised, as Next.js routes it: not an API answer.
  const api = new URL(fuzz.path, 'http://cms').pathname.startsWith('/api/')
  if (answer.status < 400 || fuzz.method === 'HEAD' || !api) return null
  let json: { code?: unknown; message?: unknown }
  try {
    json = JSON.parse(answer.body) as typeof json
  } catch {
    return `HTTP ${answer.status} not JSON (${String(answer.headers['content-type'])})`
  }
  if (typeof json.code !== 'string') return `HTTP ${answer.status} without code`
  if (typeof json.message !== 'string' || !/\p{Script=Han}/u.test(json.message)) return `HTTP ${answer.status} ${json.code} without a Chinese message`
  return null
}

describe('fuzzing the CMS over HTTP (bounded, seeded)', () => {
  let cms: BuiltCms
  let credentials: Record<string, Record<string, string>>
  let ids: Ids

  beforeAll(async () => {
    cms = await startBuiltCms()
    const tokens = Object.fromEntries(
      await Promise.all(['editor', 'county-editor', 'reviewer', 'admin'].map(async (who) => [who, await demoToken(cms, who)] as const)),
    )
    const login = await httpRequest(cms, 'POST', '/api/users/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'dept-editor@example.gov.cn', password: 'demo-password-http-2026' }),
    })
    // The supervising office's read-only account (the demo has none).
    const supervisor = { email: 'supervisor-fuzz@example.gov.cn', password: '监管抽查专用口令-2026-Fz' }
    const created = await httpRequest(cms, 'POST', '/api/users', {
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.admin}` },
      body: JSON.stringify({ ...supervisor, name: '监管人员', platformRole: 'supervisor' }),
    })
    expect(created.status).toBe(201)
    const supervisorLogin = await httpRequest(cms, 'POST', '/api/users/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(supervisor),
    })
    tokens.supervisor = (JSON.parse(supervisorLogin.body) as { token: string }).token
    const cookie = ([login.headers['set-cookie']].flat().find((line) => line?.startsWith('payload-token=')) ?? '').split(';')[0]!
    credentials = {
      anonymous: {},
      ...Object.fromEntries(Object.entries(tokens).map(([who, token]) => [who, { authorization: `JWT ${token}` }])),
      site: { authorization: `Bearer ${cms.serviceSecret}`, 'x-govsite-client-ip': '203.0.113.5' },
      cookie: { cookie, origin: `http://localhost:${cms.port}` },
    }
    ids = {}
    for (const slug of COLLECTIONS) {
      const list = JSON.parse((await httpRequest(cms, 'GET', `/api/${slug}?limit=5&depth=0`, { headers: credentials.admin })).body) as {
        docs?: { id: string }[]
      }
      ids[slug] = (list.docs ?? []).map((doc) => doc.id)
      const versions = JSON.parse((await httpRequest(cms, 'GET', `/api/${slug}/versions?limit=3&depth=0`, { headers: credentials.admin })).body) as {
        docs?: { id: string }[]
      }
      ids[`${slug}:versions`] = (versions.docs ?? []).map((doc) => doc.id)
    }
  })

  afterAll(async () => {
    await cms?.stop()
  })

  it.each([
    '/api/articles/%',
    '/api/%ff%fe',
    '/api/articles/%E4%B8',
    '/admin/collections/%',
    '/api/articles?where[title][near]=1,2',
    '/api/articles?where[publishedAt][greater_than]=notadate',
  ])('answers %s with 400 and a code', async (path) => {
    const answer = await httpRequest(cms, 'GET', path)
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual(
      expect.objectContaining({ code: expect.stringMatching(/^(request|query)\./), message: expect.stringMatching(/\p{Script=Han}/u) }),
    )
  })

  it.each([
    ['GET', '/api/compliance/sites?date=%ff', 'compliance.bad_date'],
    ['GET', '/api/compliance/sites?date=2026-02-30', 'compliance.bad_date'],
    ['GET', '/api/compliance/sites?date=2099-01-01', 'compliance.future_date'],
    ['GET', '/api/compliance/sites/%E4%B8', null],
    ['GET', '/api/compliance/report?month=2026-13', 'compliance.bad_month'],
    ['GET', '/api/compliance/report?month=2026-11&format=pdf', 'compliance.bad_report_query'],
    ['POST', '/api/compliance/run', 'compliance.bad_request'],
  ] as const)('answers %s %s as the platform admin with 400 and a code', async (method, path, code) => {
    const answer = await httpRequest(cms, method, path, {
      headers: { ...credentials.admin, 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: '{"site":' } : {}),
    })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual(expect.objectContaining({ code: code ?? expect.any(String), message: expect.stringMatching(/\p{Script=Han}/u) }))
  })

  it('answers a GraphQL body that is not JSON with 400 request.bad_json', async () => {
    const answer = await httpRequest(cms, 'POST', '/api/graphql', { headers: { 'content-type': 'application/json' }, body: '{' })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'request.bad_json' })
  })

  /** Sends `requests` four at a time; one problem per method, path start and kind, with an example. */
  async function problemsOf(requests: SentRequest[]): Promise<Record<string, string>> {
    const problems = new Map<string, string>()
    let next = 0
    const worker = async () => {
      while (next < requests.length) {
        const fuzz = requests[next++]!
        const sendsBody = fuzz.body !== null && fuzz.method !== 'GET' && fuzz.method !== 'HEAD'
        const answer = await httpRequest(cms, fuzz.method, `${fuzz.path}${fuzz.query}`, {
          headers: { ...credentials[fuzz.persona], ...(sendsBody && fuzz.body ? { 'content-type': fuzz.body.type } : {}) },
          ...(sendsBody && fuzz.body ? { body: fuzz.body.data } : {}),
        })
        const found = problem(fuzz, answer)
        const key = `${fuzz.method} ${fuzz.path.split('/').slice(0, 3).join('/')} → ${found}`
        if (found && !problems.has(key))
          problems.set(key, `${fuzz.persona} ${fuzz.path}${fuzz.query} ${JSON.stringify(fuzz.body)} → ${answer.body}`.slice(0, 600))
      }
    }
    await Promise.all(Array.from({ length: 4 }, worker))
    return Object.fromEntries(problems)
  }

  it(`answers ${RUNS} generated requests without a 5xx, every API refusal with { code, message } (seed ${SEED})`, async () => {
    expect(await problemsOf(fc.sample(fuzzRequest(ids), { seed: SEED, numRuns: RUNS }))).toEqual({})
  }, 300_000)

  it(`answers ${COMPLIANCE_RUNS} generated supervision requests the same way (seed ${SEED + 1})`, async () => {
    const requests = fc.sample(complianceRequest(ids), { seed: SEED + 1, numRuns: COMPLIANCE_RUNS })
    // The stream reaches what it is for: the report and a site's drill-down, answered, as staff.
    expect(requests.filter((fuzz) => fuzz.path === '/api/compliance/report' && fuzz.persona === 'supervisor').length).toBeGreaterThan(10)
    expect(requests.filter((fuzz) => fuzz.path.startsWith('/api/compliance/sites/')).length).toBeGreaterThan(50)
    expect(await problemsOf(requests)).toEqual({})
  }, 300_000)
})
