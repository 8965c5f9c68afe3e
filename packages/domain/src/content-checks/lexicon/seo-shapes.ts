/**
 * Betting and casino operators' names (and their pinyin abbreviations) as SEO injections write
 * them: before or after a number (澳门新葡京8888, 3983金沙, yabo888) or before 官网, app, 登录
 * (开云体育官网入口). Alone many are ordinary words (金沙江, 半岛, 银河证券), so only those
 * shapes are reported.
 */
export const BETTING_BRANDS: readonly string[] = [
  '葡京',
  '金沙',
  '威尼斯人',
  '永利',
  '银河',
  '太阳城',
  '皇冠',
  '金博宝',
  '亚博',
  '开云',
  '乐鱼',
  '九游',
  '华体会',
  '爱游戏',
  '必威',
  '博天堂',
  '凯发',
  '天博',
  '米乐',
  '星空体育',
  '半岛体育',
  '千亿体育',
  '万博',
  '新濠',
  '美高梅',
  '大发',
  '彩神',
  '乐动体育',
  '雷火',
  '沙巴体育',
  '凤凰彩票',
  'bet',
  'yabo',
  'kaiyun',
  'leyu',
  'hth',
  'ayx',
  'xpj',
  'amjs',
  'vns',
  'hg',
]

/** What follows a brand in an SEO injection (开云体育官网入口, 亚博app下载). */
export const BRAND_SUFFIXES: readonly string[] = [
  '官网',
  '官方',
  '登录',
  '入口',
  '注册',
  '下载',
  '网址',
  'app',
  '开户',
  '平台',
  '娱乐',
  '国际',
  '体育',
  '真人',
  '视讯',
  '棋牌',
  '彩票',
]

/**
 * Words betting pages number (娱乐8888, 365体育, 彩票6688). Government texts number them too
 * (体育彩票2024年, 国际500强), so a year or a number followed by a unit does not count.
 */
export const NUMBERED_GAMBLING_WORDS: readonly string[] = ['体育', '娱乐', '彩票', '棋牌', '真人', '电玩', '国际', '娱乐城', '彩票网']

/** Characters that make a number a quantity (500强, 100项), not part of a name. */
export const QUANTITY_UNITS = '年月日号届强名周万亿千百家个人元米项次位台件场期批座所户条篇部天岁倍吨度条辆栋间套支只种类级'

/** SEO words of gateway pages: chained with spam terms (乐鱼体育_官网_app下载) they make a chain. */
export const SEO_SIGNALS: readonly string[] = ['官网', '官方网站', '登录入口', '网址', 'app下载', '手机版', '开户', '最新地址', '备用网址']
