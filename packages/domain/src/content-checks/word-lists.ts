import { ADVERTISING } from './lexicon/advertising.js'
import type { CategoryLexicon } from './lexicon/category-lexicon.js'
import { GAMBLING } from './lexicon/gambling.js'
import { GAMING } from './lexicon/gaming.js'
import { INVOICES } from './lexicon/invoices.js'
import { LOANS } from './lexicon/loans.js'
import { PORNOGRAPHY } from './lexicon/pornography.js'

export const WORD_LIST_CATEGORIES = ['gambling', 'pornography', 'advertising', 'invoices', 'gaming', 'loans'] as const
export type WordListCategory = (typeof WORD_LIST_CATEGORIES)[number]

/**
 * A platform's own additions to the shipped lexicon (the 预审词库 global): blocking terms per
 * category, and `allowed` phrases of its own government language in which a listed term is
 * not reported.
 */
export type WordLists = Partial<Record<WordListCategory | 'allowed', readonly string[]>>

export const WORD_LIST_LABELS: Readonly<Record<WordListCategory, string>> = {
  gambling: '赌博',
  pornography: '色情',
  advertising: '商业广告',
  invoices: '假发票假证',
  gaming: '游戏私服外挂',
  loans: '非法贷款',
}

/**
 * R-NO-ADS: the shipped lexicon, one data file per category (`lexicon/`). It always applies;
 * a platform's word lists add to it. Bare words a government text uses legitimately
 * (彩票, 赌博, 比分, 促销, 发票, 刷单, 上门服务) are signals, never reported alone.
 */
export const SPAM_LEXICON: Readonly<Record<WordListCategory, CategoryLexicon>> = {
  gambling: GAMBLING,
  pornography: PORNOGRAPHY,
  advertising: ADVERTISING,
  invoices: INVOICES,
  gaming: GAMING,
  loans: LOANS,
}
