/**
 * Work under way by key, shared with later callers only while the generation it started in is
 * current. Work that started before an invalidation may answer with what the invalidation
 * replaced, so a caller that arrives after it starts its own (which then becomes the one shared).
 */
export class SharedInFlight<T> {
  private readonly flights = new Map<string, { generation: number; promise: Promise<T> }>()

  /** The work under way for `key`, if it started in `generation`. */
  join(key: string, generation: number): Promise<T> | undefined {
    const flight = this.flights.get(key)
    return flight?.generation === generation ? flight.promise : undefined
  }

  /** Share `promise` for `key` until it settles or work of a later generation takes the key. */
  lead(key: string, generation: number, promise: Promise<T>): void {
    const flight = { generation, promise }
    this.flights.set(key, flight)
    const forget = () => {
      if (this.flights.get(key) === flight) this.flights.delete(key)
    }
    promise.then(forget, forget)
  }
}
