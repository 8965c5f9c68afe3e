import type { Request, Response } from 'express'

import { probeCms } from './cms/cms-health-probe.js'

const startedAt = new Date()

/**
 * `GET /healthz`: the site's own state and whether the CMS answers. 200 when both are fine,
 * 503 when the CMS is down (the site itself is up and says so).
 */
export function healthHandler(cmsUrl: string) {
  return async (_req: Request, res: Response) => {
    const cms = await probeCms(cmsUrl)
    const healthy = cms.status === 'ok'
    res
      .status(healthy ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({
        status: healthy ? 'ok' : 'degraded',
        site: { status: 'ok', startedAt: startedAt.toISOString(), uptimeSeconds: Math.round(process.uptime()) },
        cms: { url: cmsUrl, ...cms },
      })
  }
}
