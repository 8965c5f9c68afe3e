import config from '@payload-config'
import '@payloadcms/next/css'

import { graphqlPlaygroundHandler, methodNotAllowed } from '../../../../api/route-handlers'

export const GET = graphqlPlaygroundHandler(config)
export const POST = methodNotAllowed('GET')
export const PUT = methodNotAllowed('GET')
export const PATCH = methodNotAllowed('GET')
export const DELETE = methodNotAllowed('GET')
