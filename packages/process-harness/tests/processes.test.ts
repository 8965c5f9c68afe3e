import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'

import { describe, expect, it } from 'vitest'

import { ExitCodeError, freePort, runToCompletion, startProcess, stopChild } from '../src/index.js'

/** A node process running `script`. */
const node = (script: string) => ({ name: 'probe', command: process.execPath, args: ['-e', script], cwd: process.cwd(), env: { PATH: process.env.PATH ?? '' } })
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('freePort', () => {
  it('gives a loopback port another server can listen on', async () => {
    const port = await freePort()
    expect(port).toBeGreaterThan(0)
    const server = createServer()
    server.listen(port, '127.0.0.1')
    await once(server, 'listening')
    await new Promise((resolve) => server.close(resolve))
  })
})

describe('startProcess', () => {
  it('resolves once the output holds the ready line, keeps collecting, and stops the process', async () => {
    const running = await startProcess({
      ...node("console.log('booting'); setTimeout(() => console.error('服务已启动'), 200); setInterval(() => {}, 1000)"),
      ready: (output) => output.includes('已启动'),
      timeoutMs: 10_000,
    })
    expect(running.output()).toContain('booting')
    expect(running.output()).toContain('服务已启动')
    expect(alive(running.pid)).toBe(true)
    await running.stop()
    expect(running.child.signalCode).toBe('SIGTERM')
    expect(alive(running.pid)).toBe(false)
  })

  it('hands out its stop before it is ready, so an interrupted run can stop it', async () => {
    let stop: (() => Promise<void>) | undefined
    const starting = startProcess({ ...node('setInterval(() => {}, 1000)'), ready: () => false, timeoutMs: 60_000, onSpawn: (given) => (stop = given) })
    expect(stop).toBeDefined()
    await stop!()
    await expect(starting).rejects.toThrow(/probe exited \(SIGTERM\) before it was ready/)
  })

  it('rejects with the output when the process exits before it is ready', async () => {
    await expect(startProcess({ ...node("console.error('端口已被占用'); process.exit(1)"), ready: () => false, timeoutMs: 10_000 })).rejects.toThrow(
      /probe exited \(code 1\) before it was ready:\n端口已被占用/,
    )
  })

  it('stops a process that is not ready in time, then rejects with its output', async () => {
    const failure: unknown = await startProcess({
      ...node("console.log('still migrating, pid ' + process.pid); setInterval(() => {}, 1000)"),
      ready: () => false,
      // Long enough for a node process to print its first line on a loaded machine.
      timeoutMs: 5_000,
    }).catch((error: unknown) => error)
    if (!(failure instanceof Error)) throw new Error('expected the start to fail')
    expect(failure.message).toMatch(/^probe did not start within 5000 ms:\nstill migrating, pid \d+/)
    expect(alive(Number(/pid (\d+)/.exec(failure.message)?.[1]))).toBe(false)
  })

  it('resolves as soon as the process runs when there is no ready check', async () => {
    const running = await startProcess({ ...node('setInterval(() => {}, 1000)'), timeoutMs: 10_000 })
    expect(alive(running.pid)).toBe(true)
    await running.kill('SIGKILL')
    expect(running.child.signalCode).toBe('SIGKILL')
  })
})

describe('stopChild', () => {
  it('kills a process that ignores SIGTERM once the grace period is over', async () => {
    const child = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); console.log('ignoring'); setInterval(() => {}, 1000)"], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await once(child.stdout, 'data')
    await stopChild(child, 300)
    expect(child.signalCode).toBe('SIGKILL')
  })
})

describe('runToCompletion', () => {
  it('resolves with stdout and passes each stderr line to progress', async () => {
    const lines: string[] = []
    const stdout = await runToCompletion({ ...node("console.error('step 1\\nstep 2'); console.log('summary: 3')"), progress: (line) => lines.push(line) })
    expect(stdout).toBe('summary: 3\n')
    expect(lines).toEqual(['step 1', 'step 2'])
  })

  it('rejects with the exit code and everything printed', async () => {
    const failure = await runToCompletion({
      ...node("console.log('half done'); console.error('磁盘已满'); process.exit(13)"),
      progress: () => undefined,
    }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ExitCodeError)
    expect((failure as ExitCodeError).code).toBe(13)
    expect((failure as ExitCodeError).output).toContain('half done')
    expect((failure as ExitCodeError).output).toContain('磁盘已满')
  })
})
