import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

import type { SuiteContext } from '../suite.js'

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

export interface Started {
  child: ChildProcess
  pid: number
  output: () => string
}

export interface StartOptions {
  name: string
  command: string
  args: readonly string[]
  cwd: string
  env: NodeJS.ProcessEnv
  /** Resolves when this returns true for the output so far; without it, as soon as the process runs. */
  ready?: (output: string) => boolean
  timeoutMs: number
}

/** Stop a child and wait for it: SIGTERM, then SIGKILL after 10 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

/**
 * Start a long-running process, registered for clean-up before anything can fail, and resolve
 * once its output says it is ready; reject with its output if it exits or times out first.
 */
export function startProcess(context: SuiteContext, options: StartOptions): Promise<Started> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  context.onCleanup(() => stopChild(child))
  let output = ''
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.name} did not start within ${options.timeoutMs} ms:\n${output}`)), options.timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (options.ready?.(output)) {
        clearTimeout(timer)
        resolveStart({ child, pid: child.pid ?? 0, output: () => output })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('spawn', () => {
      if (options.ready) return
      clearTimeout(timer)
      resolveStart({ child, pid: child.pid ?? 0, output: () => output })
    })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`${options.name} exited (${signal ?? `code ${code}`}) before it was ready:\n${output}`))
    })
  })
}

/** A process that ended with a failure code, with everything it printed. */
export class ExitCodeError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly output: string,
  ) {
    super(message)
  }
}

/** Run a process to completion; stderr lines are passed to `progress`; resolves with stdout. */
export function runToCompletion(
  context: SuiteContext,
  options: Omit<StartOptions, 'ready' | 'timeoutMs'> & { progress: (line: string) => void },
): Promise<string> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  context.onCleanup(() => stopChild(child))
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
    for (const line of chunk.toString().split('\n')) if (line.trim()) options.progress(line.trim())
  })
  return new Promise((resolveRun, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) resolveRun(stdout)
      else {
        const message = `${options.name} ${JSON.stringify(options.args)} in ${options.cwd} failed (${signal ?? `code ${code}`}):\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`
        reject(new ExitCodeError(message, code, stdout + stderr))
      }
    })
  })
}
