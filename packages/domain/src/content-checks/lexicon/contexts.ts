/**
 * Words of enforcement and warning. A sentence with one of them is news about spam (警方破获
 * “百家乐”赌博案, 严厉打击虚开、代开发票), not spam: its listed terms are not reported. Spam
 * that quotes them still carries what it sells, an address or a keyword chain, and those shapes
 * are reported whatever the sentence says.
 */
export const ENFORCEMENT_CUES: readonly string[] = [
  '打击',
  '严打',
  '查处',
  '查获',
  '查封',
  '破获',
  '侦破',
  '捣毁',
  '抓获',
  '取缔',
  '整治',
  '犯罪',
  '违法',
  '违规',
  '涉嫌',
  '嫌疑人',
  '非法',
  '警方',
  '公安',
  '民警',
  '立案',
  '案件',
  '判处',
  '诈骗',
  '警惕',
  '谨防',
  '防范',
  '举报',
  '严禁',
  '禁止',
  '不得',
  '依法',
  '专项行动',
  '扫黄打非',
  '曝光',
  '警示',
  '诱饵',
  '陷阱',
  '骗局',
  '受骗',
  '被骗',
  '虚开',
  '涉赌',
  '涉黄',
  '赌博',
  '罚款',
  '处罚',
]

/**
 * Phrases of ordinary government language that contain a listed term (商标注册送达 contains 注册送,
 * 虚假证明 contains 假证, 申请代开发票 is a tax office's service): a term inside one of them is not reported. Sites add their own in
 * the 预审词库.
 */
export const ALLOWED_PHRASES: readonly string[] = [
  '注册送达',
  '假证明',
  '假证据',
  '加微信群',
  '加微信公众号',
  // Tax offices issue invoices for those who cannot (代开发票 is their service).
  '申请代开发票',
  '代开发票申请',
  '税务机关代开发票',
  '税务局代开发票',
  '代开发票窗口',
]
