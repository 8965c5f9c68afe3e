import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { setClock } from '../../src/shared/clock'
import { CLIENT_IP_HEADER } from '../../src/shared/client-ip'
import type { ApiResponse } from './api-client'
import { PASSWORD, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const START = new Date('2026-11-24T02:00:00.000Z')
const at = (minutes: number) => new Date(START.getTime() + minutes * 60_000)

/** What an attacker can observe of a refused sign-in. */
const observable = (answer: ApiResponse) => ({ status: answer.status, body: answer.body })

describe('sign-in throttle and enumeration (R-SEC-ACCOUNTS, issue hole 7)', () => {
  let fx: WorkflowFixture
  let now = START

  beforeAll(async () => {
    fx = await workflowFixture()
    setClock(() => now)
  })
  afterEach(() => {
    now = START
  })
  afterAll(async () => {
    setClock(() => new Date())
    await fx?.cleanup()
  })

  const login = (email: string, password: string, ip: string) =>
    fx.api.rest('POST', 'users/login', { body: { email, password }, headers: { [CLIENT_IP_HEADER]: ip } })
  const graphqlLogin = (email: string, password: string, ip: string) =>
    fx.api.graphql(
      'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
      { email, password },
      undefined,
      {
        [CLIENT_IP_HEADER]: ip,
      },
    )

  it('answers an unknown account, a locked one and a wrong password identically, on REST and GraphQL', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1)
      await fx.payload.login({ collection: 'users', data: { email: 'reviewerb@example.gov.cn', password: 'not-the-password' } }).catch(() => undefined)
    const unknown = await login('nobody@example.gov.cn', 'some-password-guess', '192.0.2.1')
    const locked = await login('reviewerb@example.gov.cn', PASSWORD, '192.0.2.2')
    const wrong = await login('reviewera@example.gov.cn', 'some-password-guess', '192.0.2.3')
    expect(observable(unknown)).toEqual({
      status: 401,
      body: {
        code: 'auth.login_failed',
        message: '邮箱或密码不正确；连续失败 5 次后账户将锁定 15 分钟',
        errors: [{ name: 'WorkflowError', data: { code: 'auth.login_failed' }, message: '邮箱或密码不正确；连续失败 5 次后账户将锁定 15 分钟' }],
      },
    })
    expect(observable(locked)).toEqual(observable(unknown))
    expect(observable(wrong)).toEqual(observable(unknown))

    const graphqlAnswers = [
      await graphqlLogin('nobody@example.gov.cn', 'some-password-guess', '192.0.2.4'),
      await graphqlLogin('reviewerb@example.gov.cn', PASSWORD, '192.0.2.5'),
      await graphqlLogin('reviewera@example.gov.cn', 'some-password-guess', '192.0.2.6'),
    ].map((answer) => {
      const [error] = answer.body.errors as { message: string; extensions: unknown }[]
      return { status: answer.status, message: error!.message, extensions: error!.extensions }
    })
    expect(graphqlAnswers[0]).toEqual({
      status: 200,
      message: '邮箱或密码不正确；连续失败 5 次后账户将锁定 15 分钟',
      extensions: { name: 'WorkflowError', data: { code: 'auth.login_failed' }, statusCode: 401 },
    })
    expect(graphqlAnswers[1]).toEqual(graphqlAnswers[0])
    expect(graphqlAnswers[2]).toEqual(graphqlAnswers[0])
  })

  it('answers the attempt that locks an account like any wrong password', async () => {
    const answers: ApiResponse[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) answers.push(await login('editorb@example.gov.cn', 'guess-number-' + attempt, `192.0.2.${10 + attempt}`))
    for (const answer of answers) expect(observable(answer)).toEqual(observable(answers[0]!))
    expect(JSON.stringify(answers[4]!.body)).toContain('auth.login_failed')
  })

  it('spends the same password-hashing work on an unknown account as on a known one', async () => {
    const time = async (email: string, ip: string) => {
      const started = performance.now()
      await login(email, 'some-password-guess', ip)
      return performance.now() - started
    }
    await time('reviewera@example.gov.cn', '192.0.2.30')
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 3; round += 1) {
      known.push(await time('siteadmina@example.gov.cn', `192.0.2.${31 + round}`))
      unknown.push(await time(`ghost${round}@example.gov.cn`, `192.0.2.${41 + round}`))
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!
    // PBKDF2 with Payload's 600,000 iterations dominates both; without it an unknown account answers in a few ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5)
    expect(median(unknown)).toBeLessThan(median(known) * 2)
  })

  it('refuses an address after 20 failed sign-ins in 15 minutes with 429, whichever accounts it tries, until the window passes', async () => {
    const ip = '203.0.113.7'
    for (let attempt = 0; attempt < 20; attempt += 1) {
      now = at(attempt * 0.5)
      expect((await login(`guess${attempt}@example.gov.cn`, 'some-password-guess', ip)).status).toBe(401)
    }
    now = at(10)
    const refused = await login('editora@example.gov.cn', PASSWORD, ip)
    expect(refused.status).toBe(429)
    expect(refused.body).toEqual({
      code: 'auth.rate_limited',
      message: '尝试次数过多，请 5 分钟后再试',
      errors: [{ name: 'WorkflowError', data: { code: 'auth.rate_limited' }, message: '尝试次数过多，请 5 分钟后再试' }],
    })
    const graphqlRefused = await graphqlLogin('editora@example.gov.cn', PASSWORD, ip)
    expect(JSON.stringify(graphqlRefused.body.errors)).toContain('auth.rate_limited')

    // Another address is not affected.
    expect((await login('editora@example.gov.cn', PASSWORD, '203.0.113.8')).status).toBe(200)
    // Once the first failures leave the window, the address may try again.
    now = at(15.1)
    expect((await login('editora@example.gov.cn', PASSWORD, ip)).status).toBe(200)
  })

  it('does not count successful sign-ins, so an office behind one address is never throttled', async () => {
    const ip = '203.0.113.50'
    for (let attempt = 0; attempt < 22; attempt += 1) {
      expect((await login(attempt % 2 ? 'editora@example.gov.cn' : 'reviewera@example.gov.cn', PASSWORD, ip)).status).toBe(200)
    }
  })

  it('keeps the limiter bounded when addresses flood it', async () => {
    const { RateLimiter } = await import('../../src/rate-limit/rate-limiter')
    const limiter = new RateLimiter(1, 60_000, 100)
    for (let index = 0; index < 1000; index += 1) limiter.hit(`198.18.${Math.floor(index / 256)}.${index % 256}`)
    expect((limiter as unknown as { hits: Map<string, number[]> }).hits.size).toBeLessThanOrEqual(100)
    // The most recent addresses are still limited.
    expect(limiter.hit('198.18.3.231')).not.toBeNull()
  })
})
