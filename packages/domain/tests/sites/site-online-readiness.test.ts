import { describe, expect, it } from 'vitest'

import { isValidIcpNumber, isValidSecurityRecordNumber, isValidSiteCode, missingIdentityForOnline } from '../../src/index.js'

const COMPLETE = {
  siteCode: '6104000001',
  icpNumber: '陕ICP备12345678号',
  securityRecordNumber: '陕公网安备 61010202000123号',
}

describe('isValidSiteCode (R-SITE-IDENT)', () => {
  it.each(['6101000001', '6104000012', 'bm01000001'])('accepts %s', (code) => {
    expect(isValidSiteCode(code)).toBe(true)
  })

  it.each(['610100001', '61010000011', '6101-00001', 'BM01000001', 'ab01000001', 'bm0100001', ' 6101000001', '６１０１０００００１', ''])(
    'refuses %j',
    (code) => {
      expect(isValidSiteCode(code)).toBe(false)
    },
  )
})

describe('isValidIcpNumber (R-SITE-IDENT)', () => {
  it.each(['陕ICP备12345678号', '陕ICP备12345678号-1', '京ICP备05070218号-12', '陕ICP备2021012345号', '粤ICP备05008号'])('accepts %s', (value) => {
    expect(isValidIcpNumber(value)).toBe(true)
  })

  it.each([
    'ICP备12345678号',
    '陕ICP备12345678',
    '陕ICP备号',
    '陕ICP备1234号',
    '陕ICP备12345678901号',
    '陕icp备12345678号',
    '陕ICP证12345678号',
    '陕ICP备12345678号-',
    '陕ICP备12345678号-0',
    '陕ICP备12345678号-1234',
    '港ICP备12345678号',
    '陕ICP备 12345678号 ',
  ])('refuses %j', (value) => {
    expect(isValidIcpNumber(value)).toBe(false)
  })
})

describe('isValidSecurityRecordNumber (R-SITE-IDENT)', () => {
  it.each(['陕公网安备 61010202000123号', '陕公网安备61010202000123号', '京公网安备 11010202000001号'])('accepts %s', (value) => {
    expect(isValidSecurityRecordNumber(value)).toBe(true)
  })

  it.each([
    '陕公网安备 6101020200012号',
    '陕公网安备 610102020001234号',
    '陕公网安备 61010202000123',
    '公网安备 61010202000123号',
    '陕公网安备  61010202000123号',
    '陕公安网备 61010202000123号',
    '陕公网安备 6101020200012X号',
  ])('refuses %j', (value) => {
    expect(isValidSecurityRecordNumber(value)).toBe(false)
  })
})

describe('missingIdentityForOnline (R-SITE-IDENT)', () => {
  it('lets a site with all three numbers go online', () => {
    expect(missingIdentityForOnline(COMPLETE)).toEqual([])
  })

  it('reports each missing number on its own', () => {
    expect(missingIdentityForOnline({})).toEqual([
      { field: 'siteCode', code: 'site.site_code_required', message: '网站上线前须填写政府网站标识码（10位）' },
      { field: 'icpNumber', code: 'site.icp_number_required', message: '网站上线前须填写ICP备案号' },
      { field: 'securityRecordNumber', code: 'site.security_record_required', message: '网站上线前须填写公安机关备案号' },
    ])
  })

  it('treats null and blank as missing', () => {
    expect(missingIdentityForOnline({ ...COMPLETE, siteCode: null }).map((issue) => issue.code)).toEqual(['site.site_code_required'])
    expect(missingIdentityForOnline({ ...COMPLETE, icpNumber: '  ' }).map((issue) => issue.code)).toEqual(['site.icp_number_required'])
  })

  it('reports malformed numbers with an example', () => {
    const issues = missingIdentityForOnline({ siteCode: '610100', icpNumber: '陕ICP备123号', securityRecordNumber: '61010202000123' })
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['siteCode', 'site.site_code_invalid'],
      ['icpNumber', 'site.icp_number_invalid'],
      ['securityRecordNumber', 'site.security_record_invalid'],
    ])
    expect(issues[0]?.message).toContain('6101000001')
    expect(issues[2]?.message).toContain('14位')
  })

  it('mixes missing and malformed', () => {
    expect(missingIdentityForOnline({ ...COMPLETE, siteCode: 'ABC', securityRecordNumber: undefined }).map((issue) => issue.code)).toEqual([
      'site.site_code_invalid',
      'site.security_record_required',
    ])
  })
})
