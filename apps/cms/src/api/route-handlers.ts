import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { APIError, type SanitizedConfig } from 'payload'

import { inRefusalShape, withRefusalFields } from './refusal-shape'

type Config = SanitizedConfig | Promise<SanitizedConfig>
type RestHandler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

/** A client error thrown before Payload's own error handling (GraphQL's body parsing) → its 4xx answer. */
function clientErrorResponse(error: unknown): Response | null {
  if (!(error instanceof APIError) || error.status < 400 || error.status >= 500) return null
  const body = withRefusalFields(error.status, { errors: [{ name: error.name, message: error.message }] })
  return Response.json(error.message === 'Invalid JSON' ? { ...body, code: 'request.bad_json', message: '请求内容不是有效的 JSON' } : body, { status: error.status })
}

const shaped =
  (handler: RestHandler): RestHandler =>
  async (request, args) =>
    inRefusalShape(await handler(request, args))

/** Payload's REST handlers as `/api/[...slug]` mounts them, answering every 4xx in the refusal shape. */
export function restHandlers(config: Config) {
  return {
    GET: shaped(REST_GET(config)),
    POST: shaped(REST_POST(config)),
    PATCH: shaped(REST_PATCH(config)),
    PUT: shaped(REST_PUT(config)),
    DELETE: shaped(REST_DELETE(config)),
    OPTIONS: shaped(REST_OPTIONS(config)),
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
