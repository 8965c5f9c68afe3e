import config from '@payload-config'
import '@payloadcms/next/css'

import { restHandlers } from '../../../../api/route-handlers'

const rest = restHandlers(config)

export const GET = rest.GET
export const POST = rest.POST
export const DELETE = rest.DELETE
export const PATCH = rest.PATCH
export const PUT = rest.PUT
export const OPTIONS = rest.OPTIONS
