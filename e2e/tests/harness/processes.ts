import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { SITE_NODE_ARGS } from '@govsite/node-kit'

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')

export interface RunningApp {
  url: string
  port: number
  output: () => string
  stop: () => Promise<void>
  /** Send a signal (e.g. SIGKILL, to crash it) and wait until the process has gone. */
  kill: (signal: NodeJS.Signals) => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export async function tempDataDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'govsite-e2e-'))
}

export function testSecret(): string {
  return randomBytes(24).toString('hex')
}

/** Start a built app and resolve once it prints its ready line (or reject with its output). */
function startApp(args: readonly string[], env: Record<string, string>, port: number, timeoutMs: number): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()))
  const app: RunningApp = {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    stop: () => app.kill('SIGTERM'),
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
  return new Promise((resolveApp, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${args.join(' ')} did not start within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('已启动')) {
        clearTimeout(timer)
        resolveApp(app)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`))
    })
  })
}

export async function startCms(env: Record<string, string>): Promise<RunningApp> {
  const port = Number(env.CMS_PORT)
  return startApp([join(REPO_ROOT, 'apps/cms/dist/server/main.js')], env, port, 180_000)
}

export async function startSite(env: Record<string, string>): Promise<RunningApp> {
  const port = Number(env.SITE_PORT)
  return startApp([...SITE_NODE_ARGS, join(REPO_ROOT, 'apps/site/dist/main.js')], env, port, 30_000)
}
