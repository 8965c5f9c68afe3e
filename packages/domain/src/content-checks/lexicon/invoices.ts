import type { CategoryLexicon } from './category-lexicon.js'

/** 假发票、假证件: fake invoices, certificates, seals and exam cheating. */
export const INVOICES: CategoryLexicon = {
  terms: [
    '代开发票',
    '发票代开',
    '真票代开',
    '出售发票',
    '发票出售',
    '代开各类发票',
    '办证刻章',
    '刻章办证',
    '办理各类证件',
    '办假证',
    '假证',
    '假文凭',
    '代办学历',
    '学历代办',
    '文凭代办',
    '代办驾照',
    '驾照代办',
    '枪手代考',
    '考试答案出售',
    '四六级答案',
    '代写论文',
    '论文代发',
  ],
  signals: ['发票', '证件', '文凭', '刻章', '代开'],
}
