import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { cmsEnvSchema, SERVICE_CLIENT_IP_HEADER as CLIENT_IP_HEADER } from '@govsite/domain'
import { clientAddress, compileTrust, ensureDatabaseDirectory, exitWithStartupFailure, listenDualStack, loadConfigOrExit } from '@govsite/node-kit'

import { enforceAdminOrigins } from './admin-origins.js'
import { refuseMalformedRequest } from './malformed-request.js'
import { securityHeaders } from './security-headers.js'
import { warmUp } from './warm-up.js'

const PUBLIC_API_PREFIX = '/api/public/'

const APP_NAME = 'GovSite CMS'
const dev = process.argv.includes('--dev')
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? (dev ? 'development' : 'production') })

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void

type CreateNextApp = (options: { dev: boolean; dir: string; port: number; hostname: string; httpServer: Server }) => {
  prepare(): Promise<void>
  getRequestHandler(): Handler
}

/**
 * Validates the environment, claims the port on IPv6 + IPv4, then hands requests to Next.js
 * (Payload admin, REST, GraphQL). Initialising Payload once before announcing readiness runs
 * migrations and the demo seed, and turns a broken database into a one-line error.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit(APP_NAME, cmsEnvSchema, process.env)
  if (config.database.kind === 'sqlite') await ensureDatabaseDirectory(config.database.filePath)

  let handle: Handler = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' })
    res.end(JSON.stringify({ code: 'cms.starting', message: '系统正在启动，请稍候' }))
  }
  const trust = compileTrust(config.trustProxy)
  const setSecurityHeaders = securityHeaders({ publicUrl: config.publicUrl, trust, dev })
  const server = createServer((req, res) => {
    setSecurityHeaders(req, res)
    if (refuseMalformedRequest(req, res)) return
    if (enforceAdminOrigins(req, res, config.allowedOrigins)) return
    // The audit trail and the rate limits record who acted from where: the socket's address, or
    // under TRUST_PROXY the nearest untrusted X-Forwarded-For hop (as the site computes req.ip);
    // never a client-sent value under our header's name. Only the public interaction API keeps
    // the visitor address the site sends: those endpoints read it after checking the site's
    // service credential.
    // The path as Next.js will route it: `/api/public/../users` is `/api/users`.
    const forwardedByService = new URL(req.url ?? '/', 'http://cms').pathname.startsWith(PUBLIC_API_PREFIX) && typeof req.headers[CLIENT_IP_HEADER] === 'string'
    if (!forwardedByService) req.headers[CLIENT_IP_HEADER] = clientAddress(req, trust)
    void handle(req, res)
  })
  await listenDualStack(server, { port: config.port, host: config.host })

  // Under NodeNext, next's CommonJS typings describe the default export as the whole module.
  const next = (await import('next')).default as unknown as CreateNextApp
  const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const app = next({ dev, dir: appDir, port: config.port, hostname: 'localhost', httpServer: server })
  await app.prepare()
  handle = app.getRequestHandler()

  await warmUp(config.port, config.host)
  process.stdout.write(`${APP_NAME} 已启动：${config.publicUrl}/admin （REST ${config.publicUrl}/api，GraphQL ${config.publicUrl}/api/graphql）\n`)

  const shutdown = () => server.close(() => process.exit(0))
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)
}

main().catch((error: unknown) => {
  exitWithStartupFailure(APP_NAME, error)
})
