import { spawn } from 'node:child_process'

import { stopChild, type StartOptions } from './start-process.js'

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

export interface RunOptions extends Omit<StartOptions, 'ready' | 'timeoutMs'> {
  /** Each non-empty stderr line, trimmed, as it arrives. */
  progress: (line: string) => void
}

/** Run a process to completion; resolves with its stdout, rejects with an ExitCodeError unless it exits 0. */
export function runToCompletion(options: RunOptions): Promise<string> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  options.onSpawn?.(() => stopChild(child))
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
