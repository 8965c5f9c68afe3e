import type { LinkOutcome, LinkReason } from './classify-link.js'

/** How the admin names each outcome. */
export const LINK_OUTCOME_LABELS: Readonly<Record<LinkOutcome, string>> = {
  ok: '正常',
  warning: '预警',
  'broken-suspected': '疑似错链',
  'broken-confirmed': '错链',
  danger: '危险链接',
}

/** How the admin explains each reason, addressed to the site's staff. */
export const LINK_REASON_LABELS: Readonly<Record<LinkReason, string>> = {
  'suspicious-domain': '链接指向平台列为可疑的域名（可能是过期后被抢注的域名）',
  'dangerous-content': '链接指向的页面含有赌博、色情或广告内容',
  'not-found': '页面不存在（404）',
  gone: '页面已删除（410）',
  'client-error': '目标网站拒绝了请求（4xx）',
  'server-error': '目标网站服务器出错（5xx）',
  'unexpected-status': '目标网站的应答无法识别',
  'blocked-for-bots': '目标网站拒绝了监测程序的访问（403/429），请人工确认',
  slow: '目标网站打开缓慢',
  'redirect-chain': '链接经过多次跳转，建议改为最终地址',
  'invalid-url': '链接地址格式错误',
  'unsupported-scheme': '链接不是网页地址',
  'address-refused': '链接指向内网或保留地址，公众无法访问',
  dns: '域名无法解析',
  'connect-timeout': '连接目标网站超时',
  timeout: '目标网站在规定时间内没有应答',
  connection: '无法连接目标网站',
  'redirect-loop': '链接循环跳转',
  'too-many-redirects': '链接跳转次数过多',
}
