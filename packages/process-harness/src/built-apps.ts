import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { SITE_NODE_ARGS } from '@govsite/node-kit'

import { startProcess, type RunningProcess } from './start-process.js'

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')

/** What both servers print once they listen. */
export const READY_LINE = '已启动'
/** The CMS runs its migrations (and seeds the demo on an empty database) before it listens. */
export const CMS_START_TIMEOUT_MS = 180_000
export const SITE_START_TIMEOUT_MS = 30_000

export interface RunningApp extends RunningProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string
  port: number
}

export interface AppStartOptions {
  timeoutMs?: number
  onSpawn?: (stop: () => Promise<void>) => void
}

function startApp(name: string, args: readonly string[], env: Record<string, string>, port: number, options: AppStartOptions & { timeoutMs: number }) {
  return startProcess({
    name,
    command: process.execPath,
    args,
    cwd: REPO_ROOT,
    // As in production: nothing else of this process's environment leaks into the app.
    env: { PATH: process.env.PATH ?? '', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    ready: (output) => output.includes(READY_LINE),
    timeoutMs: options.timeoutMs,
    onSpawn: options.onSpawn,
  }).then((running): RunningApp => ({ ...running, url: `http://127.0.0.1:${port}`, port }))
}

/** The built CMS (`apps/cms/dist/server/main.js`) on `env.CMS_PORT`, resolved once it has started. */
export function startCms(env: Record<string, string>, options: AppStartOptions = {}): Promise<RunningApp> {
  const port = Number(env.CMS_PORT)
  return startApp('the built CMS', [join(REPO_ROOT, 'apps/cms/dist/server/main.js')], env, port, { timeoutMs: CMS_START_TIMEOUT_MS, ...options })
}

/** The built site (`apps/site/dist/main.js`, with SITE_NODE_ARGS as `npm start` runs it) on `env.SITE_PORT`. */
export function startSite(env: Record<string, string>, options: AppStartOptions = {}): Promise<RunningApp> {
  const port = Number(env.SITE_PORT)
  return startApp('the built site', [...SITE_NODE_ARGS, join(REPO_ROOT, 'apps/site/dist/main.js')], env, port, {
    timeoutMs: SITE_START_TIMEOUT_MS,
    ...options,
  })
}
