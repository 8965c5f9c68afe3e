import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * Passwords people in Chinese offices pick that the general list below misses: pinyin words,
 * "I love you" numbers, keyboard walks with digits and the organisation's own name.
 */
const CURATED = [
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'qwertyuiop123',
  'qwer1234asdf',
  'zxcvbnm123456',
  'asdfghjkl123',
  'a123456789012',
  'abc123456789',
  'abcd12345678',
  'aa1234567890',
  'admin1234567',
  'admin@123456',
  'administrator',
  'p@ssw0rd1234',
  'password@123',
  'password1234',
  'woaini1314520',
  'woaini520520',
  '5201314520',
  'iloveyou1314',
  'zhang123456789',
  'wang123456789',
  'li1234567890',
  'zhengfu123456',
  'zhengfu@123456',
  'gov123456789',
  'gov.cn123456',
  'govsite123456',
  'govsite@2026',
  'zhengwu123456',
  'bangongshi123',
  'renminzhengfu',
  '123456789abc',
  '123456abcdef',
  '000000000000',
  '111111111111',
  '123123123123',
  '123456123456',
  '147258369000',
  '123456789000',
  '1234567890123',
  '123456789012',
]

/** Lower-case common passwords: the zxcvbn-ts list (about 49,000 leaked passwords) plus ours. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([...dictionary['passwords-common'], ...CURATED].map((password) => password.toLowerCase()))
