import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, LockedAuth, type AfterErrorHook } from 'payload'

import { Refusal } from '../shared/refusal'

const hash = promisify(pbkdf2)

/**
 * One answer for an unknown account, a locked one and a wrong password, so a sign-in attempt
 * never tells whether an account exists (R-SEC-ACCOUNTS).
 */
export const loginRefused = (): Refusal => new Refusal(401, 'auth.login_failed', '邮箱或密码不正确；连续失败 5 次后账户将锁定 15 分钟')

/**
 * Payload answers an unknown or locked account at once but hashes the password of a known one;
 * spend the same work (its current PBKDF2 parameters) so the answer takes as long either way.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  await hash(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}

const isLoginFailure = (error: unknown): boolean =>
  error instanceof LockedAuth ||
  error instanceof AuthenticationError ||
  (error instanceof Error && (error.name === 'LockedAuth' || error.name === 'AuthenticationError'))

/** Maps Payload's own login failures (wrong password, the attempt that locks) to the one answer, on REST and GraphQL. */
export const uniformLoginFailure: AfterErrorHook = ({ error, graphqlResult }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!isLoginFailure(original)) return
  const refusal = loginRefused()
  if (graphqlResult) {
    return {
      graphqlResult: { ...graphqlResult, message: refusal.message, extensions: { name: refusal.name, data: refusal.data, statusCode: refusal.status } },
    }
  }
  return { response: { errors: [{ name: refusal.name, data: refusal.data, message: refusal.message }] }, status: refusal.status }
}
