import { describe, expect, it } from 'vitest'

import { normalizeDomain, validateSiteDomains, type SiteDomainsInput } from '../../src/index.js'

const PORTAL = 'www.xianyang.gov.cn'

function codes(input: SiteDomainsInput): string[] {
  return validateSiteDomains(input).map((issue) => issue.code)
}

describe('validateSiteDomains: English domain syntax (R-SITE-DOMAIN)', () => {
  it('accepts a lowercase .gov.cn hostname', () => {
    expect(validateSiteDomains({ kind: 'city-portal', englishDomain: PORTAL })).toEqual([])
  })

  it.each([
    ['', 'site.domain_required'],
    ['   ', 'site.domain_required'],
    ['http://www.xianyang.gov.cn', 'site.domain_has_scheme'],
    ['https://www.xianyang.gov.cn', 'site.domain_has_scheme'],
    ['//www.xianyang.gov.cn', 'site.domain_has_scheme'],
    ['www.xianyang.gov.cn/', 'site.domain_has_path'],
    ['www.xianyang.gov.cn/index.html', 'site.domain_has_path'],
    ['www.xianyang.gov.cn?a=1', 'site.domain_has_path'],
    ['www.xianyang.gov.cn:8080', 'site.domain_has_port'],
    ['www.Xianyang.gov.cn', 'site.domain_uppercase'],
    ['WWW.XIANYANG.GOV.CN', 'site.domain_uppercase'],
    ['www.xianyang.gov.cn.', 'site.domain_invalid'],
    ['www..xianyang.gov.cn', 'site.domain_invalid'],
    ['www.-xianyang.gov.cn', 'site.domain_invalid'],
    ['www.xian_yang.gov.cn', 'site.domain_invalid'],
    [' www.xianyang.gov.cn', 'site.domain_invalid'],
    ['www.咸阳.gov.cn', 'site.domain_invalid'],
    [`www.${'a'.repeat(64)}.gov.cn`, 'site.domain_invalid'],
    ['www.xianyang.com', 'site.domain_not_gov_cn'],
    ['www.xianyang.gov.cn.com', 'site.domain_not_gov_cn'],
    ['www.xianyang.cn', 'site.domain_not_gov_cn'],
    ['www.xianyanggov.cn', 'site.domain_not_gov_cn'],
    ['gov.cn', 'site.domain_not_gov_cn'],
  ])('refuses %j with %s', (englishDomain, code) => {
    const issues = validateSiteDomains({ kind: 'city-portal', englishDomain })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ field: 'englishDomain', code })
  })

  it('asks for lowercase in the message', () => {
    expect(validateSiteDomains({ kind: 'city-portal', englishDomain: 'www.Xianyang.gov.cn' })[0]?.message).toContain('请使用小写')
  })
})

describe('validateSiteDomains: portals use www.□□□.gov.cn (R-SITE-DOMAIN)', () => {
  it.each(['county-portal', 'city-portal'] as const)('%s: accepts www.<name>.gov.cn', (kind) => {
    expect(validateSiteDomains({ kind, englishDomain: 'www.qindu.gov.cn' })).toEqual([])
  })

  it.each(['county-portal', 'city-portal'] as const)('%s: refuses other shapes', (kind) => {
    for (const englishDomain of ['qindu.gov.cn', 'web.qindu.gov.cn', 'www.qindu.xianyang.gov.cn', 'www.gov.cn']) {
      expect(codes({ kind, englishDomain })).toEqual(['site.domain_pattern'])
    }
  })

  it('does not need a parent portal', () => {
    expect(validateSiteDomains({ kind: 'county-portal', englishDomain: 'www.qindu.gov.cn', parentEnglishDomain: null })).toEqual([])
  })
})

describe('validateSiteDomains: department sites use ○○○.□□□.gov.cn under their portal (R-SITE-DOMAIN)', () => {
  it('accepts a sub-domain of the parent portal’s registrable part', () => {
    expect(validateSiteDomains({ kind: 'department', englishDomain: 'fgw.xianyang.gov.cn', parentEnglishDomain: PORTAL })).toEqual([])
  })

  it('accepts a parent given without www or in another case', () => {
    expect(codes({ kind: 'department', englishDomain: 'fgw.xianyang.gov.cn', parentEnglishDomain: 'xianyang.gov.cn' })).toEqual([])
    expect(codes({ kind: 'department', englishDomain: 'fgw.xianyang.gov.cn', parentEnglishDomain: ' WWW.Xianyang.gov.cn. ' })).toEqual([])
  })

  it('refuses a sub-domain of another portal', () => {
    const issues = validateSiteDomains({ kind: 'department', englishDomain: 'fgw.other.gov.cn', parentEnglishDomain: PORTAL })
    expect(issues).toEqual([{ field: 'englishDomain', code: 'site.domain_not_under_parent', message: expect.stringContaining('fgw.xianyang.gov.cn') }])
  })

  it('refuses look-alikes that merely end in the portal name', () => {
    expect(codes({ kind: 'department', englishDomain: 'fgw.notxianyang.gov.cn', parentEnglishDomain: PORTAL })).toEqual(['site.domain_not_under_parent'])
    expect(codes({ kind: 'department', englishDomain: 'www.fgwxianyang.gov.cn', parentEnglishDomain: PORTAL })).toEqual(['site.domain_not_under_parent'])
  })

  it('refuses the portal’s own domain', () => {
    expect(codes({ kind: 'department', englishDomain: PORTAL, parentEnglishDomain: PORTAL })).toEqual(['site.domain_same_as_parent'])
    expect(codes({ kind: 'department', englishDomain: 'xianyang.gov.cn', parentEnglishDomain: PORTAL })).toEqual(['site.domain_same_as_parent'])
  })

  it('refuses deeper sub-domains: the pattern is exactly ○○○.□□□.gov.cn', () => {
    expect(codes({ kind: 'department', englishDomain: 'a.fgw.xianyang.gov.cn', parentEnglishDomain: PORTAL })).toEqual(['site.domain_pattern'])
  })

  it('requires a parent portal', () => {
    for (const parentEnglishDomain of [undefined, null, '', '  ']) {
      expect(validateSiteDomains({ kind: 'department', englishDomain: 'fgw.xianyang.gov.cn', parentEnglishDomain })).toEqual([
        { field: 'parentEnglishDomain', code: 'site.parent_required', message: '部门网站须指定所属门户网站' },
      ])
    }
  })

  it('refuses an unusable parent domain', () => {
    expect(validateSiteDomains({ kind: 'department', englishDomain: 'fgw.xianyang.gov.cn', parentEnglishDomain: 'http://www.xianyang.gov.cn' })).toEqual([
      { field: 'parentEnglishDomain', code: 'site.parent_domain_invalid', message: expect.stringContaining('http://www.xianyang.gov.cn') },
    ])
    expect(codes({ kind: 'department', englishDomain: 'fgw.xianyang.gov.cn', parentEnglishDomain: 'www.xianyang.com' })).toEqual(['site.parent_domain_invalid'])
  })

  it('reports syntax and a missing parent together', () => {
    expect(codes({ kind: 'department', englishDomain: 'FGW.xianyang.gov.cn' })).toEqual(['site.domain_uppercase', 'site.parent_required'])
  })
})

describe('validateSiteDomains: development zones (R-SITE-DOMAIN)', () => {
  it('accepts its own portal-style domain', () => {
    expect(codes({ kind: 'development-zone', englishDomain: 'www.xyhtz.gov.cn' })).toEqual([])
    expect(codes({ kind: 'development-zone', englishDomain: 'www.xyhtz.gov.cn', parentEnglishDomain: PORTAL })).toEqual([])
  })

  it('accepts a sub-domain of its parent portal', () => {
    expect(codes({ kind: 'development-zone', englishDomain: 'gxq.xianyang.gov.cn', parentEnglishDomain: PORTAL })).toEqual([])
  })

  it('refuses a sub-domain of another portal, or any sub-domain without a parent', () => {
    expect(codes({ kind: 'development-zone', englishDomain: 'gxq.other.gov.cn', parentEnglishDomain: PORTAL })).toEqual(['site.domain_not_under_parent'])
    expect(codes({ kind: 'development-zone', englishDomain: 'gxq.xianyang.gov.cn' })).toEqual(['site.domain_pattern'])
  })

  it('refuses the parent portal’s own domain', () => {
    expect(codes({ kind: 'development-zone', englishDomain: PORTAL, parentEnglishDomain: PORTAL })).toEqual(['site.domain_same_as_parent'])
  })
})

describe('validateSiteDomains: Chinese domain (R-SITE-DOMAIN)', () => {
  const base = { kind: 'city-portal', englishDomain: PORTAL } as const

  it('is optional', () => {
    expect(codes({ ...base, chineseDomain: null })).toEqual([])
    expect(codes({ ...base, chineseDomain: '' })).toEqual([])
  })

  it('accepts 地区名+机构名称.政务', () => {
    expect(codes({ ...base, chineseDomain: '示例市人民政府.政务' })).toEqual([])
    expect(codes({ ...base, chineseDomain: '咸阳市发展和改革委员会.政务' })).toEqual([])
  })

  it.each(['示例市人民政府.公益', '示例市人民政府.中国', '示例市人民政府.中国.政务x', '示例市人民政府。政务', '示例市人民政府'])(
    'refuses the suffix of %j',
    (chineseDomain) => {
      expect(validateSiteDomains({ ...base, chineseDomain })).toEqual([
        { field: 'chineseDomain', code: 'site.chinese_domain_suffix', message: expect.stringContaining('.政务') },
      ])
    },
  )

  it('explains that .公益 is for public institutions', () => {
    expect(validateSiteDomains({ ...base, chineseDomain: '示例市人民政府.公益' })[0]?.message).toContain('事业单位')
  })

  it.each(['.政务', 'xianyang.政务', '示例市 人民政府.政务', '示例.市人民政府.政务', '-示例市.政务', 'http://示例市.政务'])(
    'refuses the name of %j',
    (chineseDomain) => {
      expect(codes({ ...base, chineseDomain })).toEqual(['site.chinese_domain_invalid'])
    },
  )
})

describe('normalizeDomain', () => {
  it('trims, lower-cases ASCII and strips the trailing dot', () => {
    expect(normalizeDomain('  WWW.XianYang.GOV.CN.  ')).toBe('www.xianyang.gov.cn')
    expect(normalizeDomain('www.xianyang.gov.cn..')).toBe('www.xianyang.gov.cn')
  })

  it('leaves Chinese domains unchanged apart from trimming', () => {
    expect(normalizeDomain(' 示例市人民政府.政务 ')).toBe('示例市人民政府.政务')
  })
})
