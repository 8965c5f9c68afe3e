/**
 * The demo's link targets (R-DAILY-INSPECT): a small server `npm start` runs on loopback, so the
 * demo platform shows a dead and a dangerous link without any outside address. The seed links to
 * these government-style names; `npm start` tells the monitors (`MONITOR_HOST_ADDRESSES`) that
 * they live on loopback, and the server answers them.
 */
export const DEMO_LINK_TARGETS_PORT = 3005

export const DEMO_LINK_TARGETS = {
  /** A former event site whose lapsed domain now serves gambling: a dangerous link. */
  dangerous: { host: 'expo2019.example.gov.cn', path: '/', text: '原示例市博览会网站' },
  /** A retired system that answers 410 Gone: a dead link. */
  dead: { host: 'hotline.example.gov.cn', path: '/hotline-2018/', text: '原市民服务热线受理系统' },
} as const

/** Where a demo link points: `http://<host>:3005<path>`. */
export const demoLinkTargetUrl = (target: { host: string; path: string }): string => `http://${target.host}:${DEMO_LINK_TARGETS_PORT}${target.path}`

/**
 * The national platforms every public page links in its footer (ICP 备案, 党政机关网站标识, 我为政府网站找错):
 * `npm start`'s demo leaves them unchecked (`MONITOR_UNCHECKED_DOMAINS`), since a demo machine
 * is usually offline and they would make every page a suspected dead link. Production checks them.
 */
export const DEMO_UNCHECKED_DOMAINS = ['beian.miit.gov.cn', 'conac.cn', 'www.gov.cn'] as const
