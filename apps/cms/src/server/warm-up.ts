import { StartupError } from '@govsite/node-kit'

const WILDCARDS = new Set(['::', '0.0.0.0'])

function localUrl(port: number, host: string): string {
  if (WILDCARDS.has(host)) return `http://127.0.0.1:${port}`
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`
}

/** First request initialises Payload (migrations, demo seed); a failure there ends start-up. */
export async function warmUp(port: number, host: string): Promise<void> {
  const url = `${localUrl(port, host)}/api/health`
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(300_000) })
  } catch (error) {
    throw new StartupError('startup.cms_unreachable', `无法访问 ${url}：${(error as Error).message}`)
  }
  if (!response.ok) {
    throw new StartupError(
      'startup.database_unavailable',
      `CMS 初始化失败（${url} 返回 ${response.status}），请检查 DATABASE_URL 指向的数据库能否连接，详细原因见上方日志`,
    )
  }
}
