import { SearchQueryError } from './search-query-error.js'
import { chineseSegmenter } from './terms.js'
import type { SearchHit, SearchIndex } from './types.js'

/** Question words that say nothing about the topic (怎么办理社保卡 → 办理社保卡). */
const QUESTION_WORDS = new Set([
  '请问',
  '怎么',
  '怎么办',
  '怎样',
  '怎么样',
  '如何',
  '什么',
  '哪里',
  '哪儿',
  '哪些',
  '哪个',
  '多少',
  '多久',
  '是否',
  '能否',
  '可否',
  '可以',
  '能不能',
  '需要',
  '应该',
  '我',
  '我们',
  '你好',
  '您好',
  '吗',
  '呢',
  '吧',
  '啊',
  '的',
  '了',
  '是',
  '有',
  '要',
  '想',
  '去',
  '在',
])
export const MAX_ANSWERS = 3
/** Share of the question's terms (characters and character pairs) an answer must contain. */
const MIN_COVERAGE = 0.5

export interface Answer {
  hits: SearchHit[]
  /** Nothing matched well enough: offer to leave a message (留言) instead. */
  suggestMessage: boolean
}

/** The question without its question words; a space where one was, so neighbours stay apart. */
export function topicOf(question: string): string {
  let topic = ''
  let gap = false
  for (const { segment, isWordLike } of chineseSegmenter().segment(question)) {
    if (isWordLike && !QUESTION_WORDS.has(segment)) {
      topic += (gap ? ' ' : '') + segment
      gap = false
    } else gap = topic.length > 0
  }
  return topic
}

/**
 * R-KB: the FAQ entries (知识库) that best answer a question typed in Chinese, from the given
 * sites only. An entry must contain at least half of the question's terms; when none
 * does, the visitor is pointed to the message box.
 */
export async function answerQuestion(
  index: SearchIndex,
  { question, sites, limit = MAX_ANSWERS }: { question: string; sites: readonly string[]; limit?: number },
): Promise<Answer> {
  if (!question.trim()) throw new SearchQueryError('search.empty_query', '请输入您的问题')
  const topic = topicOf(question)
  // One character (怎么办 → 办) says too little to pick an answer.
  if (topic.replace(/[\s\p{P}]/gu, '').length < 2) return { hits: [], suggestMessage: true }
  const result = await index.search({ q: topic, sites, types: ['faq'], match: 'any', pageSize: limit * 4 })
  const hits = result.hits.filter((hit) => hit.coverage >= MIN_COVERAGE).slice(0, limit)
  return { hits, suggestMessage: hits.length === 0 }
}
