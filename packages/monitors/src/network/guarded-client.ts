import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction, type Socket } from 'node:net'
import { performance } from 'node:perf_hooks'

import { decideAddress, type AddressAllowances } from './address-policy.js'
import { HostQueue } from './host-queue.js'
import type { FailureReason, HttpFailure, HttpResponse, HttpResult, RedirectHop } from './http-result.js'
import { systemResolver, type ResolvedAddress, type Resolver } from './resolver.js'

/** How the monitors may use the network; every monitor goes through one client built from these. */
export interface NetworkSettings extends AddressAllowances {
  /** `monitorUserAgent(contactUrl)`. */
  userAgent: string
  /** Until the TCP connection is up (default 5 s). */
  connectTimeoutMs?: number
  /** For the whole exchange, redirects included (default 30 s); a request can ask for less. */
  totalTimeoutMs?: number
  /** Bytes of a body read at most (default 2 MiB); the rest is not downloaded. */
  maxResponseBytes?: number
  /** Redirects followed at most (default 5). */
  maxRedirects?: number
  /** Connections to one host at a time (default 2). */
  maxConnectionsPerHost?: number
  /** Further attempts after a timeout or a 5xx (default 2). */
  retries?: number
  /** Wait before the first retry, doubled for each next one (default 1 s). */
  retryDelayMs?: number
  /** Default: the system resolver. */
  resolve?: Resolver
  /** How a retry waits (default: a timer); tests record the waits instead of sleeping. */
  wait?: (ms: number) => Promise<void>
}

export interface RequestOptions {
  method?: 'GET' | 'HEAD'
  /** Read the body (GET only, up to the size cap); otherwise the connection is closed after the headers. */
  readBody?: boolean
  totalTimeoutMs?: number
  maxRedirects?: number
  retries?: number
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

type HopFailure = Pick<HttpFailure, 'reason' | 'message' | 'errorCode' | 'refusedAddress'>
type HopAnswer = Pick<HttpResponse, 'status' | 'headers' | 'body' | 'truncated' | 'address'>
type HopOutcome = ({ kind: 'response' } & HopAnswer) | ({ kind: 'failure' } & HopFailure)

const failed = (reason: FailureReason, message: string, extra: Partial<HopFailure> = {}): HopOutcome => ({ kind: 'failure', reason, message, ...extra })

/** URL hostnames write IPv6 literals in brackets; sockets and the address policy want them bare. */
const bareHost = (hostname: string): string => hostname.replace(/^\[(.*)\]$/, '$1')

const withoutFragment = (url: URL): string => url.href.replace(/#.*$/, '')

function connectionFailure(error: unknown): HopOutcome {
  const code = (error as { code?: unknown }).code
  return failed('connection', String((error as Error).message ?? error), typeof code === 'string' ? { errorCode: code } : {})
}

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * R-DAILY-INSPECT, R-VETO-SECURITY: the only way the monitors reach the network. It resolves each
 * host itself, refuses any address the deployment does not allow (`decideAddress`: private,
 * loopback, link-local, …) before a packet is sent, then connects to exactly the address it
 * checked (the socket's lookup answers with it, so a second DNS answer cannot differ — no
 * rebinding gap) and checks the connected address once more. Every redirect hop is a new
 * request judged the same way. Timeouts for the connection and the whole exchange, a body size
 * cap, an identifying user agent, at most `maxConnectionsPerHost` connections per host, and
 * retries with exponential backoff for timeouts and 5xx answers only. Never throws: every
 * outcome is an `HttpResult`.
 */
export class GuardedClient {
  private readonly queue: HostQueue
  private readonly resolve: Resolver
  private readonly wait: (ms: number) => Promise<void>
  private readonly connectTimeoutMs: number
  private readonly totalTimeoutMs: number
  private readonly maxResponseBytes: number
  private readonly maxRedirects: number
  private readonly retries: number
  private readonly retryDelayMs: number

  constructor(private readonly settings: NetworkSettings) {
    this.queue = new HostQueue(settings.maxConnectionsPerHost ?? 2)
    this.resolve = settings.resolve ?? systemResolver
    this.wait = settings.wait ?? defaultWait
    this.connectTimeoutMs = settings.connectTimeoutMs ?? 5_000
    this.totalTimeoutMs = settings.totalTimeoutMs ?? 30_000
    this.maxResponseBytes = settings.maxResponseBytes ?? 2 * 1024 * 1024
    this.maxRedirects = settings.maxRedirects ?? 5
    this.retries = settings.retries ?? 2
    this.retryDelayMs = settings.retryDelayMs ?? 1_000
  }

  async request(url: string, options: RequestOptions = {}): Promise<HttpResult> {
    const retries = options.retries ?? this.retries
    for (let attempt = 1; ; attempt++) {
      const result = await this.follow(url, options, attempt)
      const retryable = result.kind === 'failure' ? result.reason === 'timeout' || result.reason === 'connect-timeout' : result.status >= 500
      if (!retryable || attempt > retries) return result
      await this.wait(this.retryDelayMs * 2 ** (attempt - 1))
    }
  }

  /** One attempt: the first request and every redirect it leads to. */
  private async follow(start: string, options: RequestOptions, attempts: number): Promise<HttpResult> {
    const method = options.method ?? 'GET'
    const readBody = method === 'GET' && options.readBody === true
    const maxRedirects = options.maxRedirects ?? this.maxRedirects
    const redirects: RedirectHop[] = []
    const visited = new Set<string>()
    let budget = options.totalTimeoutMs ?? this.totalTimeoutMs
    let elapsedMs = 0
    let current = URL.canParse(start) ? new URL(start) : undefined
    const end = (outcome: HopOutcome): HttpResult => {
      return { ...outcome, url: start, finalUrl: current?.href ?? start, redirects, elapsedMs: Math.round(elapsedMs), attempts }
    }
    if (!current) return end(failed('invalid-url', `not a URL: ${start}`))
    for (;;) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') return end(failed('unsupported-scheme', `not http(s): ${current.protocol}`))
      visited.add(withoutFragment(current))
      const started = performance.now()
      const outcome = await this.hop(current, method, readBody, budget)
      const spent = performance.now() - started - outcome.queuedMs
      elapsedMs += spent
      budget -= spent
      const location = outcome.kind === 'response' && REDIRECT_STATUSES.has(outcome.status) ? outcome.headers.location : undefined
      if (outcome.kind === 'failure' || location === undefined) return end(outcome)
      redirects.push({ url: current.href, status: outcome.status })
      if (!URL.canParse(location, current.href)) return end(failed('invalid-url', `redirect to a non-URL: ${location}`))
      current = new URL(location, current)
      if (visited.has(withoutFragment(current))) return end(failed('redirect-loop', `redirected back to ${current.href}`))
      if (redirects.length > maxRedirects) return end(failed('too-many-redirects', `more than ${maxRedirects} redirects`))
      if (budget <= 0) return end(failed('timeout', 'no answer within the time limit'))
    }
  }

  /** Resolve and check the host, then exchange once over a connection of the host's queue. */
  private async hop(url: URL, method: 'GET' | 'HEAD', readBody: boolean, budgetMs: number): Promise<HopOutcome & { queuedMs: number }> {
    const hostname = bareHost(url.hostname)
    const started = performance.now()
    const target = await this.checkedAddress(hostname, budgetMs)
    if ('kind' in target) return { ...target, queuedMs: 0 }
    const resolvedAt = performance.now()
    let queuedMs = 0
    const outcome = await this.queue.run(hostname, () => {
      queuedMs = performance.now() - resolvedAt
      return this.exchange(url, hostname, target, method, readBody, budgetMs - (resolvedAt - started))
    })
    return { ...outcome, queuedMs }
  }

  private async checkedAddress(hostname: string, timeoutMs: number): Promise<ResolvedAddress | HopOutcome> {
    const family = isIP(hostname)
    let addresses: ResolvedAddress[]
    if (family !== 0) addresses = [{ address: hostname, family: family === 6 ? 6 : 4 }]
    else {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))
      try {
        const answer = await Promise.race([this.resolve(hostname), timeout])
        if (answer === 'timeout') return failed('timeout', `resolving ${hostname} took too long`)
        addresses = answer
      } catch (error) {
        const code = (error as { code?: unknown }).code
        return failed('dns', `${hostname} does not resolve: ${String((error as Error).message ?? error)}`, typeof code === 'string' ? { errorCode: code } : {})
      } finally {
        clearTimeout(timer)
      }
    }
    const first = addresses[0]
    if (!first) return failed('dns', `${hostname} has no address`)
    for (const { address } of addresses) {
      const decision = decideAddress(address, this.settings)
      if (!decision.allowed) {
        return failed('address-refused', `${hostname} resolves to ${address} (${decision.category}), which the monitors may not reach`, {
          refusedAddress: { address, category: decision.category },
        })
      }
    }
    return first
  }

  private exchange(url: URL, hostname: string, target: ResolvedAddress, method: 'GET' | 'HEAD', readBody: boolean, timeoutMs: number): Promise<HopOutcome> {
    return new Promise((resolve) => {
      let settled = false
      let connectTimer: NodeJS.Timeout | undefined
      const finish = (outcome: HopOutcome) => {
        if (settled) return
        settled = true
        clearTimeout(totalTimer)
        clearTimeout(connectTimer)
        resolve(outcome)
        request.destroy()
      }
      // Node asks this instead of DNS, so the socket connects to the address just checked.
      const lookup: LookupFunction = (_name, options, callback) => {
        if (options.all) callback(null, [target])
        else callback(null, target.address, target.family)
      }
      const transport = url.protocol === 'https:' ? https : http
      const request = transport.request({
        protocol: url.protocol,
        hostname,
        port: url.port === '' ? undefined : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method,
        agent: false,
        lookup,
        headers: { 'user-agent': this.settings.userAgent, accept: ACCEPT, 'accept-language': 'zh-CN,zh;q=0.9', 'accept-encoding': 'identity' },
      })
      const totalTimer = setTimeout(() => finish(failed('timeout', `no answer from ${url.host} within ${Math.round(timeoutMs)} ms`)), Math.max(timeoutMs, 0))
      request.on('socket', (socket: Socket) => {
        const connected = () => {
          clearTimeout(connectTimer)
          const decision = decideAddress(socket.remoteAddress ?? '', this.settings)
          if (!decision.allowed) {
            finish(
              failed('address-refused', `connected to ${socket.remoteAddress} (${decision.category})`, {
                refusedAddress: { address: socket.remoteAddress ?? '', category: decision.category },
              }),
            )
          }
        }
        if (!socket.connecting) return connected()
        connectTimer = setTimeout(
          () => finish(failed('connect-timeout', `no connection to ${url.host} within ${this.connectTimeoutMs} ms`)),
          this.connectTimeoutMs,
        )
        socket.once('connect', connected)
      })
      request.on('error', (error) => finish(connectionFailure(error)))
      request.on('response', (response) => {
        response.on('error', (error) => finish(connectionFailure(error)))
        const answer = { status: response.statusCode ?? 0, headers: response.headers, address: target.address }
        if (!readBody || REDIRECT_STATUSES.has(answer.status)) return finish({ kind: 'response', ...answer, truncated: false })
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          if (size + chunk.length > this.maxResponseBytes) {
            chunks.push(chunk.subarray(0, this.maxResponseBytes - size))
            finish({ kind: 'response', ...answer, body: Buffer.concat(chunks), truncated: true })
            return
          }
          chunks.push(chunk)
          size += chunk.length
        })
        response.on('end', () => finish({ kind: 'response', ...answer, body: Buffer.concat(chunks), truncated: false }))
      })
      request.end()
    })
  }
}
