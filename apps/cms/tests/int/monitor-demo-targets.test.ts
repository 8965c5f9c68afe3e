import { DEMO_LINK_TARGETS } from '@govsite/domain'
import { checkSiteLinks } from '@govsite/monitors'
import { startDemoLinkTargets, type DemoLinkTargets } from '@govsite/node-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createMonitorRuntime } from '../../src/monitoring/monitor-runtime'
import { htmlPage, serveLoopbackPages, type LoopbackPages } from './loopback-pages'

let targets: DemoLinkTargets
let page: LoopbackPages

beforeAll(async () => {
  targets = await startDemoLinkTargets({ port: 0 })
  const at = (target: { host: string; path: string }) => `http://${target.host}:${targets.port}${target.path}`
  page = await serveLoopbackPages({
    '/': htmlPage(
      `<a href="${at(DEMO_LINK_TARGETS.dangerous)}">${DEMO_LINK_TARGETS.dangerous.text}</a><a href="${at(DEMO_LINK_TARGETS.dead)}">${DEMO_LINK_TARGETS.dead.text}</a>`,
    ),
  })
})

afterAll(async () => {
  await Promise.all([targets?.close(), page?.close()])
})

describe('the demo’s link targets (R-DAILY-INSPECT, R-VETO-SECURITY)', () => {
  const runtimeWith = (hostAddresses: Record<string, string>, allowLoopback: boolean) =>
    createMonitorRuntime(
      { siteAddress: 'http://127.0.0.1/', networks: { allowLoopback, allowPrivate: false }, hostAddresses, cmsUrl: 'http://127.0.0.1:3000' },
      { retries: 0 },
    )
  const table = () => Object.fromEntries(targets.hostAddresses.split(',').map((entry) => entry.split('=') as [string, string]))

  it('serve a dangerous and a dead link on loopback under their government-style names', async () => {
    const runtime = runtimeWith(table(), true)
    const report = await checkSiteLinks(runtime.client, { startUrl: page.url('/'), scope: 'homepage' }, { now: () => new Date(), cache: runtime.cache })
    expect(report.findings.map((finding) => [finding.linkText, finding.outcome, finding.reasons])).toEqual([
      [DEMO_LINK_TARGETS.dangerous.text, 'danger', ['dangerous-content']],
      [DEMO_LINK_TARGETS.dead.text, 'broken-suspected', ['gone']],
    ])
  })

  it('are out of reach without the explicit loopback allowance', async () => {
    const runtime = runtimeWith(table(), false)
    const result = await runtime.client.request(`http://${DEMO_LINK_TARGETS.dangerous.host}:${targets.port}/`)
    expect(result).toMatchObject({ kind: 'failure', reason: 'address-refused' })
  })
})
