import AhoCorasick from 'modern-ahocorasick'

import { classifyHost, shorten } from './links.js'
import { BETTING_BRANDS, BRAND_SUFFIXES, NUMBERED_GAMBLING_WORDS, QUANTITY_UNITS, SEO_SIGNALS } from './lexicon/seo-shapes.js'
import { foldForShapes, normalizeForMatching } from './normalize-for-matching.js'
import { typedAddresses } from './typed-addresses.js'
import type { Finding } from './types.js'
import { SPAM_LEXICON, WORD_LIST_CATEGORIES, type WordLists } from './word-lists.js'

const alternation = (words: readonly string[]) =>
  [...words]
    .map((word) => normalizeForMatching(word).text)
    .sort((a, b) => b.length - a.length)
    .join('|')
const BRAND = alternation(BETTING_BRANDS)
const NUMBERED = alternation(NUMBERED_GAMBLING_WORDS)
// Three or more digits that are not a year; a Latin brand does not continue a Latin word.
const NUMBER = String.raw`(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}`
const BRAND_TOKENS = new RegExp(
  [
    String.raw`(?<![a-z])(?:${BRAND})(?:${NUMBER}|[a-z0-9]{0,10}(?:中国)?(?:${alternation(BRAND_SUFFIXES)}))`,
    `${NUMBER}(?:${BRAND})`,
    `(?:${NUMBERED})${NUMBER}(?![\\d${QUANTITY_UNITS}])`,
    `${NUMBER}(?:${NUMBERED})`,
  ].join('|'),
)

// What joins a keyword chain: SEO injections glue terms with _ | - / + # or spaces. The
// enumeration marks of prose (、，) do not count.
const CHAIN_SEPARATOR = /[_|/\\\-—+#~\s]+/
const SEGMENT_END = /[。！？!?；;：:，,、\n]/
// Characters written one by one with spaces between (足 球 比 分) make one word, not a chain.
const LETTER_SPACED = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?: [\p{L}\p{N}](?![\p{L}\p{N}]))+/gu

const chainMatchers = new WeakMap<WordLists, AhoCorasick>()

/** Every listed term, signal and SEO word: a chain is made of them. */
function chainWordsMatcher(wordLists: WordLists): AhoCorasick {
  let matcher = chainMatchers.get(wordLists)
  if (!matcher) {
    const words = [
      ...WORD_LIST_CATEGORIES.flatMap((category) => [...SPAM_LEXICON[category].terms, ...SPAM_LEXICON[category].signals, ...(wordLists[category] ?? [])]),
      ...SEO_SIGNALS,
      ...BETTING_BRANDS,
    ]
    matcher = new AhoCorasick(words.map((word) => normalizeForMatching(word).text).filter((word) => word !== ''))
    chainMatchers.set(wordLists, matcher)
  }
  return matcher
}

/** The first segment of a text that is a keyword chain, as written. */
function keywordChain(text: string, wordLists: WordLists): string | undefined {
  const matcher = chainWordsMatcher(wordLists)
  const folded = foldForShapes(text)
  let start = 0
  for (const segment of folded.text.split(SEGMENT_END)) {
    const tokens = segment
      .replace(LETTER_SPACED, (run) => run.replaceAll(' ', ''))
      .split(CHAIN_SEPARATOR)
      .filter((token) => token !== '')
    const spamTokens = tokens.filter((token) => matcher.match(normalizeForMatching(token).text)).length
    if ((segment.includes('_') && spamTokens >= 2) || (spamTokens >= 3 && spamTokens * 2 >= tokens.length)) {
      return text.slice(folded.originStart[start], folded.originEnd[start + segment.length - 1]).trim()
    }
    start += segment.length + 1
  }
  return undefined
}

const LATIN_OR_DIGIT = /[a-z0-9]/g
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu

/**
 * R-NO-ADS: the shapes of SEO injections on hacked government pages, whatever words they use:
 * a betting brand with a number or a gateway word (澳门新葡京8888, 365体育, 开云体育官网入口,
 * 爱游戏(ayx)中国官方网站);
 * two or more spam terms chained with `_`, or three or more with `|`, `-`, `/` or spaces
 * (足球比分_即时比分_皇冠体育); a paragraph of mostly Latin letters and digits carrying three or
 * more non-government addresses (a link farm). Each blocks submission; each shape is reported
 * once per text.
 */
export function findSeoInjection(texts: readonly string[], wordLists: WordLists): Finding[] {
  const findings: Finding[] = []
  for (const text of texts) {
    const normalized = normalizeForMatching(text)
    const brand = BRAND_TOKENS.exec(normalized.text)
    if (brand) {
      const excerpt = text.slice(normalized.originStart[brand.index], normalized.originEnd[brand.index + brand[0].length - 1])
      findings.push({ code: 'check.seo_brand_token', severity: 'blocking', message: `含有博彩网站名称“${brand[0]}”（赌博类 SEO 注入）`, excerpt })
    }
    const chain = keywordChain(text, wordLists)
    if (chain) {
      findings.push({
        code: 'check.seo_keyword_chain',
        severity: 'blocking',
        message: '含有用符号串联的赌博、广告等关键词（SEO 注入）',
        excerpt: shorten(chain),
      })
    }
    const hosts = new Set(
      typedAddresses(text)
        .map(({ host }) => host)
        .filter((host) => classifyHost(host) !== 'public'),
    )
    const letters = text.match(LETTER_OR_DIGIT)?.length ?? 0
    if (hosts.size >= 3 && (normalized.text.match(LATIN_OR_DIGIT)?.length ?? 0) * 2 > letters) {
      findings.push({
        code: 'check.seo_link_farm',
        severity: 'blocking',
        message: `一段文字中含有 ${hosts.size} 个非政府网站网址（SEO 注入）`,
        excerpt: shorten([...hosts].join(' ')),
      })
    }
  }
  return findings
}
