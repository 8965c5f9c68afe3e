/**
 * Top-level domains recognised in addresses typed as plain text (`www.xxx.com`, `xxx.vip`).
 * Bare words like `file.pdf` or `node.js` are not addresses, so only real, common ones are listed.
 */
export const TYPED_ADDRESS_TLDS: readonly string[] = [
  'com', 'net', 'org', 'cn', 'gov', 'edu', 'info', 'biz', 'cc', 'tv', 'me', 'io', 'co', 'hk', 'mo', 'tw', 'la', 'ws',
  'top', 'xyz', 'vip', 'club', 'site', 'online', 'shop', 'store', 'app', 'live', 'fun', 'icu', 'ink', 'wang', 'link',
  'win', 'bet', 'casino', 'poker', 'games', 'game', 'lotto', 'bingo', 'loan', 'cam', 'sex', 'sexy', 'porn', 'xxx', 'adult',
  'asia', 'pro', 'red', 'ltd', 'work', 'tech', 'space', 'press', 'mobi', 'name', 'cloud',
]

/** Top-level domains sold for gambling, sex and loan sites: an address there blocks. */
export const SPAM_TLDS: readonly string[] = [
  'bet', 'casino', 'poker', 'games', 'lotto', 'bingo', 'vip', 'win', 'loan', 'cam', 'sex', 'sexy', 'porn', 'xxx', 'adult',
]

/**
 * Host names of betting and casino sites: a brand or its abbreviation (xpj 新葡京, amjs 澳门金沙,
 * vns 威尼斯人, hg 皇冠, yl 娱乐, cp 彩票) with a number, or a betting word.
 */
export const SPAM_HOST_SHAPES: readonly RegExp[] = [
  /(?:bet|xpj|amjs|vns|hg|yl|cp|ylc)\d{2,}/,
  /\d{2,}(?:bet|xpj|amjs|vns|hg|yl|cp|ylc|tiyu|yule)/,
  /casino|poker|baccarat|yabo|kaiyun|leyu|jinsha|xinpujing|pujing|weinisi|huangguan|bocai|caipiao|qipai|sportsbet|betway|sbobet/,
]
