/** 查询码 alphabet: no 0/O, 1/I/L, 2/Z, 5/S or 8/B, so codes read aloud or copied by hand stay right. */
export const TRACKING_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY'
export const TRACKING_CODE_LENGTH = 10
export const TRACKING_CODE_PATTERN = new RegExp(`^[${TRACKING_CODE_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`)

/**
 * A tracking code from random bytes (the caller supplies a cryptographic source). 25 symbols ×
 * 10 places ≈ 46 bits; bytes ≥ 250 are skipped so every symbol is equally likely.
 */
export function trackingCodeFrom(randomBytes: (count: number) => Uint8Array): string {
  let code = ''
  while (code.length < TRACKING_CODE_LENGTH) {
    for (const byte of randomBytes(TRACKING_CODE_LENGTH * 2)) {
      if (byte >= 250 || code.length === TRACKING_CODE_LENGTH) continue
      code += TRACKING_CODE_ALPHABET[byte % TRACKING_CODE_ALPHABET.length]
    }
  }
  return code
}

/** Visitors type codes in any case and with spaces; compare the canonical form. */
export function normalizeTrackingCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase()
}
