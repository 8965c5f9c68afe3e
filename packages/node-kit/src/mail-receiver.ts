import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
}

export interface MailReceiver {
  port: number
  host: string
  /** Every mail received so far, oldest first. */
  readonly received: ReceivedMail[]
  /** The next mail to arrive (or the first one not yet taken), for tests. */
  next(timeoutMs?: number): Promise<ReceivedMail>
  close(): Promise<void>
}

/**
 * A local SMTP receiver for development, the demo and tests: accepts any mail on loopback
 * without authentication or TLS, parses it and keeps it (and hands it to `onMail`). It never
 * relays anything anywhere.
 */
export async function startMailReceiver(options: { host?: string; port?: number; onMail?: (mail: ReceivedMail) => void } = {}): Promise<MailReceiver> {
  const host = options.host ?? '127.0.0.1'
  const received: ReceivedMail[] = []
  const waiting: ((mail: ReceivedMail) => void)[] = []
  let taken = 0

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          }
          received.push(mail)
          options.onMail?.(mail)
          const waiter = waiting.shift()
          if (waiter) {
            taken += 1
            waiter(mail)
          }
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0)

  return {
    host,
    port,
    received,
    next(timeoutMs = 10_000) {
      if (taken < received.length) return Promise.resolve(received[taken++]!)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no mail arrived within ${timeoutMs} ms`)), timeoutMs)
        waiting.push((mail) => {
          clearTimeout(timer)
          resolve(mail)
        })
      })
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
