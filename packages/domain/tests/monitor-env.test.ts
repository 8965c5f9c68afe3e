import { describe, expect, it } from 'vitest'

import { cmsEnvSchema, monitorSiteAddress, parseEnv } from '../src/index.js'

const SECRET = 'a'.repeat(32)
const parse = (env: Record<string, string>) => parseEnv(cmsEnvSchema, { PAYLOAD_SECRET: SECRET, ...env })

describe('monitor environment (R-DAILY-INSPECT)', () => {
  it('reaches public addresses only unless loopback or private networks are listed', () => {
    expect(parse({})).toMatchObject({ ok: true, value: { monitors: { networks: { allowLoopback: false, allowPrivate: false } } } })
    expect(parse({ MONITOR_ALLOWED_NETWORKS: 'loopback' })).toMatchObject({
      ok: true,
      value: { monitors: { networks: { allowLoopback: true, allowPrivate: false } } },
    })
    expect(parse({ MONITOR_ALLOWED_NETWORKS: ' private , loopback ' })).toMatchObject({
      ok: true,
      value: { monitors: { networks: { allowLoopback: true, allowPrivate: true } } },
    })
    const refused = parse({ MONITOR_ALLOWED_NETWORKS: 'loopback,link-local' })
    expect(refused).toMatchObject({ ok: false, issues: [{ code: 'config.monitor_networks_invalid' }] })
  })

  it('fills each site into the address pattern, and refuses a pattern that is no http(s) address', () => {
    const demo = parse({ MONITOR_SITE_ADDRESS: 'http://localhost:3001/_site/{slug}' })
    expect(demo).toMatchObject({ ok: true, value: { monitors: { siteAddress: 'http://localhost:3001/_site/{slug}/' } } })
    const site = { slug: 'county', englishDomain: 'www.examplecounty.gov.cn' }
    expect(monitorSiteAddress('http://localhost:3001/_site/{slug}/', site)).toBe('http://localhost:3001/_site/county/')
    expect(monitorSiteAddress('https://{domain}/', site)).toBe('https://www.examplecounty.gov.cn/')
    expect(parse({ MONITOR_SITE_ADDRESS: 'ftp://{domain}/' })).toMatchObject({ ok: false, issues: [{ code: 'config.url_invalid' }] })
  })

  it('reads fixed addresses for host names, and refuses an entry that is no name=IP pair', () => {
    expect(parse({ MONITOR_HOST_ADDRESSES: 'Expo2019.Example.gov.cn=127.0.0.1, www.example.gov.cn = ::1' })).toMatchObject({
      ok: true,
      value: { monitors: { hostAddresses: { 'expo2019.example.gov.cn': '127.0.0.1', 'www.example.gov.cn': '::1' } } },
    })
    for (const bad of ['expo.example.gov.cn', 'expo.example.gov.cn=localhost', '=127.0.0.1', 'expo.example.gov.cn=999.1.1.1']) {
      expect(parse({ MONITOR_HOST_ADDRESSES: bad })).toMatchObject({ ok: false, issues: [{ code: 'config.monitor_hosts_invalid' }] })
    }
  })

  it('checks every link unless domains are left unchecked, and refuses an entry that is no domain', () => {
    expect(parse({})).toMatchObject({ ok: true, value: { monitors: { uncheckedDomains: [] } } })
    expect(parse({ MONITOR_UNCHECKED_DOMAINS: 'Beian.MIIT.gov.cn, bszs.conac.cn' })).toMatchObject({
      ok: true,
      value: { monitors: { uncheckedDomains: ['beian.miit.gov.cn', 'bszs.conac.cn'] } },
    })
    for (const bad of ['127.0.0.1', 'gov.cn:443', 'a b.gov.cn', 'gov.cn/path']) {
      expect(parse({ MONITOR_UNCHECKED_DOMAINS: bad }), bad).toMatchObject({ ok: false, issues: [{ code: 'config.monitor_unchecked_invalid' }] })
    }
  })
})
