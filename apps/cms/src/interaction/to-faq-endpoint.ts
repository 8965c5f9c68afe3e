import type { Endpoint, PayloadRequest } from 'payload'

import { idOf } from '../shared/relation-id'
import { isPlatformAdmin, sitesWritableBy } from '../access/roles'
import { Refusal } from '../shared/refusal'
import { answerRefusals } from '../shared/refusal-shape'

/** The site the new FAQ belongs to: the handling site, or the receiving one if only that is the user's. */
function faqSiteFor(user: unknown, message: Record<string, unknown>): string | null {
  const candidates = [idOf(message.handlingSite), idOf(message.site)].filter((id): id is string => id !== null)
  if (isPlatformAdmin(user)) return candidates[0] ?? null
  const writable = sitesWritableBy(user)
  return candidates.find((id) => writable.includes(id)) ?? null
}

async function createFaqFromMessage(req: PayloadRequest, id: string): Promise<{ id: string; adminUrl: string }> {
  if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
  const visible = await req.payload.count({ collection: 'messages', where: { id: { equals: id } }, overrideAccess: false, user: req.user, req })
  if (visible.totalDocs === 0) throw new Refusal(404, 'message.not-found', '留言不存在或您无权访问')
  // The published version carries the reply that was approved.
  const message = (await req.payload.findByID({ collection: 'messages', id, depth: 0, overrideAccess: true, req })) as unknown as Record<string, unknown>
  if (message._status !== 'published' || !message.answeredAt) {
    throw new Refusal(409, 'message.not-answered', '该留言的答复尚未发布，发布后才能加入知识库')
  }
  const site = faqSiteFor(req.user, message)
  if (!site) throw new Refusal(403, 'site.forbidden', '您没有在该站点编辑知识库的权限')
  const faq = await req.payload.create({
    collection: 'faqs',
    data: { site, question: String(message.subject), answer: message.reply as never, sourceMessage: id },
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return { id: String(faq.id), adminUrl: `/admin/collections/faqs/${faq.id}` }
}

/** `POST /api/messages/:id/to-faq`: "加入知识库" — a pre-filled FAQ draft from an answered message. */
export const toFaqEndpoint: Endpoint = {
  path: '/:id/to-faq',
  method: 'post',
  handler: (req) => answerRefusals(async () => Response.json(await createFaqFromMessage(req, String(req.routeParams?.id ?? '')), { status: 201 })),
}
