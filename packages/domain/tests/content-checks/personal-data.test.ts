import { describe, expect, it } from 'vitest'

import { isValidResidentIdNumber, runPreReviewChecks } from '../../src/index.js'

// GB 11643 written out independently of the code under test.
function withCheckCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0)
  return first17 + '10X98765432'[sum % 11]
}

function wrongCheckCharacter(valid: string): string {
  return valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')
}

function check(...texts: string[]) {
  return runPreReviewChecks({ texts, links: [], images: [] }, {})
}

const VALID_ID = withCheckCharacter('61010319850612321')
const VALID_ID_X = withCheckCharacter('11010519491231002')

describe('isValidResidentIdNumber', () => {
  it("accepts numbers built by the algorithm, including the standard's X example", () => {
    expect(VALID_ID_X).toBe('11010519491231002X')
    expect(isValidResidentIdNumber('11010519491231002X')).toBe(true)
    expect(isValidResidentIdNumber('11010519491231002x')).toBe(true)
    for (const first17 of ['61010319850612321', '44030620001129456', '32050220200229001', '65010119000101000']) {
      expect(isValidResidentIdNumber(withCheckCharacter(first17))).toBe(true)
    }
  })

  it('rejects a wrong check character', () => {
    expect(isValidResidentIdNumber(wrongCheckCharacter(VALID_ID))).toBe(false)
    expect(isValidResidentIdNumber('110105194912310021')).toBe(false)
  })

  it('rejects impossible birth dates, unknown regions and wrong lengths', () => {
    expect(isValidResidentIdNumber(withCheckCharacter('61010319850230321'))).toBe(false) // 30 February
    expect(isValidResidentIdNumber(withCheckCharacter('61010319851312321'))).toBe(false) // month 13
    expect(isValidResidentIdNumber(withCheckCharacter('61010321000101321'))).toBe(false) // in the future
    expect(isValidResidentIdNumber('440524188001010014')).toBe(false) // GB 11643's example, born 1880
    expect(isValidResidentIdNumber(withCheckCharacter('01010319850612321'))).toBe(false) // region 0x
    expect(isValidResidentIdNumber(VALID_ID.slice(0, 17))).toBe(false)
    expect(isValidResidentIdNumber(`${VALID_ID}0`)).toBe(false)
  })
})

describe('personal data (R-REVIEW-BEFORE-PUBLISH, 保密)', () => {
  it('blocks a valid resident ID number and masks it in the finding', () => {
    const findings = check(`经审核，申请人张某（身份证号${VALID_ID}）符合低保条件，现予公示。`)
    expect(findings).toEqual([
      {
        code: 'check.personal_id',
        severity: 'blocking',
        message: '含有居民身份证号码，发布前须删除或作脱敏处理',
        excerpt: `610103********${VALID_ID.slice(14)}`,
      },
    ])
  })

  it('finds an ID number typed in full-width digits, with a lower-case x', () => {
    const fullWidth = [...VALID_ID_X.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')
    expect(check(`身份证：${fullWidth}`).map((f) => [f.code, f.excerpt])).toEqual([['check.personal_id', '110105********002X']])
  })

  it('does not flag an 18-digit number with a wrong check character, or one inside a longer code', () => {
    expect(check(`订单编号${wrongCheckCharacter(VALID_ID)}已受理`)).toEqual([])
    expect(check(`流水号9${VALID_ID}`, `编号A${VALID_ID}`)).toEqual([])
  })

  it('warns about mobile numbers written in the usual ways, each once', () => {
    const findings = check('联系人：王科长，电话13912345678。', '咨询热线 +86 138-0029-1234，或拨打8615012345678、159 2900 0001。', '再次提醒：13912345678')
    expect(findings).toEqual(
      ['139****5678', '138****1234', '150****5678', '159****0001'].map((excerpt) => ({
        code: 'check.mobile_phone',
        severity: 'warning',
        message: '含有手机号码，请确认已征得本人同意或改用办公电话',
        excerpt,
      })),
    )
  })

  it('does not flag landlines, numbers outside 13x–19x, or digits inside a longer run', () => {
    expect(
      check('办公电话：029-12345678，传真029-87654321，服务热线12345。', '文号2023120312345678号，12012345678不是手机号。', '统计数据：913800138000123'),
    ).toEqual([])
  })

  it('puts the blocking ID number before the mobile-number warning', () => {
    const findings = check(`联系电话13700001111，身份证${VALID_ID}`)
    expect(findings.map((f) => f.code)).toEqual(['check.personal_id', 'check.mobile_phone'])
  })
})
