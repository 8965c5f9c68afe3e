/**
 * The process background-load.ts forks: loads the site as told until told to stop, then sends
 * the summary and every response's send time by ETag, and exits.
 */
import { BACKGROUND_LOAD_MAX_SECONDS, type FromLoadProcess, type ToLoadProcess } from './background-load.js'
import { loadTest } from './load-test.js'

const reply = (message: FromLoadProcess, then: () => void = () => undefined) => process.send?.(message, then)

let stop: () => void = () => undefined
const stopped = new Promise<void>((resolveStop) => (stop = resolveStop))

process.on('message', (message: ToLoadProcess) => {
  if (message.type === 'stop') return stop()
  const { paths, ...options } = message.options
  const sentAtByEtag: Record<string, number[]> = {}
  loadTest({
    ...options,
    pathOf: (n) => paths[n % paths.length] ?? '/',
    durationSeconds: BACKGROUND_LOAD_MAX_SECONDS,
    until: stopped,
    onResponse: (sentAt, _status, etag) => void (sentAtByEtag[etag] ??= []).push(sentAt),
  }).then(
    (result) => reply({ type: 'result', result, sentAtByEtag }, () => process.exit(0)),
    (error: unknown) => reply({ type: 'failed', error: String(error) }, () => process.exit(1)),
  )
  reply({ type: 'started' })
})
