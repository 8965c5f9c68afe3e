import { randomBytes } from 'node:crypto'

import { checkPublicFields, messageDueDate, trackingCodeFrom, type Finding, type MessageSubmission } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { loadWordLists } from '../globals/content-check-settings'
import { loadWorkingCalendar } from '../globals/working-calendar'

/** Set on the request context by the intake only: messages are created nowhere else. */
export const MESSAGE_INTAKE_FLAG = 'govsiteMessageIntake'

const SPAM_CODES = /^check\.(forbidden_word\.|seo_|link_scheme$|spam_link$|commercial_link$)/

/**
 * The pre-review checks on what a visitor wrote. Listed spam terms, SEO-injection shapes and
 * suspicious links or typed addresses mark the message as spam for the handlers; it is stored
 * either way.
 */
export function spamFindings(findings: Finding[]): Finding[] {
  return findings.filter((finding) => SPAM_CODES.test(finding.code))
}

export interface ReceivedMessage {
  id: string
  trackingCode: string
  receivedAt: string
  dueDate: string
}

/**
 * Store a visitor's message (R-MSG-5WD): tracking code, receipt time and due date are set here
 * from the server clock and the working calendar; spam is flagged, never dropped.
 */
export async function receiveMessage(
  req: PayloadRequest,
  input: MessageSubmission & { siteId: string; clientIp: string | null },
  now: Date,
): Promise<ReceivedMessage> {
  const calendar = await loadWorkingCalendar(req.payload, req)
  const text = (field: string, value: string) => ({ field, texts: [value], links: [], images: [] })
  const findings = checkPublicFields([text('姓名', input.name), text('标题', input.subject), text('留言内容', input.content)], await loadWordLists(req))
  const spam = spamFindings(findings)
  const receivedAt = now.toISOString()
  const dueDate = messageDueDate(now, calendar)

  for (let attempt = 0; ; attempt += 1) {
    const trackingCode = trackingCodeFrom((count) => randomBytes(count))
    const taken = await req.payload.count({ collection: 'messages', where: { trackingCode: { equals: trackingCode } }, overrideAccess: true, req })
    if (taken.totalDocs > 0 && attempt < 5) continue
    const doc = await req.payload.create({
      collection: 'messages',
      data: {
        site: input.siteId,
        handlingSite: input.siteId,
        trackingCode,
        category: input.category,
        name: input.name,
        phone: input.phone ?? null,
        email: input.email ?? null,
        subject: input.subject,
        content: input.content,
        publicAnswer: input.publicAnswer,
        receivedAt,
        dueDate,
        clientIp: input.clientIp,
        spam: spam.length > 0,
        spamFindings: spam.length > 0 ? spam : null,
      },
      context: { [MESSAGE_INTAKE_FLAG]: true },
      overrideAccess: true,
      req,
    })
    return { id: String(doc.id), trackingCode, receivedAt, dueDate }
  }
}
