import { describe, expect, it } from 'vitest'

import { SharedInFlight } from '../src/cache/shared-in-flight.js'

/** A promise settled from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const settled = () => new Promise((resolve) => setImmediate(resolve))

describe('SharedInFlight', () => {
  it('shares work under way with callers of its generation only, until it settles', async () => {
    const flights = new SharedInFlight<string>()
    const work = deferred<string>()
    flights.lead('k', 1, work.promise)
    expect(flights.join('k', 1)).toBe(work.promise)
    expect(flights.join('k', 2)).toBeUndefined()
    expect(flights.join('other', 1)).toBeUndefined()
    work.resolve('done')
    await settled()
    expect(flights.join('k', 1)).toBeUndefined()
  })

  it('lets work of a later generation take the key, and keeps it when the earlier work settles', async () => {
    const flights = new SharedInFlight<string>()
    const before = deferred<string>()
    const after = deferred<string>()
    flights.lead('k', 1, before.promise)
    flights.lead('k', 2, after.promise)
    before.reject(new Error('the CMS failed'))
    await settled()
    expect(flights.join('k', 2)).toBe(after.promise)
    expect(flights.join('k', 1)).toBeUndefined()
    after.resolve('done')
    await settled()
    expect(flights.join('k', 2)).toBeUndefined()
  })
})
