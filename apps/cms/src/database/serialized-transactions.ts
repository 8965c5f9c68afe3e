import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

const WAIT_LIMIT_MS = 30_000

/**
 * SQLite has one writer at a time, and libsql opens each transaction on its own connection,
 * which fails at once with SQLITE_BUSY instead of waiting. Queue transactions inside this
 * process so concurrent saves wait their turn; a transaction that cannot start within 30 s
 * fails with a clear message rather than hanging.
 */
export function withSerializedTransactions(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as BaseDatabaseAdapter
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const releases = new Map<string | number, () => void>()
      let tail: Promise<void> = Promise.resolve()

      adapter.beginTransaction = async (options) => {
        let release!: () => void
        const turn = new Promise<void>((resolve) => (release = resolve))
        const previous = tail
        tail = previous.then(() => turn)
        let timer: NodeJS.Timeout | undefined
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('数据库繁忙，请稍后重试 (database busy)')), WAIT_LIMIT_MS)
        })
        try {
          await Promise.race([previous, timedOut])
        } catch (error) {
          release()
          throw error
        } finally {
          clearTimeout(timer)
        }
        try {
          const id = await begin(options)
          if (id === null) release()
          else releases.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      const finishing =
        (finish: (id: string | number | Promise<string | number>) => Promise<void>) => async (idOrPromise: string | number | Promise<string | number>) => {
          const id = await idOrPromise
          try {
            await finish(id)
          } finally {
            releases.get(id)?.()
            releases.delete(id)
          }
        }
      adapter.commitTransaction = finishing(commit)
      adapter.rollbackTransaction = finishing(rollback)
      return adapter
    },
  }
}
