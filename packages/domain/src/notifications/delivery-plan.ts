import { addDays, chinaDate, chinaDayStart } from '../time/china-time.js'

const MINUTE_MS = 60_000
const DAY_MINUTES = 24 * 60

/** A daily window in China time, `HH:MM`–`HH:MM`; it may run past midnight (22:00–07:00). */
export interface QuietHours {
  start: string
  end: string
}

/** The platform's quiet hours for everyone who has not chosen their own. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '22:00', end: '07:00' }

/** When the daily digest of a day's non-urgent alerts is mailed: the next morning, China time. */
export const DIGEST_TIME = '08:00'

/** A failed e-mail is tried again by the delivery job until this many attempts have failed. */
export const EMAIL_MAX_ATTEMPTS = 5

export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

export interface DeliveryPreferences {
  /** Non-urgent alerts of a day in one mail the next morning. */
  digest: boolean
  /** Null: the recipient has turned quiet hours off. */
  quietHours: QuietHours | null
}

export type EmailPlan = { send: 'now' } | { send: 'later'; at: Date; reason: 'quiet-hours' | 'digest' }

const minutesOf = (time: string): number => {
  if (!CLOCK_TIME_PATTERN.test(time)) throw new RangeError(`not a HH:MM time: ${time}`)
  const [hours, minutes] = time.split(':').map(Number)
  return hours! * 60 + minutes!
}

/** The instant `time` (China time) on the China day `day` days after `now`'s. */
const onDay = (now: Date, day: number, time: string): Date => new Date(chinaDayStart(addDays(chinaDate(now), day)).getTime() + minutesOf(time) * MINUTE_MS)

/**
 * The end of the quiet period `now` lies in, or null when it lies in none. The start is quiet,
 * the end is not (22:00–07:00: 22:00 and 06:59 are quiet, 07:00 is not); equal start and end
 * mean no quiet hours.
 */
export function quietUntil(now: Date, quiet: QuietHours | null): Date | null {
  if (!quiet) return null
  const start = minutesOf(quiet.start)
  const end = minutesOf(quiet.end)
  if (start === end) return null
  const minute = Math.floor((now.getTime() - chinaDayStart(chinaDate(now)).getTime()) / MINUTE_MS) % DAY_MINUTES
  if (start < end) return minute >= start && minute < end ? onDay(now, 0, quiet.end) : null
  if (minute >= start) return onDay(now, 1, quiet.end)
  return minute < end ? onDay(now, 0, quiet.end) : null
}

/**
 * When a notification's e-mail goes out. Urgent alerts (a veto, an unreachable site, a dangerous
 * link) at once. Others: with the digest, in the next morning's digest (`DIGEST_TIME` the day
 * after, China time); otherwise at once, or at the end of the recipient's quiet hours. A digest
 * that would fall in quiet hours waits for their end too.
 */
export function planEmail(urgent: boolean, preferences: DeliveryPreferences, now: Date): EmailPlan {
  if (urgent) return { send: 'now' }
  if (preferences.digest) {
    const digestAt = onDay(now, 1, DIGEST_TIME)
    return { send: 'later', at: quietUntil(digestAt, preferences.quietHours) ?? digestAt, reason: 'digest' }
  }
  const until = quietUntil(now, preferences.quietHours)
  return until ? { send: 'later', at: until, reason: 'quiet-hours' } : { send: 'now' }
}
