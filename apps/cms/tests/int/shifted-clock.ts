/**
 * Run `work` with the process's clock moved to start at `start`, advancing in real time: a
 * seed run this way writes the same dates (and 文号, 索引号 years) on every run, only seconds
 * apart. Vitest's fake timers advance in steps, which gives consecutive versions equal
 * `updatedAt`s and so confuses Payload's latest-version reads.
 */
export async function withClockFrom<T>(start: Date, work: () => Promise<T>): Promise<T> {
  const RealDate = Date
  const offset = start.getTime() - RealDate.now()
  class ShiftedDate extends RealDate {
    constructor(...args: [] | [string | number | Date]) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(args[0])
    }
    static override now(): number {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor
  try {
    return await work()
  } finally {
    globalThis.Date = RealDate
  }
}
