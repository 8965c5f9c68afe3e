import { describe, expect, it } from 'vitest'

import { SERVICE_SECRET } from './fake-public-api.js'
import { createFormClient, pageText } from './form-client.js'
import { useSite } from './site-harness.js'

const MESSAGE = {
  name: '李四',
  phone: '13900139000',
  email: '',
  category: 'consultation',
  subject: '社区养老服务站的开放时间',
  content: '请问社区养老服务站周末是否开放？',
  publicAnswer: 'no',
}

/** Six messages, each from the visitor address `addressOf(i)` as a proxy in front of the site reports it. */
async function sixMessagesThroughAProxy(siteUrl: string, addressOf: (index: number) => string) {
  const visitor = createFormClient(siteUrl)
  const form = await visitor.get('/messages/new')
  const statuses: number[] = []
  for (let index = 0; index < 6; index++) {
    const headers = { 'x-forwarded-for': addressOf(index), 'x-forwarded-proto': 'https' }
    statuses.push((await visitor.post('/messages/new', MESSAGE, { tokenFrom: form, headers })).status)
  }
  return statuses
}

describe('behind a reverse proxy: TRUST_PROXY=loopback', () => {
  const site = useSite({ serviceSecret: SERVICE_SECRET, trustProxy: ['loopback'] })

  it('rate-limits each visitor the proxy names, and tells the CMS that address', async () => {
    site.cms.publicApi.calls.length = 0
    const statuses = await sixMessagesThroughAProxy(site.siteUrl, (index) => `203.0.113.${index + 1}`)
    expect(statuses).toEqual([303, 303, 303, 303, 303, 303])
    const posted = site.cms.publicApi.calls.filter((call) => call.method === 'POST').map((call) => call.clientIp)
    expect(posted).toEqual(['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4', '203.0.113.5', '203.0.113.6'])
  })

  it('one visitor behind the proxy still gets the sixth message refused', async () => {
    const statuses = await sixMessagesThroughAProxy(site.siteUrl, () => '198.51.100.20')
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429])
  })

  it('a visitor cannot escape the limit by adding their own X-Forwarded-For: only the hop the proxy appended counts', async () => {
    const statuses = await sixMessagesThroughAProxy(site.siteUrl, (index) => `10.9.9.${index}, 198.51.100.21`)
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429])
  })

  it('answers https visitors (X-Forwarded-Proto from the proxy) with HSTS and Secure cookies', async () => {
    const page = await site.get('/messages/new', undefined)
    expect(page.headers['strict-transport-security']).toBeUndefined()
    const overHttps = await fetch(`${site.siteUrl}/messages/new`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(overHttps.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/)
    expect(overHttps.headers.getSetCookie().find((line) => line.startsWith('govsite-form='))).toMatch(/; Secure/)
  })
})

describe('without TRUST_PROXY (the default)', () => {
  const site = useSite({ serviceSecret: SERVICE_SECRET })

  it('ignores X-Forwarded-For and X-Forwarded-Proto: the socket is the visitor', async () => {
    site.cms.publicApi.calls.length = 0
    const statuses = await sixMessagesThroughAProxy(site.siteUrl, (index) => `203.0.113.${index + 1}`)
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429])
    for (const call of site.cms.publicApi.calls) expect(call.clientIp).toBe('127.0.0.1')
    const response = await fetch(`${site.siteUrl}/`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('form tokens are bound to the site that issued them', () => {
  const site = useSite({ serviceSecret: SERVICE_SECRET })

  it('a token from the portal’s form is refused on the county’s form in the same browser, and the county’s own token works', async () => {
    site.cms.publicApi.messages.length = 0
    const visitor = createFormClient(site.siteUrl)
    const portalForm = await visitor.get('/messages/new')
    const countyForm = await visitor.get('/_site/county/messages/new')
    expect(countyForm.status).toBe(200)

    const crossSite = await visitor.post('/_site/county/messages/new', MESSAGE, { tokenFrom: portalForm })
    expect(crossSite.status).toBe(403)
    expect(pageText(crossSite.body)).toContain('本次提交未被受理')
    const backwards = await visitor.post('/messages/new', MESSAGE, { tokenFrom: countyForm })
    expect(backwards.status).toBe(403)
    expect(site.cms.publicApi.messages).toHaveLength(0)

    expect((await visitor.post('/_site/county/messages/new', MESSAGE, { tokenFrom: countyForm })).status).toBe(303)
    expect((await visitor.post('/messages/new', MESSAGE, { tokenFrom: portalForm })).status).toBe(303)
    expect(site.cms.publicApi.messages.map((message) => message.submission?.site)).toEqual(['county', 'portal'])
  })
})
