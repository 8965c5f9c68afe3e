import { beforeAll, describe, expect, it } from 'vitest'

import { answerQuestion, MemorySearchIndex, SearchQueryError, topicOf } from '../src/index.js'
import { doc } from './fixtures.js'

const index = new MemorySearchIndex()

beforeAll(async () => {
  await index.upsert(
    doc({
      id: 'card',
      type: 'faq',
      site: 'portal',
      title: '社保卡丢失了如何补办？',
      body: '携带身份证到任一社保服务网点办理挂失和补办，也可在线申请补办社保卡。',
    }),
  )
  await index.upsert(doc({ id: 'school', type: 'faq', site: 'portal', title: '小学入学报名需要哪些材料？', body: '户口簿、房产证明和儿童预防接种证。' }))
  await index.upsert(doc({ id: 'county-card', type: 'faq', site: 'county', title: '社保卡补办要多久？', body: '现场补办立等可取。' }))
  await index.upsert(doc({ id: 'article', type: 'article', site: 'portal', title: '社保卡补办网点调整', body: '社保卡补办服务迁至新址。' }))
})

describe('R-KB Q&A over the knowledge base', () => {
  it('strips question words before searching', () => {
    expect(topicOf('请问怎么办理社保卡补办？')).toBe('办理社保卡补办')
  })

  it('answers with the best-matching FAQ entries of the given sites only, never other content types', async () => {
    const answer = await answerQuestion(index, { question: '社保卡丢了怎么补办？', sites: ['portal'] })
    expect(answer.hits.map((hit) => hit.id)).toEqual(['card'])
    expect(answer.suggestMessage).toBe(false)
    const both = await answerQuestion(index, { question: '社保卡补办', sites: ['portal', 'county'] })
    expect(both.hits.map((hit) => hit.id).sort()).toEqual(['card', 'county-card'])
  })

  it('suggests leaving a message when nothing matches well enough', async () => {
    expect(await answerQuestion(index, { question: '公积金贷款额度怎么计算？', sites: ['portal'] })).toEqual({ hits: [], suggestMessage: true })
    expect(await answerQuestion(index, { question: '怎么办？', sites: ['portal'] })).toEqual({ hits: [], suggestMessage: true })
  })

  it('refuses an empty question', async () => {
    await expect(answerQuestion(index, { question: ' ', sites: ['portal'] })).rejects.toBeInstanceOf(SearchQueryError)
  })
})
