import { describe, expect, it } from 'vitest'

import { SiteDirectory, type ResolvedSite } from '../src/cache/site-directory.js'
import { CmsUnavailableError } from '../src/cms/cms-fetch.js'

const TTL_MS = 60_000

function resolved(id: string, name = `site ${id}`): ResolvedSite {
  return { site: { id, name, slug: id, kind: 'city-portal', englishDomain: `www.${id}.gov.cn`, status: 'online' }, columns: [] }
}

/** A stand-in for the CMS: answers from `answers` by key and counts the calls. */
function fakeCms(answers: Record<string, ResolvedSite | null>) {
  const calls: string[] = []
  return {
    calls,
    resolve: (key: string) => async () => {
      calls.push(key)
      return answers[key] ?? null
    },
  }
}

/** A promise settled from outside, to hold a CMS call in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function setUp(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const clock = { now: 1_000_000 }
  const directory = new SiteDirectory({ ttlMs: options.ttlMs ?? TTL_MS, now: () => clock.now, maxEntries: options.maxEntries })
  return { clock, directory }
}

describe('SiteDirectory', () => {
  it('serves a lookup within the TTL from memory, and asks again once it has passed', async () => {
    const { clock, directory } = setUp()
    const cms = fakeCms({ 'host:a': resolved('a') })
    expect((await directory.lookUp('host:a', cms.resolve('host:a'))).found?.site.id).toBe('a')
    clock.now += TTL_MS - 1
    expect(await directory.lookUp('host:a', cms.resolve('host:a'))).toEqual({ found: resolved('a') })
    expect(cms.calls).toHaveLength(1)
    clock.now += 1
    await directory.lookUp('host:a', cms.resolve('host:a'))
    expect(cms.calls).toHaveLength(2)
  })

  it('keeps "no such site" too', async () => {
    const { directory } = setUp()
    const cms = fakeCms({})
    expect(await directory.lookUp('host:nowhere', cms.resolve('host:nowhere'))).toEqual({ found: null })
    expect(await directory.lookUp('host:nowhere', cms.resolve('host:nowhere'))).toEqual({ found: null })
    expect(cms.calls).toHaveLength(1)
  })

  it('with a TTL of 0 reuses nothing, not even a concurrent lookup', async () => {
    const { directory } = setUp({ ttlMs: 0 })
    const cms = fakeCms({ 'host:a': resolved('a') })
    await directory.lookUp('host:a', cms.resolve('host:a'))
    await directory.lookUp('host:a', cms.resolve('host:a'))
    await Promise.all([directory.lookUp('host:a', cms.resolve('host:a')), directory.lookUp('host:a', cms.resolve('host:a'))])
    expect(cms.calls).toHaveLength(4)
  })

  it('shares one CMS call between concurrent lookups of a key', async () => {
    const { directory } = setUp()
    const answer = deferred<ResolvedSite | null>()
    let calls = 0
    const resolve = () => {
      calls++
      return answer.promise
    }
    const lookups = [directory.lookUp('slug:a', resolve), directory.lookUp('slug:a', resolve)]
    answer.resolve(resolved('a'))
    const [first, second] = await Promise.all(lookups)
    expect(calls).toBe(1)
    expect(first?.found?.site.id).toBe('a')
    expect(second).toEqual(first)
  })

  it('invalidating a site drops its entries and every "no such site", not other sites', async () => {
    const { directory } = setUp()
    const cms = fakeCms({ 'host:a': resolved('a'), 'slug:a': resolved('a'), 'host:b': resolved('b') })
    for (const key of ['host:a', 'slug:a', 'host:b', 'host:new']) await directory.lookUp(key, cms.resolve(key))
    cms.calls.length = 0
    directory.invalidateSite('a')
    for (const key of ['host:a', 'slug:a', 'host:b', 'host:new']) await directory.lookUp(key, cms.resolve(key))
    expect(cms.calls).toEqual(['host:a', 'slug:a', 'host:new'])
  })

  it('neither keeps nor shares a lookup that was under way when an invalidation came', async () => {
    const { directory } = setUp()
    const stale = deferred<ResolvedSite | null>()
    const before = directory.lookUp('host:a', () => stale.promise)
    directory.invalidateSite('a')
    const cms = fakeCms({ 'host:a': resolved('a', 'renamed') })
    const after = directory.lookUp('host:a', cms.resolve('host:a'))
    stale.resolve(resolved('a', 'old name'))
    expect((await before).found?.site.name).toBe('old name')
    expect((await after).found?.site.name).toBe('renamed')
    expect((await directory.lookUp('host:a', cms.resolve('host:a'))).found?.site.name).toBe('renamed')
    expect(cms.calls).toHaveLength(1)
  })

  it('does not keep a "no such site" answered across an invalidation: the site may just have been created', async () => {
    const { directory } = setUp()
    const stale = deferred<ResolvedSite | null>()
    const before = directory.lookUp('host:new', () => stale.promise)
    directory.invalidateSite('new')
    stale.resolve(null)
    expect(await before).toEqual({ found: null })
    const cms = fakeCms({ 'host:new': resolved('new') })
    expect((await directory.lookUp('host:new', cms.resolve('host:new'))).found?.site.id).toBe('new')
  })

  it('falls back to the last known site, even expired or invalidated, when the CMS is unavailable', async () => {
    const { clock, directory } = setUp()
    const cms = fakeCms({ 'host:a': resolved('a') })
    await directory.lookUp('host:a', cms.resolve('host:a'))
    clock.now += TTL_MS * 10
    directory.invalidateSite('a')
    const failure = new CmsUnavailableError('cms.http_500', 'CMS sites: HTTP 500')
    const down = () => Promise.reject(failure)
    expect(await directory.lookUp('host:a', down)).toEqual({ found: resolved('a'), cmsFailure: failure })
    await expect(directory.lookUp('host:unknown', down)).rejects.toBe(failure)
  })

  it('has no last known site for a key last resolved to "no such site"', async () => {
    const { directory } = setUp({ ttlMs: 0 })
    const answers: Record<string, ResolvedSite | null> = { 'host:a': resolved('a') }
    const cms = fakeCms(answers)
    await directory.lookUp('host:a', cms.resolve('host:a'))
    answers['host:a'] = null
    await directory.lookUp('host:a', cms.resolve('host:a'))
    const failure = new CmsUnavailableError('cms.timeout', 'CMS sites: timeout')
    await expect(directory.lookUp('host:a', () => Promise.reject(failure))).rejects.toBe(failure)
  })

  it('passes other errors on, without falling back', async () => {
    const { directory } = setUp()
    const cms = fakeCms({ 'host:a': resolved('a') })
    await directory.lookUp('host:a', cms.resolve('host:a'))
    directory.invalidateSite('a')
    const bug = new TypeError('not a CMS failure')
    await expect(directory.lookUp('host:a', () => Promise.reject(bug))).rejects.toBe(bug)
  })

  it('keeps at most maxEntries keys, dropping the least recently used', async () => {
    const { directory } = setUp({ maxEntries: 2 })
    const cms = fakeCms({ 'host:a': resolved('a'), 'host:b': resolved('b'), 'host:c': resolved('c') })
    for (const key of ['host:a', 'host:b', 'host:a', 'host:c', 'host:a', 'host:b']) await directory.lookUp(key, cms.resolve(key))
    expect(cms.calls).toEqual(['host:a', 'host:b', 'host:c', 'host:b'])
  })

  it('bounds the last known sites the same way', async () => {
    const { directory } = setUp({ ttlMs: 0, maxEntries: 2 })
    const cms = fakeCms({ 'host:a': resolved('a'), 'host:b': resolved('b'), 'host:c': resolved('c') })
    for (const key of ['host:a', 'host:b', 'host:c']) await directory.lookUp(key, cms.resolve(key))
    const failure = new CmsUnavailableError('cms.unreachable', 'CMS sites: unreachable')
    const down = () => Promise.reject(failure)
    await expect(directory.lookUp('host:a', down)).rejects.toBe(failure)
    expect((await directory.lookUp('host:c', down)).cmsFailure).toBe(failure)
  })
})
