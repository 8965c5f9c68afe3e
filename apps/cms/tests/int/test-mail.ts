import { startMailReceiver, type MailReceiver } from '@govsite/node-kit'

export const TEST_MAIL_FROM = '示例市政府网站群 <noreply@example.gov.cn>'
export const TEST_CMS_PUBLIC_URL = 'https://cms.example.gov.cn'

export interface TestMail {
  /** The receiver; a test that stops it to simulate an SMTP outage puts the restarted one here. */
  receiver: MailReceiver
  /** Stops the receiver and puts the environment back as it was. */
  close: () => Promise<void>
}

/**
 * A local SMTP receiver on loopback with the CMS's mail settings pointed at it (and `extraEnv`),
 * for tests that boot a CMS which mails: start it before the fixture, close it after the cleanup.
 */
export async function startTestMail(extraEnv: Record<string, string> = {}): Promise<TestMail> {
  const receiver = await startMailReceiver()
  const env: Record<string, string> = {
    SMTP_HOST: receiver.host,
    SMTP_PORT: String(receiver.port),
    SMTP_SECURE: 'none',
    MAIL_FROM: TEST_MAIL_FROM,
    CMS_PUBLIC_URL: TEST_CMS_PUBLIC_URL,
    ...extraEnv,
  }
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  const mail: TestMail = {
    receiver,
    close: async () => {
      await mail.receiver.close()
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    },
  }
  return mail
}
