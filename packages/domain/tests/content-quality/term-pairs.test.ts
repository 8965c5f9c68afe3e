import { describe, expect, it } from 'vitest'

import { describeTermLineErrors, parseTermPairs } from '../../src/index.js'

describe('term pair lists (R-DAILY-INSPECT, R-VETO-SECURITY)', () => {
  it('reads one pair a line with any of the arrows admins type, skipping blank lines', () => {
    const result = parseTermPairs('张三市长 => 张三副市长\n\n  既使→即使  \r\n再接再励->再接再厉\n按装 ＝＞ 安装\n重迭⇒重叠')
    expect(result).toEqual({
      ok: true,
      pairs: [
        { wrong: '张三市长', right: '张三副市长' },
        { wrong: '既使', right: '即使' },
        { wrong: '再接再励', right: '再接再厉' },
        { wrong: '按装', right: '安装' },
        { wrong: '重迭', right: '重叠' },
      ],
    })
  })

  it('counts a pair listed twice once', () => {
    expect(parseTermPairs('既使 => 即使\n既使→即使')).toEqual({ ok: true, pairs: [{ wrong: '既使', right: '即使' }] })
  })

  it('refuses malformed lines, naming each with its number and why', () => {
    const result = parseTermPairs(['既使 => 即使', '张三主席', ' => 即使', '按装 =>', '既使 => 既使', '甲 => 乙 => 丙', '，，=> 。', '既使 → 纵使'].join('\n'))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      { line: 2, text: '张三主席', problem: '缺少“=>”或“→”，应写作“错误写法 => 正确写法”' },
      { line: 3, text: '=> 即使', problem: '缺少错误写法' },
      { line: 4, text: '按装 =>', problem: '缺少正确写法' },
      { line: 5, text: '既使 => 既使', problem: '错误写法与正确写法相同' },
      { line: 6, text: '甲 => 乙 => 丙', problem: '一行只能写一组“错误写法 => 正确写法”' },
      { line: 7, text: '，，=> 。', problem: '只含标点或空格，无法比对' },
      { line: 8, text: '既使 → 纵使', problem: '“既使”已对应正确写法“即使”' },
    ])
    expect(describeTermLineErrors(result.errors.slice(0, 1))).toBe('第 2 行“张三主席”：缺少“=>”或“→”，应写作“错误写法 => 正确写法”')
  })

  it('sees two spellings of the same form alike (width, traditional characters)', () => {
    const result = parseTermPairs('ＡＢＣ局 => ABD局\n市長 => 市长')
    expect(result).toMatchObject({ ok: false, errors: [{ line: 2, problem: '错误写法与正确写法相同' }] })
  })

  it('accepts an empty list', () => {
    expect(parseTermPairs('')).toEqual({ ok: true, pairs: [] })
    expect(parseTermPairs('\n  \n')).toEqual({ ok: true, pairs: [] })
  })
})
