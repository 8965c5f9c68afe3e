import pLimit, { type LimitFunction } from 'p-limit'

/**
 * R-DAILY-INSPECT: at most `perHost` connections to one host at a time, the rest waiting their
 * turn first come first served, so checking a site's links never floods it (or a linked site).
 * A host's queue is dropped once it is idle, so the map stays as small as the work in flight.
 */
export class HostQueue {
  private readonly queues = new Map<string, LimitFunction>()

  constructor(private readonly perHost: number) {}

  run<T>(hostname: string, task: () => Promise<T>): Promise<T> {
    const key = hostname.toLowerCase()
    let queue = this.queues.get(key)
    if (!queue) {
      queue = pLimit(this.perHost)
      this.queues.set(key, queue)
    }
    const limit = queue
    return limit(task).finally(() => {
      if (limit.activeCount === 0 && limit.pendingCount === 0 && this.queues.get(key) === limit) this.queues.delete(key)
    })
  }
}
