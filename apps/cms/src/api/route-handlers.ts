import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { APIError, type SanitizedConfig } from 'payload'

import { Refusal } from '../shared/refusal'
import { inRefusalShape, refusalResponse, withRefusalFields } from '../shared/refusal-shape'
import { isMalformedBody, MALFORMED_BODY_MESSAGE } from './client-errors'

type Config = SanitizedConfig | Promise<SanitizedConfig>
type RestHandler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

/** A client error thrown before Payload's own error handling (GraphQL's body parsing) → its 4xx answer. */
function clientErrorResponse(error: unknown): Response | null {
  if (isMalformedBody(error)) return refusalResponse(new Refusal(400, 'request.malformed_body', MALFORMED_BODY_MESSAGE))
  if (!(error instanceof APIError) || error.status < 400 || error.status >= 500) return null
  return Response.json(withRefusalFields(error.status, { errors: [{ message: error.message }] }), { status: error.status })
}

/**
 * Payload routes `/api/<slug>/versions…` for every collection and global, and the database adapter
 * fails (500) on those that keep no versions: answered 404 here.
 */
async function versionsOfUnversioned(config: Config, slug: readonly string[] = []): Promise<Response | null> {
  const { collections, globals } = await config
  const [first, second, third] = slug
  const global = first === 'globals'
  const target = global ? globals.find((each) => each.slug === second) : collections.find((each) => each.slug === first)
  if (!target || (global ? third : second) !== 'versions' || target.versions) return null
  return refusalResponse(new Refusal(404, 'request.not_found', '该内容类型不保存历史版本'))
}

const shaped =
  (config: Config, handler: RestHandler): RestHandler =>
  async (request, args) =>
    (await versionsOfUnversioned(config, (await args.params).slug)) ?? inRefusalShape(await handler(request, args))

/** Payload's REST handlers as `/api/[...slug]` mounts them, answering every 4xx in the refusal shape. */
export function restHandlers(config: Config) {
  return {
    GET: shaped(config, REST_GET(config)),
    POST: shaped(config, REST_POST(config)),
    PATCH: shaped(config, REST_PATCH(config)),
    PUT: shaped(config, REST_PUT(config)),
    DELETE: shaped(config, REST_DELETE(config)),
    OPTIONS: shaped(config, REST_OPTIONS(config)),
  }
}

/**
 * Payload's GraphQL handler as `/api/graphql` mounts it. Its body is parsed outside Payload's error
 * handling, so `{` would be a 500; it and every other 4xx answer in the refusal shape.
 */
export function graphqlHandler(config: Config): (request: Request) => Promise<Response> {
  const handler = GRAPHQL_POST(config)
  return async (request) => {
    try {
      return await inRefusalShape(await handler(request))
    } catch (error) {
      const response = clientErrorResponse(error)
      if (response) return response
      throw error
    }
  }
}

/** A method a GraphQL route does not take: 405 in the refusal shape rather than Next.js's empty one. */
export function methodNotAllowed(allow: string) {
  return (): Response => refusalResponse(new Refusal(405, 'request.method_not_allowed', `该接口只接受 ${allow} 请求`, {}, { allow }))
}

/** The GraphQL playground (development only; Payload answers a plain-text 404 in production). */
export function graphqlPlaygroundHandler(config: Config): (request: Request) => Promise<Response> {
  const handler = GRAPHQL_PLAYGROUND_GET(Promise.resolve(config))
  return async (request) => inRefusalShape(await handler(request))
}
