/** Payload's lock check (not exported by it), on the same clock as Payload's own lockout. */
export const isUserLocked = (lockUntil: string | null | undefined): boolean => Boolean(lockUntil) && new Date(lockUntil!).getTime() > Date.now()
