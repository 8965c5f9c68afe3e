import { describe, expect, it } from 'vitest'

import { isGovernmentHost } from '../../src/index.js'
import { hostHasSuffix } from '../../src/sites/government-host.js'

describe('isGovernmentHost (R-SITE-DOMAIN)', () => {
  it('holds for gov.cn and the names under it, in any case and fully qualified', () => {
    for (const host of ['gov.cn', 'www.gov.cn', 'fgw.xianyang.gov.cn', 'WWW.XIANYANG.GOV.CN', 'www.xianyang.gov.cn.']) expect(isGovernmentHost(host)).toBe(true)
  })

  it('holds for Chinese government domains under .政务, in Unicode or as the URL parser reports them', () => {
    expect(isGovernmentHost('示例市人民政府.政务')).toBe(true)
    expect(isGovernmentHost(new URL('https://www.陕西.政务/').hostname)).toBe(true)
  })

  it('does not hold for look-alikes, public institutions or anyone else', () => {
    for (const host of [
      'xgov.cn',
      'www.gov.cn.example.com',
      'gov.cn.evil.com',
      'www.example.com',
      'www.红十字会.公益',
      'www.nwu.edu.cn',
      'www.usa.gov',
      'cn',
      '',
    ]) {
      expect(isGovernmentHost(host)).toBe(false)
    }
  })
})

describe('hostHasSuffix', () => {
  it('matches whole labels only', () => {
    expect(hostHasSuffix('a.edu.cn', 'edu.cn')).toBe(true)
    expect(hostHasSuffix('edu.cn', 'edu.cn')).toBe(true)
    expect(hostHasSuffix('aedu.cn', 'edu.cn')).toBe(false)
    expect(hostHasSuffix(new URL('http://www.红十字会.公益/').hostname, '公益')).toBe(true)
  })
})
