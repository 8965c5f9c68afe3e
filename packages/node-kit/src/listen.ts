import type { Server } from 'node:http'

import { StartupError } from './startup-error.js'

export interface ListenOptions {
  port: number
  /** `::` means every IPv6 and IPv4 address (R-IPV6). */
  host: string
}

function listenOnce(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening)
      reject(error)
    }
    const onListening = () => {
      server.off('error', onError)
      resolve()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen({ port, host, ipv6Only: false })
  })
}

/**
 * Listen on IPv6 and IPv4 together (dual stack, R-IPV6); fall back to IPv4 only where the
 * kernel has no IPv6. An occupied port becomes a StartupError the operator can act on.
 */
export async function listenDualStack(server: Server, { port, host }: ListenOptions): Promise<void> {
  try {
    await listenOnce(server, port, host)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (host === '::' && (code === 'EAFNOSUPPORT' || code === 'EADDRNOTAVAIL')) {
      return listenDualStack(server, { port, host: '0.0.0.0' })
    }
    if (code === 'EADDRINUSE') {
      throw new StartupError('startup.port_in_use', `端口 ${port} 已被占用，请停止占用该端口的程序或换一个端口`)
    }
    if (code === 'EACCES') {
      throw new StartupError('startup.port_forbidden', `没有权限监听端口 ${port}，请使用 1024 以上的端口`)
    }
    throw new StartupError('startup.listen_failed', `无法监听 ${host} 端口 ${port}：${(error as Error).message}`)
  }
}
