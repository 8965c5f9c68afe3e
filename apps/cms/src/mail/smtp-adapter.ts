import type { MailSettings, SmtpSettings } from '@govsite/domain'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { Refusal } from '../shared/refusal'

/**
 * Payload's e-mail adapter over nodemailer SMTP. (`@payloadcms/email-nodemailer` has no 3.90.2
 * release and requires its own payload version, so the few lines it would add live here.)
 * A failed delivery is a 503 with a code, not a server fault.
 */
export function smtpEmailAdapter(smtp: SmtpSettings, from: MailSettings['from']): EmailAdapter {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    ignoreTLS: smtp.security === 'none',
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  })
  return ({ payload }) => ({
    name: 'govsite-smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      try {
        return await transport.sendMail({ from: { name: from.name, address: from.address }, ...message })
      } catch (error) {
        payload.logger.error({ err: error, msg: `GovSite CMS：邮件发送失败（SMTP ${smtp.host}:${smtp.port}）` })
        throw new Refusal(503, 'mail.send_failed', '邮件发送失败，请稍后再试或联系平台管理员')
      }
    },
  })
}
