import {
  messageSubmissionSchema,
  normalizeTrackingCode,
  publicMessageListQuerySchema,
  TRACKING_CODE_PATTERN,
  type MessageReceipt,
  type MessageStatus,
  type PublicMessageList,
} from '@govsite/domain'
import type { Endpoint } from 'payload'

import type { Message } from '../../payload-types'
import { currentTime } from '../../shared/clock'
import { idOf } from '../../shared/relation-id'
import { receiveMessage } from '../message-intake'
import { rateLimits } from './rate-limit'
import { Refusal } from '../../shared/refusal'
import { answerRefusals } from '../../shared/refusal-shape'
import { readJsonBody } from '../../shared/json-body'
import { parseOrRefuse } from '../../shared/parse-or-refuse'
import { jsonResponse } from './json-response'
import { requireService, visitorIp } from './service-auth'
import { siteBySlug, siteSlugOf } from './site-lookup'

const PAGE_SIZE = 10

/** `POST /api/public/messages`: store a visitor's message, answer with its tracking code and due date. */
export const submitMessageEndpoint: Endpoint = {
  path: '/public/messages',
  method: 'post',
  handler: (req) =>
    answerRefusals(async () => {
      requireService(req)
      const ip = visitorIp(req)
      rateLimits.messages.take(ip, 'message.rate-limited', '提交过于频繁，请 10 分钟后再试')
      const input = parseOrRefuse(messageSubmissionSchema, await readJsonBody(req, 'message.invalid'), 'message.invalid', '留言内容不完整或格式不正确')
      const site = await siteBySlug(req, input.site)
      const stored = await receiveMessage(req, { ...input, siteId: site.id, clientIp: ip }, currentTime())
      const receipt: MessageReceipt = { trackingCode: stored.trackingCode, receivedAt: stored.receivedAt, dueDate: stored.dueDate }
      return jsonResponse(receipt, 201)
    }),
}

/** `GET /api/public/messages/:trackingCode`: status for the visitor who holds the code; the reply once published. */
export const messageStatusEndpoint: Endpoint = {
  path: '/public/messages/:trackingCode',
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      requireService(req)
      const code = normalizeTrackingCode(String(req.routeParams?.trackingCode ?? ''))
      const notFound = new Refusal(404, 'message.not-found', '查询码不存在，请核对后重试')
      if (!TRACKING_CODE_PATTERN.test(code)) throw notFound
      const found = await req.payload.find({ collection: 'messages', where: { trackingCode: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, req })
      const message = found.docs[0] as Message | undefined
      if (!message) throw notFound
      const answered = message._status === 'published' && Boolean(message.answeredAt)
      const status: MessageStatus = {
        trackingCode: message.trackingCode,
        siteSlug: await siteSlugOf(req, idOf(message.site)),
        category: message.category,
        subject: message.subject,
        content: message.content,
        receivedAt: message.receivedAt,
        dueDate: message.dueDate,
        status: answered ? 'answered' : 'received',
        ...(answered
          ? {
              reply: message.reply as MessageStatus['reply'],
              answeredAt: message.answeredAt as string,
              handlingWorkingDays: message.handlingWorkingDays ?? 0,
            }
          : {}),
      }
      return jsonResponse(status)
    }),
}

/** `GET /api/public/messages?site=&page=`: published answers whose writers agreed to publication. */
export const publicMessageListEndpoint: Endpoint = {
  path: '/public/messages',
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      requireService(req)
      const query = parseOrRefuse(
        publicMessageListQuerySchema,
        { site: req.searchParams.get('site') ?? undefined, page: req.searchParams.get('page') ?? undefined },
        'message.invalid',
        '查询参数不正确',
      )
      const site = await siteBySlug(req, query.site)
      const found = await req.payload.find({
        collection: 'messages',
        where: {
          and: [{ site: { equals: site.id } }, { _status: { equals: 'published' } }, { publicAnswer: { equals: true } }, { answeredAt: { exists: true } }],
        },
        sort: '-answeredAt',
        limit: PAGE_SIZE,
        page: query.page,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const list: PublicMessageList = {
        docs: (found.docs as Message[]).map((message) => ({
          id: String(message.id),
          category: message.category,
          subject: message.subject,
          content: message.content,
          reply: message.reply as PublicMessageList['docs'][number]['reply'],
          receivedAt: message.receivedAt,
          answeredAt: message.answeredAt as string,
          handlingWorkingDays: message.handlingWorkingDays ?? 0,
        })),
        page: query.page,
        totalPages: found.totalPages,
        totalDocs: found.totalDocs,
      }
      return jsonResponse(list)
    }),
}
