import type { CategoryLexicon } from './category-lexicon.js'

/** 非法贷款、套现: loan sharks, credit-card cash-out and credit "repair". */
export const LOANS: CategoryLexicon = {
  terms: [
    '贷款秒批',
    '秒批贷款',
    '黑户可贷',
    '无视征信',
    '无视黑白户',
    '不看征信',
    '网贷口子',
    '贷款口子',
    '秒下款',
    '当天下款',
    '极速放款',
    '信用卡套现',
    '花呗套现',
    '套现秒到',
    '信用卡代还',
    '裸贷',
    '征信修复',
    '征信洗白',
    '洗白征信',
    '包装流水',
  ],
  signals: ['贷款', '借款', '放款', '下款', '征信', '额度', '利息', '网贷', '口子'],
}
