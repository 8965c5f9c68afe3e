import type { Endpoint } from 'payload'

/** `GET /api/health`: the CMS is up and its database answers. Used by the site and the start-up warm-up. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const startedAt = Date.now()
    try {
      await req.payload.count({ collection: 'sites', req })
      return Response.json({ status: 'ok', database: { status: 'ok', latencyMs: Date.now() - startedAt } })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'health check: database unavailable' })
      return Response.json({ status: 'error', code: 'health.database_unavailable', message: '数据库不可用', database: { status: 'error' } }, { status: 503 })
    }
  },
}
