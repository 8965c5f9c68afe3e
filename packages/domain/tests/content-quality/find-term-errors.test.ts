import { describe, expect, it } from 'vitest'

import { findTermErrors, type TermLists } from '../../src/index.js'

const lists = (serious: [string, string][], typo: [string, string][] = []): TermLists => ({
  serious: serious.map(([wrong, right]) => ({ wrong, right })),
  typo: typo.map(([wrong, right]) => ({ wrong, right })),
})

describe('listed wrong wordings in texts (R-DAILY-INSPECT, R-VETO-SECURITY)', () => {
  it('reports a serious error and a misspelling with their correction, context and count', () => {
    const hits = findTermErrors(
      ['全市干部要再接再励，在张三市长的带领下再接再励。', '另见张三市长讲话。'],
      lists([['张三市长', '张三副市长']], [['再接再励', '再接再厉']]),
    )
    expect(hits).toEqual([
      {
        list: 'serious',
        wrong: '张三市长',
        right: '张三副市长',
        excerpt: '张三市长',
        context: '全市干部要再接再励，在张三市长的带领下再接再励。',
        occurrences: 2,
      },
      { list: 'typo', wrong: '再接再励', right: '再接再厉', excerpt: '再接再励', context: '全市干部要再接再励，在张三市长的带领下再接再励。', occurrences: 2 },
    ])
  })

  it('does not report a wrong form inside its right form (主席 inside 副主席)', () => {
    const pairs = lists([['主席', '副主席']])
    expect(findTermErrors(['李四副主席出席会议。'], pairs)).toEqual([])
    expect(findTermErrors(['李四主席出席会议，王五副主席主持。'], pairs)).toMatchObject([{ wrong: '主席', excerpt: '主席', occurrences: 1 }])
  })

  it('does not report a wrong form inside the right form of another pair', () => {
    const pairs = lists([['市委书记', '市委副书记']], [['委书', '委员书']])
    expect(findTermErrors(['市委副书记王五'], pairs)).toEqual([])
  })

  it('of overlapping pairs, reports the longer wrong form covering a shorter one, and both when they only overlap', () => {
    const pairs = lists(
      [['张三市长', '张三副市长']],
      [
        ['三市', '叁市'],
        ['市长张', '市长、张'],
      ],
    )
    expect(findTermErrors(['张三市长'], pairs).map((hit) => hit.wrong)).toEqual(['张三市长'])
    expect(findTermErrors(['李三市长张四'], pairs).map((hit) => hit.wrong)).toEqual(['三市', '市长张'])
  })

  it('normalises width, case, traditional characters, spaces and punctuation in texts and pairs alike', () => {
    const pairs = lists([['ＡＢＣ开发区', 'ABC高新区']], [['既使', '即使']])
    expect(findTermErrors(['abc 开发区管委会', '既 使如此'], pairs).map((hit) => [hit.wrong, hit.excerpt])).toEqual([
      ['ＡＢＣ开发区', 'abc 开发区'],
      ['既使', '既 使'],
    ])
    expect(findTermErrors(['市長張三'], lists([['市长张三', '副市长张三']]))).toMatchObject([{ excerpt: '市長張三' }])
  })

  it('reports a wrong form listed as serious and as a misspelling once, as serious', () => {
    const hits = findTermErrors(['张三市长'], lists([['张三市长', '张三副市长']], [['张三市长', '张三副市长']]))
    expect(hits.map((hit) => hit.list)).toEqual(['serious'])
  })

  it('finds nothing in clean texts or with empty lists', () => {
    expect(findTermErrors(['张三副市长出席。'], lists([['张三市长', '张三副市长']]))).toEqual([])
    expect(findTermErrors(['张三市长'], lists([]))).toEqual([])
  })
})

describe('the context of a hit', () => {
  it('keeps 15 characters either side, as written', () => {
    const text = `${'一'.repeat(20)}再接再励${'二'.repeat(20)}`
    const [hit] = findTermErrors([text], { serious: [], typo: [{ wrong: '再接再励', right: '再接再厉' }] })
    expect(hit!.context).toBe(`${'一'.repeat(15)}再接再励${'二'.repeat(15)}`)
  })
})
