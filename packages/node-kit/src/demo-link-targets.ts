import { createServer } from 'node:http'

import { DEMO_LINK_TARGETS, DEMO_LINK_TARGETS_PORT } from '@govsite/domain'

export interface DemoLinkTargets {
  host: string
  port: number
  /** `MONITOR_HOST_ADDRESSES` for the demo: each target's name on this server's address. */
  hostAddresses: string
  close(): Promise<void>
}

const GAMBLING_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>欢迎光临</title></head>
<body><h1>网上赌场</h1><p>真人荷官在线发牌，注册即送彩金。</p></body></html>`

/**
 * The demo's link targets on loopback (R-DAILY-INSPECT): the dangerous page (gambling text on a
 * lapsed domain, as spammers re-register them) and a retired system answering 410. Anything else
 * is a 404 (each page only under its own host name). It serves these fixed pages and never fetches anything.
 */
export async function startDemoLinkTargets(options: { host?: string; port?: number } = {}): Promise<DemoLinkTargets> {
  const host = options.host ?? '127.0.0.1'
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'demo'}`)
    const is = (target: { host: string; path: string }) => url.hostname === target.host && url.pathname === target.path
    if (is(DEMO_LINK_TARGETS.dangerous)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(request.method === 'HEAD' ? undefined : GAMBLING_PAGE)
      return
    }
    response.writeHead(is(DEMO_LINK_TARGETS.dead) ? 410 : 404, { 'content-type': 'text/plain; charset=utf-8' })
    response.end(request.method === 'HEAD' ? undefined : '页面不存在')
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEMO_LINK_TARGETS_PORT, host, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : DEMO_LINK_TARGETS_PORT
  return {
    host,
    port,
    hostAddresses: Object.values(DEMO_LINK_TARGETS)
      .map((target) => `${target.host}=${host}`)
      .join(','),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
