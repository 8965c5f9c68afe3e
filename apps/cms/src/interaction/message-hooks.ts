import { handlingWorkingDays } from '@govsite/domain'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { loadWorkingCalendar } from '../globals/working-calendar'
import { DRAFT_SAVE_FLAG, isEngineWrite } from '../shared/context-flags'
import { idOf } from '../shared/relation-id'
import { Refusal } from '../shared/refusal'
import type { PublishHookArgs } from '../workflow/workflow-options'
import { MESSAGE_INTAKE_FLAG } from './message-intake'
import { hasRichText } from './rich-text'

/** What the visitor wrote and what the system recorded on receipt: nobody changes it afterwards. */
export const RECEIVED_FIELDS = [
  'site',
  'trackingCode',
  'category',
  'name',
  'phone',
  'email',
  'subject',
  'content',
  'publicAnswer',
  'receivedAt',
  'dueDate',
  'clientIp',
  'spamFindings',
] as const

const comparable = (name: string, value: unknown): string => {
  if (name === 'site') return idOf(value) ?? ''
  if (value === undefined || value === null || value === '') return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/**
 * Messages enter only through the public intake; afterwards staff edit the reply and the
 * handling fields, never what the visitor wrote or when it arrived (the deadline depends on it).
 */
export const guardReceivedFields: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  if (operation === 'create') {
    if (context[MESSAGE_INTAKE_FLAG] !== true) {
      throw new Refusal(403, 'message.create_forbidden', '留言只能由公众通过网站提交，后台不能新建留言')
    }
    return data
  }
  if (isEngineWrite(context)) return data
  const original = (originalDoc ?? {}) as Record<string, unknown>
  const changed = RECEIVED_FIELDS.filter((name) => name in data && comparable(name, data[name]) !== comparable(name, original[name]))
  if (changed.length > 0) {
    throw new Refusal(403, 'message.received_fields_locked', '来信人填写的内容和收信时间、办理期限不能修改，只能填写答复和办理信息')
  }
  return data
}

/**
 * Publishing a reply (R-MSG-5WD): it must have text; the first publication records when the
 * message was answered and the handling time in working days (0 = answered the same day).
 */
export async function onMessagePublish({ req, doc, now }: PublishHookArgs): Promise<Record<string, unknown>> {
  if (!hasRichText(doc.reply)) {
    throw new Refusal(409, 'message.reply_required', '答复内容为空，不能发布')
  }
  if (doc.answeredAt) return {}
  const calendar = await loadWorkingCalendar(req.payload, req)
  return {
    answeredAt: now.toISOString(),
    handlingWorkingDays: handlingWorkingDays(new Date(String(doc.receivedAt)), now, calendar),
  }
}

/**
 * Access rules filter on the main document, but the admin saves drafts into versions. A new
 * handling site must take effect at once (its staff need to see the message to answer it), so
 * a draft save that reassigns the message also records the handling site on the main document.
 */
export const syncHandlingSite: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'update' || context[DRAFT_SAVE_FLAG] !== true) return doc
  const main = await req.payload.findByID({ collection: 'messages', id: doc.id, depth: 0, overrideAccess: true, req })
  const assigned = idOf(doc.handlingSite)
  if (assigned && assigned !== idOf(main.handlingSite)) {
    await req.payload.db.updateOne({ collection: 'messages', id: doc.id, data: { handlingSite: assigned }, returning: false, req })
  }
  return doc
}
