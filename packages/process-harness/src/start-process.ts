import { spawn, type ChildProcess } from 'node:child_process'

/** How long a stopped process gets between SIGTERM and SIGKILL. */
export const STOP_GRACE_MS = 10_000

export interface RunningProcess {
  child: ChildProcess
  pid: number
  /** Everything it printed so far, stdout and stderr interleaved. */
  output: () => string
  /** SIGTERM, then SIGKILL after STOP_GRACE_MS; resolves once it has exited. */
  stop: () => Promise<void>
  /** Send a signal (e.g. SIGKILL, to crash it) and wait until the process has gone. */
  kill: (signal: NodeJS.Signals) => Promise<void>
}

export interface StartOptions {
  /** Named in errors. */
  name: string
  command: string
  args: readonly string[]
  cwd: string
  env: NodeJS.ProcessEnv
  /** Resolves when this returns true for the output so far; without it, as soon as the process runs. */
  ready?: (output: string) => boolean
  timeoutMs: number
  /**
   * Called with the process's stop as soon as it is spawned, before it is ready: register it for
   * clean-up there, so an interrupted run stops it too.
   */
  onSpawn?: (stop: () => Promise<void>) => void
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

/** Stop a child and wait for it: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = STOP_GRACE_MS): Promise<void> {
  if (hasExited(child)) return
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/**
 * Start a long-running process and resolve once its output says it is ready. It rejects, with
 * everything the process printed, when the process exits first, or when it is not ready within
 * `timeoutMs` (then it is stopped before the rejection).
 */
export function startProcess(options: StartOptions): Promise<RunningProcess> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()))
  const running: RunningProcess = {
    child,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () => stopChild(child),
    kill: async (signal) => {
      if (!hasExited(child)) child.kill(signal)
      await exited
    },
  }
  options.onSpawn?.(running.stop)
  return new Promise((resolveStart, reject) => {
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      outcome()
    }
    const timer = setTimeout(() => {
      const error = new Error(`${options.name} did not start within ${options.timeoutMs} ms:\n${output}`)
      settled = true
      running.stop().then(() => reject(error), reject)
    }, options.timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (options.ready?.(output)) settle(() => resolveStart(running))
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('spawn', () => {
      if (!options.ready) settle(() => resolveStart(running))
    })
    child.once('error', (error) => settle(() => reject(error)))
    child.once('exit', (code, signal) => {
      settle(() => reject(new Error(`${options.name} exited (${signal ?? `code ${code}`}) before it was ready:\n${output}`)))
    })
  })
}
