/**
 * The engine's notion of "now". Production uses the system clock; tests replace it so time
 * rules (scheduled publication) are checked without sleeping.
 */
let now: () => Date = () => new Date()

export const currentTime = (): Date => now()

export function setClock(clock: () => Date): void {
  now = clock
}
