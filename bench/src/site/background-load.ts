import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { stopChild } from '@govsite/process-harness'

import type { SuiteContext } from '../suite.js'
import type { LoadResult } from './load-test.js'

export interface BackgroundLoadOptions {
  origin: string
  host: string
  /** Requested in turn, round robin over the connections. */
  paths: readonly string[]
  connections: number
  acceptEncoding: string
}

export interface BackgroundLoadResult {
  result: LoadResult
  /** When each response's request was sent (epochMs), by the response's ETag. */
  sentAtByEtag: Record<string, number[]>
}

/** What the parent and load-process.ts tell each other. */
export type ToLoadProcess = { type: 'start'; options: BackgroundLoadOptions } | { type: 'stop' }
export type FromLoadProcess = { type: 'started' } | ({ type: 'result' } & BackgroundLoadResult) | { type: 'failed'; error: string }

/** Longest a background load may run if nobody stops it. */
export const BACKGROUND_LOAD_MAX_SECONDS = 3600

/**
 * autocannon in a process of its own, loading until `stop`: the measuring process then reads its
 * clock and its answers without waiting behind the load generator's work.
 */
export async function startBackgroundLoad(context: SuiteContext, options: BackgroundLoadOptions): Promise<{ stop: () => Promise<BackgroundLoadResult> }> {
  const child = fork(fileURLToPath(new URL('./load-process.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  context.onCleanup(() => stopChild(child))
  const next = () =>
    new Promise<FromLoadProcess>((resolveMessage, reject) => {
      const onExit = (code: number | null, signal: string | null) => reject(new Error(`the load process exited (${signal ?? `code ${code}`})`))
      child.once('exit', onExit)
      child.once('message', (message: FromLoadProcess) => {
        child.off('exit', onExit)
        if (message.type === 'failed') reject(new Error(`the load process failed: ${message.error}`))
        else resolveMessage(message)
      })
    })
  const started = next()
  child.send({ type: 'start', options } satisfies ToLoadProcess)
  await started
  return {
    stop: async () => {
      const finished = next()
      child.send({ type: 'stop' } satisfies ToLoadProcess)
      const message = await finished
      if (message.type !== 'result') throw new Error(`the load process answered ${message.type} to stop`)
      return { result: message.result, sentAtByEtag: message.sentAtByEtag }
    },
  }
}
