import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphqlHandler, restHandlers } from '../../src/api/route-handlers'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

/** What the client sent is malformed: 400 (or 404) with `{ code, message }`, never a 500. */
describe('malformed input to the REST and GraphQL API', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  /** A raw request to the REST handlers Next.js mounts, with any body and content type. */
  async function raw(method: 'GET' | 'POST' | 'PATCH', path: string, body?: string, contentType?: string) {
    const url = new URL(`http://localhost/api/${path}`)
    const persona = path.startsWith('globals/') ? 'platformAdmin' : 'editorA'
    const request = new Request(url, {
      method,
      headers: { authorization: `JWT ${f.tokenOf(persona)}`, ...(contentType ? { 'content-type': contentType } : {}) },
      ...(body === undefined ? {} : { body }),
    })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const response = await restHandlers(f.config)[method](request, { params: Promise.resolve({ slug }) })
    return { status: response.status, body: (await response.json()) as { code?: string; message?: string } }
  }

  const refusal = (code: string) => expect.objectContaining({ code, message: expect.stringMatching(/\p{Script=Han}/u) })

  it.each(['near', 'within', 'intersects', 'all'])('refuses the where operator %s (the database has none) with 400', async (operator) => {
    for (const persona of ['anonymous', 'editorA'] as const) {
      for (const path of [
        `articles?where[title][${operator}]=1,2`,
        `articles?where[or][0][keywords][${operator}]=a`,
        `articles/versions?where[version.title][${operator}]=1`,
      ]) {
        const answer = await f.api.rest('GET', path, { token: f.tokenOf(persona) })
        expect(answer.status).toBe(400)
        expect(answer.body).toEqual(refusal('query.operator_unsupported'))
      }
    }
    const graphql = await f.api.graphql(`{ Articles(where: { title: { ${operator}: "1" } }) { totalDocs } }`)
    expect(graphql.status).toBeLessThan(500)
  })

  it('refuses dates that are no dates in where, in joins and in version queries', async () => {
    for (const path of [
      'articles?where[publishedAt][greater_than]=notadate',
      'articles?where[createdAt][equals]=2026-13-45',
      'articles?where[publishedAt][in]=2026-01-01,someday',
      'sites?where[updatedAt][less_than]=xyz',
      'articles/versions?where[version.publishedAt][equals]=x',
      'policy-documents?joins[interpretations][where][publishedAt][greater_than]=soon',
    ]) {
      const answer = await f.api.rest('GET', path, { token: f.tokenOf('editorA') })
      expect(answer.status, path).toBe(400)
      expect(answer.body).toEqual(refusal('query.invalid_value'))
    }
    const valid = await f.api.rest('GET', 'articles?where[publishedAt][greater_than]=2026-01-01T00:00:00.000Z', { token: f.tokenOf('editorA') })
    expect(valid.status).toBe(200)
  })

  it('answers a GraphQL body that is not JSON with 400 request.bad_json', async () => {
    for (const body of ['{', '{"query":', 'garbage']) {
      const response = await graphqlHandler(f.config)(
        new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
      )
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual(refusal('request.bad_json'))
    }
  })

  it('answers writes without a document, JSON that is no object and multipart bodies busboy cannot read with 400', async () => {
    const article = await f.draftArticle()
    for (const body of [undefined, 'null', '1', '"x"', '[]']) {
      const type = body === undefined ? undefined : 'application/json'
      expect(await raw('POST', 'articles?draft=true', body, type)).toEqual({ status: 400, body: refusal('request.document_missing') })
      expect(await raw('PATCH', `articles/${article}?draft=true`, body, type)).toEqual({ status: 400, body: refusal('request.document_missing') })
      expect(await raw('POST', 'globals/working-calendar', body, type)).toEqual({ status: 400, body: refusal('request.document_missing') })
    }
    expect(await raw('POST', 'articles?draft=true', '{', 'application/json')).toEqual({ status: 400, body: refusal('request.bad_json') })
    for (const body of ['garbage', '--zz\r\n\r\n']) {
      expect(await raw('POST', 'media', body, 'multipart/form-data; boundary=zz')).toEqual({ status: 400, body: refusal('request.malformed_body') })
    }
    expect(await raw('POST', 'media', 'x', 'multipart/form-data')).toEqual({ status: 400, body: refusal('request.malformed_body') })
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64')
    const uploaded = await f.api.upload('media', {
      token: f.tokenOf('editorA'),
      data: { site: f.siteA, alt: '示例图片' },
      file: new Blob([new Uint8Array(png)], { type: 'image/png' }),
      filename: 'pixel.png',
    })
    expect(uploaded.status).toBe(201)
    const fileWithoutName = '--zz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--zz--\r\n'
    for (const path of ['media', `media/${(uploaded.body.doc as { id: string }).id}`]) {
      const answer = await raw(path === 'media' ? 'POST' : 'PATCH', path, fileWithoutName, 'multipart/form-data; boundary=zz')
      expect(answer.status, path).toBe(400)
      expect(answer.body, path).toEqual(expect.objectContaining({ message: expect.stringMatching(/\p{Script=Han}/u) }))
    }
    for (const body of ['--zz\r\n\r\n', 'garbage']) {
      const response = await graphqlHandler(f.config)(
        new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zz' }, body }),
      )
      expect(response.status, body).toBe(400)
      expect(await response.json()).toEqual(refusal('request.malformed_body'))
    }
    const badPayloadField = '--zz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{\r\n--zz--\r\n'
    expect(await raw('POST', 'articles?draft=true', badPayloadField, 'multipart/form-data; boundary=zz')).toEqual({
      status: 400,
      body: refusal('request.bad_json'),
    })
  })

  it('answers a media file that does not exist with 404 to staff, and visitors as for any file no published content references', async () => {
    expect(await f.api.rest('GET', 'media/file/missing.png', { token: f.tokenOf('platformAdmin') })).toMatchObject({
      status: 404,
      body: refusal('media.file_missing'),
    })
    expect((await f.api.rest('GET', 'media/file/missing.png')).status).toBe(403)
  })

  it('answers version routes of collections that keep no versions with 404', async () => {
    expect(await raw('GET', 'sites/versions/none')).toEqual({ status: 404, body: refusal('request.not_found') })
    expect(await raw('GET', 'columns/versions')).toEqual({ status: 404, body: refusal('request.not_found') })
    expect(await raw('GET', 'globals/working-calendar/versions/x')).toEqual({ status: 404, body: refusal('request.not_found') })
  })

  it('gives Payload’s own refusals the { code, message } shape too, keeping its errors for the admin', async () => {
    const unknownPath = await f.api.rest('GET', 'articles?where[nonexistent][equals]=1')
    expect(unknownPath.status).toBe(400)
    expect(unknownPath.body).toEqual(expect.objectContaining({ code: 'query.invalid_path', errors: expect.any(Array) }))
    expect((await f.api.rest('GET', 'articles/00000000-0000-4000-8000-000000000000')).body).toEqual(refusal('request.not_found'))
    expect((await f.api.rest('GET', 'no-such-route')).body).toEqual(refusal('request.not_found'))
    expect((await f.api.rest('GET', 'audit-logs')).body).toEqual(refusal('auth.forbidden'))
    const invalid = await f.api.rest('POST', 'columns', { token: f.tokenOf('siteAdminA'), body: { site: f.siteA } })
    expect(invalid.status).toBe(400)
    expect(invalid.body).toEqual(expect.objectContaining({ code: 'validation.invalid', errors: expect.any(Array) }))
  })
})
