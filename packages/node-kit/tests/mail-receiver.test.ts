import nodemailer from 'nodemailer'
import { afterEach, describe, expect, it } from 'vitest'

import { startMailReceiver, type MailReceiver } from '../src/mail-receiver.js'

describe('local mail receiver', () => {
  let receiver: MailReceiver | undefined
  afterEach(async () => receiver?.close())

  it('receives and parses a mail on a free loopback port', async () => {
    const seen: string[] = []
    receiver = await startMailReceiver({ onMail: (mail) => seen.push(mail.subject) })
    expect(receiver.host).toBe('127.0.0.1')
    const transport = nodemailer.createTransport({ host: receiver.host, port: receiver.port, secure: false, ignoreTLS: true })
    const next = receiver.next()
    await transport.sendMail({ from: 'noreply@example.gov.cn', to: 'editor@example.gov.cn', subject: '重置密码', text: '您好', html: '<p>您好</p>' })
    const mail = await next
    expect(mail).toMatchObject({ from: 'noreply@example.gov.cn', to: ['editor@example.gov.cn'], subject: '重置密码', html: '<p>您好</p>' })
    expect(mail.text.trim()).toBe('您好')
    expect(seen).toEqual(['重置密码'])
  })
})
