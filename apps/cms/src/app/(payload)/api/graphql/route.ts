import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlHandler, methodNotAllowed } from '../../../../api/route-handlers'

export const POST = graphqlHandler(config)
export const OPTIONS = REST_OPTIONS(config)
export const GET = methodNotAllowed('POST')
export const PUT = methodNotAllowed('POST')
export const PATCH = methodNotAllowed('POST')
export const DELETE = methodNotAllowed('POST')
