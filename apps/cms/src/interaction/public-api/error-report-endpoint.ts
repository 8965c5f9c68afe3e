import { errorReportSubmissionSchema } from '@govsite/domain'
import type { Endpoint } from 'payload'

import { rateLimits } from './rate-limit'
import { currentTime } from '../../shared/clock'
import { answerRefusals } from '../../shared/refusal-shape'
import { readJsonBody } from '../../shared/json-body'
import { parseOrRefuse } from '../../shared/parse-or-refuse'
import { jsonResponse } from './json-response'
import { requireService, visitorIp } from './service-auth'
import { siteBySlug } from './site-lookup'

/** `POST /api/public/error-reports`: 我为政府网站找错. */
export const submitErrorReportEndpoint: Endpoint = {
  path: '/public/error-reports',
  method: 'post',
  handler: (req) =>
    answerRefusals(async () => {
      requireService(req)
      rateLimits.errorReports.take(visitorIp(req), 'error-report.rate-limited', '提交过于频繁，请 10 分钟后再试')
      const input = parseOrRefuse(
        errorReportSubmissionSchema,
        await readJsonBody(req, 'error-report.invalid'),
        'error-report.invalid',
        '纠错内容不完整或格式不正确',
      )
      const site = await siteBySlug(req, input.site)
      const report = await req.payload.create({
        collection: 'error-reports',
        data: {
          site: site.id,
          url: input.url,
          description: input.description,
          contact: input.contact ?? null,
          state: 'new',
          receivedAt: currentTime().toISOString(),
        },
        overrideAccess: true,
        req,
      })
      return jsonResponse({ id: String(report.id) }, 201)
    }),
}
