import type { MailReceiver } from '@govsite/node-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD_RESET_SUBJECT } from '../../src/mail/password-reset-mail'
import { CLIENT_IP_HEADER } from '../../src/shared/client-ip'
import { PASSWORD, workflowFixture, type WorkflowFixture } from './workflow-fixture'
import { startTestMail, type TestMail } from './test-mail'

describe('password reset by e-mail over SMTP and the session lifetime (R-SEC-ACCOUNTS, issue hole 8)', () => {
  let testMail: TestMail
  let receiver: MailReceiver
  let fx: WorkflowFixture

  beforeAll(async () => {
    testMail = await startTestMail({ SESSION_LIFETIME_MINUTES: '30' })
    receiver = testMail.receiver
    fx = await workflowFixture()
  })
  afterAll(async () => {
    await fx?.cleanup()
    await testMail?.close()
  })

  const forgot = (email: string, ip = '192.0.2.90') => fx.api.rest('POST', 'users/forgot-password', { body: { email }, headers: { [CLIENT_IP_HEADER]: ip } })

  it('mails a Chinese reset link to CMS_PUBLIC_URL that resets the password; the new one signs in, the old one not', async () => {
    const requested = await forgot('editora@example.gov.cn')
    expect(requested.status).toBe(200)
    const mail = await receiver.next()
    expect(mail.to).toEqual(['editora@example.gov.cn'])
    expect(mail.from).toBe('noreply@example.gov.cn')
    expect(mail.subject).toBe(PASSWORD_RESET_SUBJECT)
    expect(mail.html).toContain('editorA，您好')
    const link = /https:\/\/cms\.example\.gov\.cn\/admin\/reset\/([0-9a-f]+)/.exec(mail.html)
    expect(link).not.toBeNull()

    const reset = await fx.api.rest('POST', 'users/reset-password', { body: { token: link![1], password: '邮件重置后的新密码-2026' } })
    expect(reset.status).toBe(200)
    await expect(
      fx.payload.login({ collection: 'users', data: { email: 'editora@example.gov.cn', password: '邮件重置后的新密码-2026' } }),
    ).resolves.toMatchObject({
      token: expect.any(String),
    })
    await expect(fx.payload.login({ collection: 'users', data: { email: 'editora@example.gov.cn', password: PASSWORD } })).rejects.toMatchObject({
      status: 401,
    })
    // A link works once.
    expect((await fx.api.rest('POST', 'users/reset-password', { body: { token: link![1], password: '再来一次的新密码-2026' } })).status).toBe(403)
  })

  it('answers an unknown address the same and mails nobody', async () => {
    const before = receiver.received.length
    const unknown = await forgot('nobody@example.gov.cn', '192.0.2.91')
    const known = await forgot('reviewera@example.gov.cn', '192.0.2.91')
    expect(unknown).toMatchObject({ status: known.status, body: known.body })
    const mail = await receiver.next()
    expect(mail.to).toEqual(['reviewera@example.gov.cn'])
    expect(receiver.received.length).toBe(before + 1)
  })

  it('sends at most 3 reset mails an hour to one address, from however many client addresses', async () => {
    const before = receiver.received.length
    const answers = []
    for (let attempt = 0; attempt < 4; attempt += 1) answers.push((await forgot('siteadmina@example.gov.cn', `198.51.100.${attempt + 1}`)).status)
    expect(answers).toEqual([200, 200, 200, 429])
    expect((await forgot('no.such.person@example.gov.cn', '198.51.100.9')).status).toBe(200)
    while (receiver.received.length < before + 3) await receiver.next()
    expect(receiver.received.slice(before).map((mail) => mail.to[0])).toEqual([
      'siteadmina@example.gov.cn',
      'siteadmina@example.gov.cn',
      'siteadmina@example.gov.cn',
    ])
  })

  it('signs in for SESSION_LIFETIME_MINUTES: the token and the cookie expire after 30 minutes', async () => {
    const signedIn = await fx.api.rest('POST', 'users/login', {
      body: { email: 'reviewerb@example.gov.cn', password: PASSWORD },
      headers: { [CLIENT_IP_HEADER]: '192.0.2.92' },
    })
    expect(signedIn.status).toBe(200)
    const lifetime = (signedIn.body.exp as number) - Math.floor(Date.now() / 1000)
    expect(lifetime).toBeGreaterThan(29 * 60)
    expect(lifetime).toBeLessThanOrEqual(30 * 60)
    const expires = /Expires=([^;]+)/.exec(signedIn.headers.get('set-cookie') ?? '')?.[1]
    expect(Math.round((new Date(expires!).getTime() - Date.now()) / 60_000)).toBe(30)
  })

  it('answers 503 mail.send_failed, not 500, when the SMTP server is unreachable', async () => {
    await receiver.close()
    const answer = await forgot('reviewerb@example.gov.cn', '192.0.2.93')
    expect(answer.status).toBe(503)
    expect(JSON.stringify(answer.body)).toContain('mail.send_failed')
  })
})
