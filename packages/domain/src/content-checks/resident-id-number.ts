const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARACTERS = '10X98765432'

/**
 * An 18-character PRC resident ID number (GB 11643): a region code starting 1–8, a real birth
 * date between 1900 and today, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
export function isValidResidentIdNumber(value: string): boolean {
  if (!/^[1-8]\d{16}[\dX]$/i.test(value)) return false
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  const isRealDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day
  if (!isRealDate || year < 1900 || birth.getTime() > Date.now()) return false
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index]), 0)
  return CHECK_CHARACTERS[sum % 11] === value[17]!.toUpperCase()
}
