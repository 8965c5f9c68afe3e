import { DEMO_UNCHECKED_DOMAINS } from '@govsite/domain'
import { describe, expect, it } from 'vitest'

import { recordedCollections } from './recorded-fixtures.js'
import { useSite } from './site-harness.js'

const underUnchecked = (host: string) => DEMO_UNCHECKED_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))

/** The demo leaves the footer's national platforms unchecked (`MONITOR_UNCHECKED_DOMAINS`): the list must cover every one. */
describe('the demo’s unchecked link domains', () => {
  const site = useSite({ collections: recordedCollections })

  it('cover every external link of the seeded pages but the demo’s own link targets', async () => {
    const external = new Set<string>()
    for (const path of ['/', '/sitemap', '/_site/county/']) {
      const { body } = await site.get(path)
      for (const [, href] of body.matchAll(/href="(https?:\/\/[^"]+)"/g)) external.add(new URL(href!.replaceAll('&amp;', '&')).hostname)
    }
    const own = new Set(['www.example.gov.cn', 'www.examplecounty.gov.cn', 'expo2019.example.gov.cn', 'hotline.example.gov.cn', 'localhost', '127.0.0.1'])
    const others = [...external].filter((host) => !own.has(host))
    expect(others.length).toBeGreaterThan(0)
    expect(others.filter((host) => !underUnchecked(host))).toEqual([])
  })
})
