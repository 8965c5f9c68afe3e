import { createHash, randomInt } from 'node:crypto'

import { Secret, TOTP } from 'otpauth'

const ISSUER = 'GovSite'
const PERIOD_SECONDS = 30
/** One period either side, for phones whose clock is a little off. */
const WINDOW = 1

const totpFor = (secret: string, account: string) =>
  new TOTP({ issuer: ISSUER, label: account, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) })

/** A new random 160-bit secret (RFC 4226's recommended length), base32 as authenticator apps take it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (secret: string, account: string): string => totpFor(secret, account).toString()

/**
 * RFC 6238: the time step the code belongs to, or null when it matches none in the window.
 * Callers refuse a step at or before the last one accepted, so a code works once.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const delta = totpFor(secret, '').validate({ token: code, timestamp: now.getTime(), window: WINDOW })
  return delta === null ? null : TOTP.counter({ period: PERIOD_SECONDS, timestamp: now.getTime() }) + delta
}

/** The code for a time (tests and the admin's self-check). */
export const totpCodeAt = (secret: string, at: Date): string => totpFor(secret, '').generate({ timestamp: at.getTime() })

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
export const RECOVERY_CODE_COUNT = 10

/** Ten one-time recovery codes such as `k7m2p-x9c4t`, shown once at enrolment. */
export function newRecoveryCodes(): string[] {
  const part = () => Array.from({ length: 5 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('')
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${part()}-${part()}`)
}

/** Stored form of a recovery code: its SHA-256 (the codes are random, so no salt is needed). */
export const hashRecoveryCode = (code: string): string => createHash('sha256').update(code.trim().toLowerCase().replace(/[\s-]/g, '')).digest('hex')

export const looksLikeRecoveryCode = (code: string): boolean => /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim())
