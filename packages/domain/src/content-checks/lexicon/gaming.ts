import type { CategoryLexicon } from './category-lexicon.js'

/** 游戏私服、外挂: private game servers, cheats and gold selling. */
export const GAMING: CategoryLexicon = {
  terms: [
    '传奇私服',
    '魔域私服',
    '奇迹私服',
    '私服发布',
    '私服网站',
    '新开私服',
    '私服开服',
    '传奇sf',
    'sf发布网',
    '新开传奇',
    '变态传奇',
    '一刀999',
    '游戏外挂',
    '外挂辅助',
    '辅助外挂',
    '透视自瞄',
    '游戏代练',
    '游戏币出售',
    '金币出售',
    '点卡出售',
  ],
  signals: ['传奇', '私服', '开服', '外挂', '代练', '充值'],
}
