import type { Server } from 'node:http'

import type { SiteConfig } from '@govsite/domain'
import { afterAll, beforeAll } from 'vitest'

import { createSiteApp, type SiteAppOptions } from '../src/app.js'
import { createFakeCms, type Doc, type FakeCms } from './fake-cms.js'
import { handMadeCollections } from './hand-made-fixtures.js'
import { close, get, serve } from './helpers.js'

/**
 * A fake CMS and the site app in front of it, for one test file. The fake serves `collections`
 * (by default the hand-made fixtures; `recordedCollections` for the seeded CMS's answers).
 * `serviceSecret` turns on the interaction forms, `webhookSecret` the invalidation hook; `now` is
 * the site's clock (rate limits); `trustProxy` is `TRUST_PROXY` as parsed.
 */
export function useSite(
  options: Pick<SiteAppOptions, 'now'> &
    Partial<Pick<SiteConfig, 'serviceSecret' | 'webhookSecret' | 'trustProxy'>> & { collections?: () => Record<string, Doc[]> } = {},
) {
  const state = {} as { cms: FakeCms; siteUrl: string; get: (path: string, host?: string) => ReturnType<typeof get> }
  const servers: Server[] = []
  beforeAll(async () => {
    state.cms = createFakeCms((options.collections ?? handMadeCollections)())
    const cms = await serve(state.cms.handler)
    const site = await serve(
      createSiteApp(
        { cmsUrl: cms.url, serviceSecret: options.serviceSecret, webhookSecret: options.webhookSecret, trustProxy: options.trustProxy },
        { now: options.now },
      ),
    )
    servers.push(cms.server, site.server)
    state.siteUrl = site.url
    state.get = (path, host) => get(`${site.url}${path}`, host)
  })
  afterAll(async () => {
    await Promise.all(servers.map(close))
  })
  return state
}
