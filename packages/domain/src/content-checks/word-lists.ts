export type WordListCategory = 'gambling' | 'advertising' | 'pornography'
export type WordLists = Record<WordListCategory, string[]>

export const WORD_LIST_LABELS: Readonly<Record<WordListCategory, string>> = {
  gambling: '赌博',
  advertising: '商业广告',
  pornography: '色情',
}

/**
 * R-NO-ADS seed lists: phrases that advertise gambling, commerce or sex, as injected into
 * hacked government sites. Bare words a government text uses legitimately are left out:
 * 彩票 (福利彩票/体育彩票 are state lotteries reported on by civil-affairs and sports bureaus),
 * 赌博 (police news on 打击赌博), 刷单/刷单返利 and 裸聊 (anti-fraud publicity), 办证, 招代理,
 * 上门服务 (养老上门服务). Sites replace or extend these lists; matching ignores script
 * (繁/简), width, case and inserted separators, so one spelling per phrase is enough.
 */
export const DEFAULT_WORD_LISTS: WordLists = {
  gambling: [
    '网上赌场',
    '在线赌场',
    '网络赌场',
    '澳门赌场',
    '真人赌场',
    '赌场开户',
    '博彩网站',
    '博彩平台',
    '娱乐城开户',
    '真人荷官',
    '彩票代购',
    '彩票投注网站',
    '投注平台',
    '六合彩',
    '6合彩',
    '百家乐',
    '时时彩',
    '老虎机',
    '首存送彩金',
  ],
  advertising: [
    '代理加盟',
    '加盟代理',
    '低价促销',
    '限时抢购',
    '全网最低价',
    '厂家直销',
    '卫星电视安装',
    '微信加好友',
    '加微信咨询',
    '刷单日结',
    '日赚千元',
    '贷款秒批',
    '秒批贷款',
    '黑户可贷',
    '无视征信',
  ],
  pornography: ['约炮', '一夜情', '援交', '午夜福利', '成人视频', '激情视频', '黄色视频', '裸聊交友', '小姐上门'],
}
