import { createServer } from 'node:http'

import { siteEnvSchema } from '@govsite/domain'
import { exitWithStartupFailure, listenDualStack, loadConfigOrExit } from '@govsite/node-kit'

import { createSiteApp } from './app.js'

const APP_NAME = 'GovSite 公共网站'

async function main(): Promise<void> {
  const config = loadConfigOrExit(APP_NAME, siteEnvSchema, process.env)
  if (!config.webhookSecret) {
    process.stdout.write(`${APP_NAME}：未设置 SITE_WEBHOOK_SECRET，发布通知已关闭，缓存页面最多 ${config.cacheTtlSeconds} 秒后更新\n`)
  }
  if (!config.serviceSecret) {
    process.stdout.write(`${APP_NAME}：未设置 SITE_SERVICE_SECRET，留言、征集调查和网站找错暂时无法提交\n`)
  }
  const server = createServer(createSiteApp(config))
  await listenDualStack(server, { port: config.port, host: config.host })
  // Ready to stop before saying it started: a launcher may signal the moment it reads the line.
  const shutdown = () => server.close(() => process.exit(0))
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)
  process.stdout.write(`${APP_NAME} 已启动：http://localhost:${config.port}/ （内容来自 ${config.cmsUrl}）\n`)
}

main().catch((error: unknown) => exitWithStartupFailure(APP_NAME, error))
